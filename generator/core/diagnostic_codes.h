#pragma once
// Every diagnostic code icbgen reports, in one list: the code, the severity it is reported at,
// and what it means in one line. docs/CONTENT_MODEL.md ("What `check` reports") explains each
// one for editors, with what to do. The ctest "architecture: every diagnostic code is
// registered and documented" fails on a code used in generator/ and missing here, on a code
// here that nothing reports, and on a code the docs do not explain.
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace icbgen {

struct DiagnosticCode {
    const char* code;
    Severity severity;
    const char* meaning;
};

// In the order of docs/CONTENT_MODEL.md: reading files, YAML, fields, ids, Markdown and links,
// measures, data, meetings, building outputs, icbgen's own files.
const std::vector<DiagnosticCode>& diagnostic_codes();

// The entry for `code`, or nullptr when it is not registered.
const DiagnosticCode* find_diagnostic_code(std::string_view code);

}  // namespace icbgen
