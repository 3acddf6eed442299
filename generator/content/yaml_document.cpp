#include "content/yaml_document.h"

#include <cmath>
#include <cstdlib>

#include "content/yaml_error.h"

namespace icbgen {

namespace {

constexpr std::size_t kMaxNodes = 200000;  // guards against alias expansion bombs
constexpr int kMaxDepth = 64;

bool is_plain(const YAML::Node& n) { return n.Tag() == "?"; }

struct Converter {
    Diagnostics& diags;
    const YamlDocument& doc;
    std::size_t nodes = 0;
    bool failed = false;

    nlohmann::json convert(const YAML::Node& n, int depth) {
        if (failed) return nullptr;
        if (++nodes > kMaxNodes || depth > kMaxDepth) {
            failed = true;
            diags.error("yaml-too-large", doc.location(n),
                        "this YAML is too large or too deeply nested to be content",
                        "remove aliases that expand recursively, or split the file");
            return nullptr;
        }
        switch (n.Type()) {
            case YAML::NodeType::Null:
            case YAML::NodeType::Undefined: return nullptr;
            case YAML::NodeType::Scalar: {
                const std::string& s = n.Scalar();
                if (!is_plain(n)) return s;
                if (s == "~" || s == "null" || s == "Null" || s == "NULL" || s.empty())
                    return nullptr;
                if (s == "true" || s == "True" || s == "TRUE") return true;
                if (s == "false" || s == "False" || s == "FALSE") return false;
                bool integer = !s.empty();
                for (std::size_t i = 0; i < s.size(); ++i)
                    if (!(std::isdigit(static_cast<unsigned char>(s[i])) ||
                          (i == 0 && s[i] == '-')))
                        integer = false;
                if (integer && s != "-" && s.size() < 16) return std::stoll(s);
                if (auto d = parse_number(s)) return *d;
                return s;
            }
            case YAML::NodeType::Sequence: {
                nlohmann::json arr = nlohmann::json::array();
                for (const auto& item : n) arr.push_back(convert(item, depth + 1));
                return arr;
            }
            case YAML::NodeType::Map: {
                nlohmann::json obj = nlohmann::json::object();
                for (const auto& kv : n) {
                    std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string("?");
                    if (obj.contains(key)) {
                        diags.error("yaml-duplicate-key", doc.location(kv.first),
                                    "the key '" + key + "' appears twice in the same mapping",
                                    "keep one of them; YAML would silently drop the other");
                    }
                    obj[key] = convert(kv.second, depth + 1);
                }
                return obj;
            }
        }
        return nullptr;
    }
};

}  // namespace

std::optional<YamlDocument> YamlDocument::parse(const std::string& path, const std::string& text,
                                                int first_line, Diagnostics& diags) {
    YamlDocument doc;
    doc.path_ = path;
    doc.first_line_ = first_line;
    try {
        doc.root_ = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        YamlParseError error{-1, -1, e.msg};
        if (!e.mark.is_null()) error.line = e.mark.line, error.column = e.mark.column;
        diags.add(explain_yaml_error(path, text, first_line, error));
        return std::nullopt;
    } catch (const std::exception& e) {
        diags.error("yaml-syntax", {path, first_line, 1}, std::string("invalid YAML: ") + e.what());
        return std::nullopt;
    }
    return doc;
}

SourceLocation YamlDocument::location(const YAML::Node& node) const {
    if (!node.IsDefined()) return {path_, first_line_, 1};
    YAML::Mark m = node.Mark();
    if (m.is_null()) return {path_, first_line_, 1};
    return {path_, m.line + first_line_, m.column + 1};
}

SourceLocation YamlDocument::location(const YAML::Node& map, const std::string& key) const {
    if (map.IsMap()) {
        for (const auto& kv : map)
            if (kv.first.IsScalar() && kv.first.Scalar() == key) {
                if (kv.second.IsNull() || !kv.second.IsDefined() || kv.second.Mark().is_null())
                    return location(kv.first);
                return location(kv.second);
            }
    }
    return location(map);
}

std::optional<SourceLocation> YamlDocument::key_location(const YAML::Node& map,
                                                         const std::string& key) const {
    if (!map.IsMap()) return std::nullopt;
    for (const auto& kv : map)
        if (kv.first.IsScalar() && kv.first.Scalar() == key) return location(kv.first);
    return std::nullopt;
}

YAML::Node YamlDocument::find(const std::vector<std::string>& path) const {
    YAML::Node cur = root_;
    for (const auto& step : path) {
        YAML::Node next;
        if (cur.IsMap()) {
            for (const auto& kv : cur)
                if (kv.first.IsScalar() && kv.first.Scalar() == step) next = kv.second;
        } else if (cur.IsSequence()) {
            char* end = nullptr;
            long idx = std::strtol(step.c_str(), &end, 10);
            if (end && *end == '\0' && idx >= 0 && static_cast<std::size_t>(idx) < cur.size())
                next = cur[static_cast<std::size_t>(idx)];
        }
        if (!next.IsDefined() || next.Mark().is_null()) return cur;
        // reset(), not operator=: yaml-cpp's assignment writes through to the node it refers to.
        cur.reset(next);
    }
    return cur;
}

std::optional<nlohmann::json> YamlDocument::to_json(Diagnostics& diags) const {
    Converter c{diags, *this};
    nlohmann::json j = c.convert(root_, 0);
    if (c.failed) return std::nullopt;
    return j;
}

std::optional<double> parse_number(const std::string& text) {
    if (text.empty() || text.size() > 40) return std::nullopt;
    for (char ch : text)
        if (!(std::isdigit(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '+' ||
              ch == 'e' || ch == 'E'))
            return std::nullopt;
    char* end = nullptr;
    double d = std::strtod(text.c_str(), &end);
    if (!end || *end != '\0' || !std::isfinite(d)) return std::nullopt;
    return d;
}

YAML::Node yaml_child(const YAML::Node& map, const std::string& key) {
    if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    for (const auto& kv : map)
        if (kv.first.IsScalar() && kv.first.Scalar() == key) return kv.second;
    return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<std::string> yaml_optional_string(const YAML::Node& map, const std::string& key) {
    YAML::Node n = yaml_child(map, key);
    if (!n.IsDefined() || !n.IsScalar()) return std::nullopt;
    return n.Scalar();
}

std::string yaml_string(const YAML::Node& map, const std::string& key,
                        const std::string& fallback) {
    return yaml_optional_string(map, key).value_or(fallback);
}

std::optional<double> yaml_number(const YAML::Node& map, const std::string& key) {
    auto s = yaml_optional_string(map, key);
    if (!s) return std::nullopt;
    return parse_number(*s);
}

std::optional<long long> yaml_integer(const YAML::Node& map, const std::string& key) {
    auto d = yaml_number(map, key);
    if (!d || std::floor(*d) != *d || std::fabs(*d) > 1e15) return std::nullopt;
    return static_cast<long long>(*d);
}

bool yaml_bool(const YAML::Node& map, const std::string& key, bool fallback) {
    auto s = yaml_optional_string(map, key);
    if (!s) return fallback;
    if (*s == "true" || *s == "True" || *s == "yes") return true;
    if (*s == "false" || *s == "False" || *s == "no") return false;
    return fallback;
}

std::vector<std::string> yaml_strings(const YAML::Node& map, const std::string& key) {
    std::vector<std::string> out;
    YAML::Node n = yaml_child(map, key);
    if (n.IsSequence()) {
        for (const auto& item : n)
            if (item.IsScalar()) out.push_back(item.Scalar());
    } else if (n.IsScalar() && !n.Scalar().empty()) {
        out.push_back(n.Scalar());
    }
    return out;
}

}  // namespace icbgen
