#include "model/build_context.h"

#include "core/text.h"

namespace icbgen {

Ref BuildContext::ref(const YAML::Node& map, const std::string& key) const {
    return {yaml_string(map, key), where(map, key)};
}

std::optional<Ref> BuildContext::optional_ref(const YAML::Node& map, const std::string& key) const {
    auto s = yaml_optional_string(map, key);
    if (!s || s->empty()) return std::nullopt;
    return Ref{*s, where(map, key)};
}

std::vector<Ref> BuildContext::refs(const YAML::Node& map, const std::string& key) const {
    std::vector<Ref> out;
    YAML::Node n = yaml_child(map, key);
    if (n.IsSequence()) {
        for (const auto& item : n)
            if (item.IsScalar()) out.push_back({item.Scalar(), where(item)});
    } else if (n.IsScalar() && !n.Scalar().empty()) {
        out.push_back({n.Scalar(), where(n)});
    }
    return out;
}

SourceRef BuildContext::source(const YAML::Node& map) const {
    YAML::Node s = yaml_child(map, "source");
    return {yaml_string(s, "document"), yaml_string(s, "section"), yaml_string(s, "url")};
}

Markdown BuildContext::body() const { return {doc.body, {doc.path, doc.body_first_line, 1}}; }

Markdown BuildContext::markdown_field(const YAML::Node& map, const std::string& key) const {
    SourceLocation loc = where(map, key);
    YAML::Node n = yaml_child(map, key);
    // Block scalars (| and >) start on the line after the key.
    if (n.IsScalar() && n.Tag() == "!" && loc.line > 0) ++loc.line;
    return {yaml_string(map, key), loc};
}

std::string BuildContext::entity_id() const {
    auto given = yaml_optional_string(root(), "id");
    if (given) {
        SourceLocation loc = where(root(), "id");
        if (!is_slug(*given)) return doc.file_id;  // reported by the schema check
        if (*given != doc.file_id)
            diags.error(
                "id-mismatch", loc,
                "the id '" + *given + "' does not match the file name '" + doc.file_id + "'",
                "rename the file to '" + *given + ".md', or remove the id field");
        return doc.file_id;  // links, data files and references all use the file name
    }
    check_slug(doc.file_id, {doc.path, 1, 1}, "file name");
    return doc.file_id;
}

bool BuildContext::check_slug(const std::string& id, const SourceLocation& loc,
                              const char* what) const {
    if (is_slug(id)) return true;
    std::string suggestion = suggest_slug(id);
    diags.error("id-not-slug", loc,
                std::string("the ") + what + " '" + id +
                    "' is not a safe id: use lowercase letters, digits and single hyphens",
                suggestion.empty() ? std::string() : "for example '" + suggestion + "'");
    return false;
}

int decimals_as_written(const YAML::Node& map, const std::string& key) {
    std::string text = yaml_string(map, key);
    std::size_t dot = text.find('.');
    if (dot == std::string::npos) return 0;
    std::size_t end = text.find_first_not_of("0123456789", dot + 1);
    return static_cast<int>((end == std::string::npos ? text.size() : end) - dot - 1);
}

bool IdRegistry::claim(const std::string& id, const SourceLocation& loc) {
    auto [it, inserted] = seen_.emplace(id, loc);
    if (inserted) return true;
    const SourceLocation& first = it->second;
    diags_.error("duplicate-id", loc,
                 std::string("the ") + kind_ + " id '" + id + "' is already used at " + first.path +
                     ":" + std::to_string(first.line),
                 "ids must be unique: rename one of them");
    return false;
}

}  // namespace icbgen
