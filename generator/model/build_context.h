#pragma once
// Shared helpers for the model builders: reading refs, sources and Markdown bodies from a
// document with their locations, and checking ids.
#include <set>
#include <string>

#include "content/content_loader.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

namespace icbgen {

struct BuildContext {
    const SourceDocument& doc;
    Diagnostics& diags;

    const YamlDocument& yaml() const { return *doc.yaml; }
    const YAML::Node& root() const { return doc.yaml->root(); }
    SourceLocation where(const YAML::Node& node) const { return doc.yaml->location(node); }
    SourceLocation where(const YAML::Node& map, const std::string& key) const {
        return doc.yaml->location(map, key);
    }

    Ref ref(const YAML::Node& map, const std::string& key) const;
    std::optional<Ref> optional_ref(const YAML::Node& map, const std::string& key) const;
    std::vector<Ref> refs(const YAML::Node& map, const std::string& key) const;
    SourceRef source(const YAML::Node& map) const;
    Markdown body() const;
    Markdown markdown_field(const YAML::Node& map, const std::string& key) const;

    // The entity id: the `id` field if given (checked to equal the file id), else the file id.
    // Reports ids that are not safe slugs.
    std::string entity_id() const;
    // Reports `id` if it is not a slug; returns whether it is one.
    bool check_slug(const std::string& id, const SourceLocation& loc, const char* what) const;
};

// Decimal places of the number written at `key` ("52.10" gives 2), 0 when it has none.
int decimals_as_written(const YAML::Node& map, const std::string& key);

// Reports the second and later uses of an id among entities of one kind.
class IdRegistry {
public:
    IdRegistry(Diagnostics& diags, const char* kind) : diags_(diags), kind_(kind) {}
    // Returns false (and reports) when the id was already used.
    bool claim(const std::string& id, const SourceLocation& loc);

private:
    Diagnostics& diags_;
    const char* kind_;
    std::map<std::string, SourceLocation> seen_;
};

}  // namespace icbgen
