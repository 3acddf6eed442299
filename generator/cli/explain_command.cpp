#include "cli/explain_command.h"

#include <iostream>
#include <vector>

#include "cli/app.h"
#include "core/diagnostic_codes.h"
#include "core/text.h"

namespace icbgen {

namespace {

const char* const kWhereExplained =
    "docs/CONTENT_MODEL.md (\"What `check` reports\") says what to do about each code\n";

std::string line(const DiagnosticCode& c) {
    return std::string(c.code) + " (" + severity_name(c.severity) + "): " + c.meaning + "\n";
}

}  // namespace

ExplainResult explain(const std::string& code) {
    if (code.empty()) {
        std::string text;
        for (const auto& c : diagnostic_codes()) text += line(c);
        return {text + kWhereExplained, kExitOk};
    }
    if (const DiagnosticCode* c = find_diagnostic_code(code))
        return {line(*c) + kWhereExplained, kExitOk};
    std::vector<std::string> known;
    for (const auto& c : diagnostic_codes()) known.push_back(c.code);
    std::string hint = did_you_mean(code, known);
    if (hint.empty()) hint = "run 'icbgen explain' to list every code";
    return {"icbgen: no diagnostic code is called '" + code + "'\n  = hint: " + hint + "\n",
            kExitUsage};
}

int run_explain(const std::string& code) {
    ExplainResult r = explain(code);
    (r.exit_code == kExitOk ? std::cout : std::cerr) << r.text;
    return r.exit_code;
}

}  // namespace icbgen
