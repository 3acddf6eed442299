#include "cli/check_command.h"

#include <iostream>

#include "cli/app.h"
#include "core/diagnostic_format.h"

namespace icbgen {

int run_check(const CommonOptions& options) {
    auto fe = run_front_end(options);
    if (!fe) return kExitUsage;
    CoverageSummary summary = summarise_coverage(fe->model);
    int code = fe->diags.has_errors() ? kExitErrors : kExitOk;
    if (options.format == "json") {
        nlohmann::json out = {{"diagnostics", nlohmann::json::array()},
                              {"summary", coverage_json(summary)},
                              {"errors", fe->diags.count(Severity::error)},
                              {"warnings", fe->diags.count(Severity::warning)},
                              {"exit_code", code}};
        for (const auto& d : fe->diags.items())
            if (d.severity != Severity::note || options.verbose)
                out["diagnostics"].push_back(diagnostic_to_json(d));
        std::cout << out.dump(2) << "\n";
        return code;
    }
    print_diagnostics(*fe, options);
    if (options.quiet) return code;  // errors only
    std::cout << coverage_text(summary);
    std::size_t notes = fe->diags.count(Severity::note);
    std::cout << "check: " << counts_text(fe->diags);
    if (notes && !options.verbose)
        std::cout << " (" << notes << " source conflict notes: see --verbose)";
    std::cout << "\n";
    return code;
}

}  // namespace icbgen
