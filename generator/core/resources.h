#pragma once
// Files compiled into the binary (shipped templates and schemas, the WeasyPrint driver), so
// icbgen runs anywhere.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace icbgen {

// The embedded file at `path` (e.g. "schemas/metric.schema.json"), if there is one.
std::optional<std::string_view> embedded_file(std::string_view path);
// Paths of the embedded files under `prefix`, sorted.
std::vector<std::string> embedded_files(std::string_view prefix);

}  // namespace icbgen
