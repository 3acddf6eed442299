#pragma once
// YAML parsed with source positions, and helpers to read typed fields from it safely.
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace icbgen {

class YamlDocument {
public:
    // Parses `text`, which starts at 1-based line `first_line` of `path`. On a syntax error,
    // adds a "yaml-syntax" diagnostic and returns nullopt.
    static std::optional<YamlDocument> parse(const std::string& path, const std::string& text,
                                             int first_line, Diagnostics& diags);

    const YAML::Node& root() const { return root_; }
    const std::string& path() const { return path_; }
    // Where a node starts in the file.
    SourceLocation location(const YAML::Node& node) const;
    // Where the value of `key` in a map node starts (or the map itself when absent).
    SourceLocation location(const YAML::Node& map, const std::string& key) const;
    // The node at a JSON-pointer-like path of keys and indexes, as far as it exists.
    YAML::Node find(const std::vector<std::string>& path) const;
    // The location of the key (not the value) of `key` in `map`, when present.
    std::optional<SourceLocation> key_location(const YAML::Node& map, const std::string& key) const;

    // Converts to JSON for schema validation: plain scalars become numbers, booleans or
    // null where they read as such; quoted scalars stay strings. Fails (returns nullopt and
    // reports) on documents too large, such as alias bombs.
    std::optional<nlohmann::json> to_json(Diagnostics& diags) const;

private:
    std::string path_;
    int first_line_ = 1;
    YAML::Node root_;
};

// Safe typed reads: return a default when absent or of the wrong shape (the schema check
// reports the shape; the model builder must never throw).
std::string yaml_string(const YAML::Node& map, const std::string& key,
                        const std::string& fallback = {});
std::optional<std::string> yaml_optional_string(const YAML::Node& map, const std::string& key);
std::optional<double> yaml_number(const YAML::Node& map, const std::string& key);
std::optional<long long> yaml_integer(const YAML::Node& map, const std::string& key);
bool yaml_bool(const YAML::Node& map, const std::string& key, bool fallback = false);
std::vector<std::string> yaml_strings(const YAML::Node& map, const std::string& key);
YAML::Node yaml_child(const YAML::Node& map, const std::string& key);
// Parses a scalar as a finite number; nullopt when it is not one.
std::optional<double> parse_number(const std::string& text);

}  // namespace icbgen
