#include "content/schema_check.h"

#include <map>
#include <memory>
#include <mutex>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "content/enum_suggestion.h"
#include "core/text.h"
#include "data/iso_date.h"
#include "format/words.h"

namespace icbgen {

namespace {

constexpr const char* kSlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

const nlohmann::json* resolve(const nlohmann::json& root, const nlohmann::json* s) {
    for (int guard = 0; s && s->is_object() && s->contains("$ref") && guard < 16; ++guard) {
        std::string ref = (*s)["$ref"].get<std::string>();
        if (ref.rfind("#/", 0) != 0) return s;
        try {
            s = &root.at(nlohmann::json::json_pointer(ref.substr(1)));
        } catch (const std::exception&) {
            return nullptr;
        }
    }
    return s;
}

// The sub-schema describing the value at `path`, following properties and items.
const nlohmann::json* subschema_at(const nlohmann::json& root,
                                   const std::vector<std::string>& path) {
    const nlohmann::json* s = resolve(root, &root);
    for (const auto& step : path) {
        if (!s || !s->is_object()) return nullptr;
        if (s->contains("properties") && (*s)["properties"].contains(step)) {
            s = resolve(root, &(*s)["properties"][step]);
        } else if (s->contains("items")) {
            s = resolve(root, &(*s)["items"]);
        } else {
            return nullptr;
        }
    }
    return s;
}

std::string field_name(const std::vector<std::string>& path) {
    std::string out;
    for (const auto& p : path) {
        bool index = !p.empty() && std::all_of(p.begin(), p.end(), ::isdigit);
        if (index)
            out += "[" + p + "]";
        else
            out += (out.empty() ? "" : ".") + p;
    }
    return out.empty() ? "the front matter" : "'" + out + "'";
}

std::string describe_type(const nlohmann::json* s) {
    if (!s || !s->contains("type")) return "another type";
    const auto& t = (*s)["type"];
    auto one = [&](const std::string& name) -> std::string {
        if (name == "array") {
            const auto* items = s->contains("items") ? &(*s)["items"] : nullptr;
            if (items && items->contains("type") && (*items)["type"] == "string")
                return "a list of text items";
            return "a list";
        }
        if (name == "object") return "a mapping of keys to values";
        if (name == "string") return "text";
        if (name == "integer") return "a whole number";
        if (name == "number") return "a number";
        if (name == "boolean") return "true or false";
        return name;
    };
    if (t.is_string()) return one(t.get<std::string>());
    std::vector<std::string> names;
    for (const auto& name : t) names.push_back(one(name.get<std::string>()));
    return join(names, ", ", " or ");
}

// A field whose schema pattern asks for a month (YYYY-MM, where allowed) must hold a month the
// calendar has: the pattern lets 2024-13 through. (A whole date that is no day, 2023-02-30, is
// reported for every YAML value by content/date_fields.h.)
void check_real_month(const nlohmann::json& schema, const YamlDocument& doc, const YAML::Node& node,
                      const std::vector<std::string>& path, Diagnostics& diags) {
    if (!schema.contains("pattern") || !schema["pattern"].is_string()) return;
    if (schema["pattern"].get<std::string>().rfind("^\\d{4}-\\d{2}", 0) != 0) return;
    const std::string& text = node.Scalar();
    auto digits = [&](std::size_t at, std::size_t n) {
        for (std::size_t i = at; i < at + n; ++i)
            if (text[i] < '0' || text[i] > '9') return false;
        return true;
    };
    bool month_shape = text.size() == 7 && text[4] == '-' && digits(0, 4) && digits(5, 2);
    if (month_shape && !parse_iso_month(text))
        diags.error("date-impossible", doc.location(node),
                    field_name(path) + " is '" + text + "', a month the calendar does not have",
                    "correct the month (written YYYY-MM, with a month from 01 to 12)");
}

void check_unknown_keys(const nlohmann::json& root, const nlohmann::json* schema,
                        const YamlDocument& doc, const YAML::Node& node,
                        std::vector<std::string>& path, Diagnostics& diags, int depth) {
    schema = resolve(root, schema);
    if (!schema || !schema->is_object() || depth > 32) return;
    if (node.IsMap() && schema->contains("properties")) {
        const auto& props = (*schema)["properties"];
        bool closed =
            schema->contains("additionalProperties") && (*schema)["additionalProperties"] == false;
        std::vector<std::string> known;
        for (auto it = props.begin(); it != props.end(); ++it) known.push_back(it.key());
        for (const auto& kv : node) {
            if (!kv.first.IsScalar()) continue;
            const std::string& key = kv.first.Scalar();
            if (props.contains(key)) {
                path.push_back(key);
                check_unknown_keys(root, &props[key], doc, kv.second, path, diags, depth + 1);
                path.pop_back();
            } else if (closed) {
                std::string where = path.empty() ? "" : " in " + field_name(path);
                std::string hint = did_you_mean(key, known);
                if (hint.empty()) hint = "known keys here: " + join(known, ", ");
                diags.error("unknown-key", doc.location(kv.first),
                            "unknown key '" + key + "'" + where, hint);
            }
        }
    } else if (node.IsSequence() && schema->contains("items")) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            path.push_back(std::to_string(i));
            check_unknown_keys(root, &(*schema)["items"], doc, node[i], path, diags, depth + 1);
            path.pop_back();
        }
    } else if (node.IsScalar()) {
        check_real_month(*schema, doc, node, path, diags);
    }
}

