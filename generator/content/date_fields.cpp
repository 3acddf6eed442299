#include "content/date_fields.h"

#include "data/iso_date.h"

namespace icbgen {

namespace {

void walk(const YamlDocument& doc, const YAML::Node& node, Diagnostics& diags, int depth) {
    if (depth > 64) return;
    if (node.IsScalar()) {
        if (auto wrong = impossible_date(node.Scalar()))
            diags.error("date-impossible", doc.location(node),
                        "'" + node.Scalar() + "' is not a date: " + *wrong,
                        "correct the day or the month (dates are written YYYY-MM-DD)");
    } else if (node.IsMap()) {
        for (const auto& kv : node) walk(doc, kv.second, diags, depth + 1);
    } else if (node.IsSequence()) {
        for (const auto& item : node) walk(doc, item, diags, depth + 1);
    }
}

}  // namespace

void check_date_values(const YamlDocument& doc, Diagnostics& diags) {
    walk(doc, doc.root(), diags, 0);
}

}  // namespace icbgen
