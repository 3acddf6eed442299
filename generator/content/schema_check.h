#pragma once
// Validates front matter against a JSON Schema (valijson) and reports each problem at its line,
// in words an editor understands, with "did you mean" for unknown keys and enum values.
#include <nlohmann/json.hpp>

#include "content/yaml_document.h"
#include "core/diagnostic.h"

namespace icbgen {

// Follows "$ref": "#/..." from `s` within `root`; nullptr when a reference is broken.
const nlohmann::json* resolve_schema_ref(const nlohmann::json& root, const nlohmann::json* s);

void check_against_schema(const YamlDocument& doc, const nlohmann::json& instance,
                          const nlohmann::json& schema, Diagnostics& diags);

}  // namespace icbgen