bool is_aggregate(const std::string& d) {
    return d.rfind("Failed to validate against schema associated with property", 0) == 0 ||
           d.rfind("Failed to validate item #", 0) == 0 ||
           d.rfind("Object contains a property", 0) == 0 ||
           d.rfind("Failed to validate against additional properties", 0) == 0 ||
           d.rfind("Failed to validate against any schemas allowed by anyOf", 0) == 0 ||
           d.rfind("Failed to validate against child schema", 0) == 0;
}

std::string value_text(const nlohmann::json& instance, const std::vector<std::string>& path) {
    const nlohmann::json* v = &instance;
    for (const auto& p : path) {
        if (v->is_object() && v->contains(p))
            v = &(*v)[p];
        else if (v->is_array() && !p.empty() && std::all_of(p.begin(), p.end(), ::isdigit) &&
                 std::stoul(p) < v->size())
            v = &(*v)[std::stoul(p)];
        else
            return {};
    }
    return v->is_string() ? v->get<std::string>() : v->dump();
}

}  // namespace

const nlohmann::json* resolve_schema_ref(const nlohmann::json& root, const nlohmann::json* s) {
    return resolve(root, s);
}

struct CompiledSchema::Compiled {
    valijson::Schema schema;
};

CompiledSchema::CompiledSchema(nlohmann::json schema) : json_(std::move(schema)) {
    auto fresh = std::make_unique<Compiled>();
    try {
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter schema_adapter(json_);
        parser.populateSchema(schema_adapter, fresh->schema);
        compiled_ = std::move(fresh);
    } catch (const std::exception& e) {
        error_ = e.what();
    }
}

CompiledSchema::~CompiledSchema() = default;

void check_against_schema(const YamlDocument& doc, const nlohmann::json& instance,
                          const nlohmann::json& schema, Diagnostics& diags) {
    // Compiled once per schema for the whole process (`icbgen serve` loads the site again on
    // every edit).
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<CompiledSchema>> cache;
    const CompiledSchema* compiled;
    {
        std::lock_guard lock(mutex);
        auto& entry = cache[schema.dump()];
        if (!entry) entry = std::make_unique<CompiledSchema>(schema);
        compiled = entry.get();
    }
    check_against_schema(doc, instance, *compiled, diags);
}

void check_against_schema(const YamlDocument& doc, const nlohmann::json& instance,
                          const CompiledSchema& compiled, Diagnostics& diags) {
    const nlohmann::json& schema = compiled.json();
    std::vector<std::string> path;
    check_unknown_keys(schema, &schema, doc, doc.root(), path, diags, 0);
    if (!compiled.compiled_) {
        diags.error("schema-broken", {doc.path(), 1, 1},
                    "the schema for this file could not be loaded: " + compiled.error());
        return;
    }
    // One validator per thread: it keeps the schemas' regular expressions, compiled on first
    // use, and is not safe to share.
    thread_local valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(instance);
    if (validator.validate(compiled.compiled_->schema, target, &results)) return;

    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (is_aggregate(error.description)) continue;
        std::vector<std::string> where;
        for (const auto& c : error.context) {
            if (c == "<root>") continue;
            if (c.size() >= 2 && c.front() == '[' && c.back() == ']')
                where.push_back(c.substr(1, c.size() - 2));
            else
                where.push_back(c);
        }
        YAML::Node node = doc.find(where);
        SourceLocation loc = doc.location(node);
        const nlohmann::json* sub = subschema_at(schema, where);
        const std::string& d = error.description;
        std::string field = field_name(where);
        if (d.rfind("Missing required property '", 0) == 0) {
            std::string key = d.substr(27, d.find('\'', 27) - 27);
            diags.error(
                "missing-field", loc,
                "missing required field '" + key + "'" + (where.empty() ? "" : " in " + field),
                "add '" + key + ":' here");
        } else if (d.rfind("Value type not permitted", 0) == 0) {
            diags.error("wrong-type", loc, field + " should be " + describe_type(sub),
                        sub && sub->contains("description")
                            ? (*sub)["description"].get<std::string>()
                            : std::string());
        } else if (d.rfind("Failed to match against any enum", 0) == 0) {
            std::vector<std::string> allowed;
            if (sub && sub->contains("enum"))
                for (const auto& e : (*sub)["enum"])
                    allowed.push_back(e.is_string() ? e.get<std::string>() : e.dump());
            std::string list = join(allowed, ", ");
            std::string got = value_text(instance, where);
            auto suggestion = enum_suggestion(got, allowed);
            std::string hint = suggestion ? "did you mean '" + *suggestion + "'?" : std::string();
            diags.error("bad-value", loc, field + " is '" + got + "', which is not one of: " + list,
                        hint);
        } else if (d.rfind("Failed to match regex", 0) == 0 && sub && sub->contains("pattern") &&
                   (*sub)["pattern"] == kSlugPattern) {
            std::string got = value_text(instance, where);
            diags.error("id-not-slug", loc,
                        field + " '" + got +
                            "' is not a safe id: use lowercase letters, digits and single hyphens",
                        "for example '" + suggest_slug(got) + "'");
        } else if (d.rfind("Failed to match regex", 0) == 0) {
            std::string got = value_text(instance, where);
            diags.error("bad-format", loc, field + " '" + got + "' is not in the expected form",
                        sub && sub->contains("description")
                            ? (*sub)["description"].get<std::string>()
                            : std::string());
        } else {
            diags.error("schema", loc, field + ": " + d);
        }
    }
}

}  // namespace icbgen
