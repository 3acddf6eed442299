#include "interchange/metric_stub.h"

namespace icbgen {

namespace {

// A YAML double-quoted scalar.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else
            out += c;
    }
    return out + "\"";
}

}  // namespace

std::string metric_stub(const std::string& id, const MetricFacts& facts,
                        const std::string& input_name) {
    std::string title = facts.title.empty() ? "TODO: the title of " + id : facts.title;
    std::string out = "---\n";
    out += "title: " + quoted(title) + "\n";
    out += "kind: outcome  # TODO: outcome or output\n";
    if (facts.unit.empty())
        out += "unit: count  # TODO: the file does not say which unit; set it\n";
    else
        out += "unit: " + facts.unit + "  # from the imported file; check it\n";
    out += "polarity: neutral  # TODO: higher-is-better or lower-is-better (never in the file)\n";
    out += "frequency: not-set  # TODO: monthly, quarterly, annual or multi-year\n";
    out += "status: proposed  # TODO: agreed, proposed, example or context\n";
    out += "source:\n";
    out += "  name: " +
           quoted(facts.source_name.empty() ? "TODO: who publishes this data" : facts.source_name) +
           "\n";
    if (!facts.source_url.empty()) out += "  url: " + facts.source_url + "\n";
    out += "geography: \"TODO: the area this metric covers\"\n";
    out += "---\n\n";
    out += "TODO: say what this metric measures, in plain words.\n\n";
    out += "**Where it comes from:** imported from " + input_name + " by `icbgen import`.\n";
    return out;
}

}  // namespace icbgen
