#include "content/url_fields.h"

#include "content/schema_check.h"
#include "core/url.h"

namespace icbgen {

namespace {

bool is_url_schema(const nlohmann::json& s) {
    return s.is_object() && s.contains("format") && s["format"] == "uri-reference";
}

void walk(const nlohmann::json& root, const nlohmann::json* schema, const YamlDocument& doc,
          const YAML::Node& node, const std::string& field, Diagnostics& diags, int depth) {
    schema = resolve_schema_ref(root, schema);
    if (!schema || !schema->is_object() || depth > 32) return;
    if (node.IsScalar() && is_url_schema(*schema)) {
        if (auto problem = url_problem(node.Scalar(), "'" + field + "'"))
            diags.error("unsafe-url", doc.location(node), problem->message, problem->hint);
    } else if (node.IsMap() && schema->contains("properties")) {
        const auto& props = (*schema)["properties"];
        for (const auto& kv : node) {
            if (!kv.first.IsScalar() || !props.contains(kv.first.Scalar())) continue;
            const std::string& key = kv.first.Scalar();
            walk(root, &props[key], doc, kv.second, field.empty() ? key : field + "." + key, diags,
                 depth + 1);
        }
    } else if (node.IsSequence() && schema->contains("items")) {
        for (std::size_t i = 0; i < node.size(); ++i)
            walk(root, &(*schema)["items"], doc, node[i], field + "[" + std::to_string(i) + "]",
                 diags, depth + 1);
    }
}

}  // namespace

void check_url_fields(const YamlDocument& doc, const nlohmann::json& schema, Diagnostics& diags) {
    walk(schema, &schema, doc, doc.root(), "", diags, 0);
}

}  // namespace icbgen
