#include "content/content_loader.h"

#include <nlohmann/json.hpp>
#include <regex>

#include "content/date_fields.h"
#include "content/front_matter.h"
#include "content/schema_check.h"
#include "content/source_text_check.h"
#include "content/url_fields.h"
#include "core/resources.h"
#include "core/text.h"

namespace icbgen {

namespace {

struct Pattern {
    std::regex re;
    DocumentKind kind;
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> p = {
        {std::regex(R"(content/site\.yaml)"), DocumentKind::site},
        {std::regex(R"(content/strategy/_index\.md)"), DocumentKind::strategy},
        {std::regex(R"(content/strategy/priorities/([^/]+)\.md)"), DocumentKind::priority},
        {std::regex(R"(content/metrics/([^/]+)\.md)"), DocumentKind::metric},
        {std::regex(R"(content/charter/_index\.md)"), DocumentKind::charter},
        {std::regex(R"(content/charter/([^/]+)\.md)"), DocumentKind::commitment},
        {std::regex(R"(content/case-studies/([^/]+)\.md)"), DocumentKind::case_study},
        {std::regex(R"(content/engagement/([^/]+)\.md)"), DocumentKind::engagement},
        {std::regex(R"(content/meetings/([^/]+)/meeting\.yaml)"), DocumentKind::meeting},
        {std::regex(R"(content/meetings/([^/]+)/papers/([^/]+)\.md)"), DocumentKind::paper},
        {std::regex(R"(content/meetings/([^/]+)/minutes\.md)"), DocumentKind::minutes},
        {std::regex(R"(data/people\.yaml)"), DocumentKind::people},
        {std::regex(R"(data/glossary\.yaml)"), DocumentKind::glossary},
    };
    return p;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Look-alike letters in any key or scalar of the YAML.
void check_confusables(const YamlDocument& doc, const YAML::Node& node, Diagnostics& diags,
                       int depth) {
    if (depth > 64) return;
    auto check = [&](const YAML::Node& n) {
        if (!n.IsScalar()) return;
        if (auto c = find_confusable(n.Scalar())) {
            SourceLocation loc = doc.location(n);
            diags.error("confusable-letters", loc,
                        "'" + n.Scalar() + "' contains the " + c->script + " letter '" +
                            c->character + "' (" + c->codepoint + "), which looks like the Latin '" +
                            std::string(1, c->looks_like) + "'",
                        "retype it as '" + latinise(n.Scalar()) +
                            "': look-alike letters break links, search and screen readers");
        }
    };
    if (node.IsMap()) {
        for (const auto& kv : node) {
            check(kv.first);
            check(kv.second);
            check_confusables(doc, kv.second, diags, depth + 1);
        }
    } else if (node.IsSequence()) {
        for (const auto& item : node) {
            check(item);
            check_confusables(doc, item, diags, depth + 1);
        }
    }
}

std::optional<nlohmann::json> load_schema(DocumentKind kind, Diagnostics& diags) {
    std::string name = std::string("schemas/") + kind_name(kind) + ".schema.json";
    auto text = embedded_file(name);
    if (!text) {
        diags.error("schema-missing", {name, 0, 0}, "icbgen has no schema " + name);
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(*text);
    } catch (const std::exception& e) {
        diags.error("schema-broken", {name, 1, 1}, std::string("invalid schema: ") + e.what());
        return std::nullopt;
    }
}

}  // namespace

const char* kind_name(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::site: return "site";
        case DocumentKind::strategy: return "strategy";
        case DocumentKind::priority: return "priority";
        case DocumentKind::metric: return "metric";
        case DocumentKind::charter: return "charter";
        case DocumentKind::commitment: return "commitment";
        case DocumentKind::case_study: return "case-study";
        case DocumentKind::engagement: return "engagement";
        case DocumentKind::meeting: return "meeting";
        case DocumentKind::paper: return "paper";
        case DocumentKind::minutes: return "minutes";
        case DocumentKind::people: return "people";
        case DocumentKind::glossary: return "glossary";
    }
    return "unknown";
}

bool check_utf8(const std::string& path, const std::string& text, Diagnostics& diags) {
    auto bad = find_invalid_utf8(text);
    if (!bad) return true;
    LineColumn lc = line_column_at(text, *bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
    diags.error("utf8-invalid", {path, lc.line, lc.column},
                "this file is not valid UTF-8: byte " + std::string(byte) + " at byte offset " +
                    std::to_string(*bad),
                "save the file as UTF-8 (it may have been saved as Windows-1252 or Latin-1)");
    return false;
}

LoadedSite load_site(const FileSystem& fs, Diagnostics& diags) {
    LoadedSite site;
    std::map<DocumentKind, std::optional<nlohmann::json>> schemas;
    std::vector<std::string> files = fs.list("content");
    for (const auto& f : fs.list("data")) files.push_back(f);
    std::vector<std::string> visible;
    for (const auto& f : files)
        if (f.find("/.") == std::string::npos) visible.push_back(f);
    check_name_letters(visible, diags);

    for (const auto& path : files) {
        if (path.find("/.") != std::string::npos) continue;  // hidden files, editor swap files
        if (ends_with(path, ".csv") && path.rfind("data/metrics/", 0) == 0) {
            auto text = fs.read(path);
            if (!text) {
                diags.error("io", {path, 0, 0}, "could not read this file");
                continue;
            }
            if (!check_utf8(path, *text, diags) || !check_control_characters(path, *text, diags))
                continue;
            CsvTable table = parse_csv(path, *text, diags);
            for (const auto& row : table.rows)
                for (const auto& field : row.fields)
                    if (auto c = find_confusable(field))
                        diags.error("confusable-letters", {path, row.line, 1},
                                    "'" + field + "' contains the " + c->script + " letter '" +
                                        c->character + "' (" + c->codepoint + ")",
                                    "retype it as '" + latinise(field) + "'");
            site.series.push_back(std::move(table));
            continue;
        }
        std::optional<DocumentKind> kind;
        std::smatch m;
        std::string file_id, meeting_id;
        for (const auto& p : patterns()) {
            if (std::regex_match(path, m, p.re)) {
                kind = p.kind;
                if (p.kind == DocumentKind::meeting || p.kind == DocumentKind::minutes) {
                    meeting_id = file_id = m[1];
                } else if (p.kind == DocumentKind::paper) {
                    meeting_id = m[1];
                    file_id = m[2];
                } else if (m.size() > 1) {
                    file_id = m[1];
                }
                break;
            }
        }
        if (!kind) {
            if (ends_with(path, ".md") || ends_with(path, ".yaml") || ends_with(path, ".yml") ||
                ends_with(path, ".csv"))
                diags.warning("unknown-file", {path, 0, 0},
                              "icbgen does not know what this file is, so it is ignored",
                              "see docs/CONTENT_MODEL.md for where each kind of content lives");
            continue;
        }
        auto text = fs.read(path);
        if (!text) {
            diags.error("io", {path, 0, 0}, "could not read this file");
            continue;
        }
        auto unreadable = [&] { site.unreadable.push_back({*kind, path, file_id}); };
        if (!check_utf8(path, *text, diags) || !check_control_characters(path, *text, diags)) {
            unreadable();
            continue;
        }

        SourceDocument doc{*kind, path, file_id, meeting_id, std::nullopt, false, {}, 1};
        bool is_markdown = ends_with(path, ".md");
        std::string yaml_text;
        int yaml_line = 1;
        if (is_markdown) {
            FrontMatterSplit split = split_front_matter(*text);
            if (!split.has_front_matter) {
                diags.error("front-matter-missing", {path, 1, 1},
                            "this file has no front matter",
                            "start the file with a line '---', the YAML fields, and another '---'");
                unreadable();
                continue;
            }
            if (split.unterminated) {
                diags.error("front-matter-unterminated", {path, 1, 1},
                            "the front matter opened on line 1 is never closed",
                            "add a line '---' after the last YAML field");
                unreadable();
                continue;
            }
            yaml_text = split.yaml;
            yaml_line = split.yaml_first_line;
            doc.body = split.body;
            doc.body_first_line = split.body_first_line;
            check_heading_letters(path, doc.body, doc.body_first_line, diags);
        } else {
            yaml_text = *text;
        }
        doc.yaml = YamlDocument::parse(path, yaml_text, yaml_line, diags);
        if (!doc.yaml) unreadable();
        if (doc.yaml) {
            std::size_t before = diags.count(Severity::error);
            // Converting first bounds the document's expanded size (alias bombs), so the
            // walks below are bounded too.
            auto json = doc.yaml->to_json(diags);
            if (!json) {
                doc.yaml.reset();
                unreadable();
                continue;
            }
            check_confusables(*doc.yaml, doc.yaml->root(), diags, 0);
            check_date_values(*doc.yaml, diags);
            auto& schema = schemas[*kind];
            if (!schema) schema = load_schema(*kind, diags);
            if (schema) check_against_schema(*doc.yaml, *json, *schema, diags);
            doc.schema_valid = schema && diags.count(Severity::error) == before;
            // An unsafe URL is reported but leaves the document in the model: the renderers
            // never link it (core/url.h), and the file's other checks still run.
            if (schema) check_url_fields(*doc.yaml, *schema, diags);
        }
        site.documents.push_back(std::move(doc));
    }
    return site;
}

}  // namespace icbgen
