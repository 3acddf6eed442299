#pragma once
// Validates front matter against a JSON Schema (valijson) and reports each problem at its line,
// in words an editor understands, with "did you mean" for unknown keys and enum values.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "content/yaml_document.h"
#include "core/diagnostic.h"

namespace icbgen {

// Follows "$ref": "#/..." from `s` within `root`; nullptr when a reference is broken.
const nlohmann::json* resolve_schema_ref(const nlohmann::json& root, const nlohmann::json* s);

// A schema compiled once for validation. Read-only once made, so documents can be checked
// against it from several threads at once.
class CompiledSchema {
public:
    explicit CompiledSchema(nlohmann::json schema);
    ~CompiledSchema();
    CompiledSchema(const CompiledSchema&) = delete;
    CompiledSchema& operator=(const CompiledSchema&) = delete;

    const nlohmann::json& json() const { return json_; }
    // Why valijson could not compile it; empty when it could.
    const std::string& error() const { return error_; }

private:
    friend void check_against_schema(const YamlDocument&, const nlohmann::json&,
                                     const CompiledSchema&, Diagnostics&);
    struct Compiled;
    nlohmann::json json_;
    std::unique_ptr<Compiled> compiled_;
    std::string error_;
};

void check_against_schema(const YamlDocument& doc, const nlohmann::json& instance,
                          const CompiledSchema& schema, Diagnostics& diags);

// The same, compiling `schema` on its first use in the process (keyed by its text).
void check_against_schema(const YamlDocument& doc, const nlohmann::json& instance,
                          const nlohmann::json& schema, Diagnostics& diags);

}  // namespace icbgen
