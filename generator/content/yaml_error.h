#pragma once
// YAML syntax errors in plain words. yaml-cpp says "illegal map value" or "end of map not
// found"; an editor needs to hear which of the usual mistakes it is, where, and the fix:
// a tab in the indentation ("yaml-tab"), an apostrophe closing a single-quoted text early
// ("yaml-quote"), or ': ' inside an unquoted text ("yaml-colon"). Anything else stays a
// "yaml-syntax" error with the parser's words.
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace icbgen {

struct YamlParseError {
    int line = -1;        // 0-based within `text`, -1 when unknown
    int column = -1;      // 0-based
    std::string message;  // the parser's own words
};

// `text` is the YAML that failed, starting at 1-based line `first_line` of `path`.
Diagnostic explain_yaml_error(const std::string& path, std::string_view text, int first_line,
                              const YamlParseError& error);

}  // namespace icbgen
