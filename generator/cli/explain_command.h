#pragma once
// `icbgen explain [code]`: what a diagnostic code means, from the one list of codes
// (core/diagnostic_codes.h); without a code, every code.
#include <string>

namespace icbgen {

// The text `explain` prints for `code` ("" lists every code), and its exit code: 0, or 2 with
// a "did you mean" when no code is called that.
struct ExplainResult {
    std::string text;
    int exit_code = 0;
};
ExplainResult explain(const std::string& code);

int run_explain(const std::string& code);

}  // namespace icbgen
