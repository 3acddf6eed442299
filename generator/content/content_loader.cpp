#include "content/content_loader.h"

#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "content/date_fields.h"
#include "content/front_matter.h"
#include "content/parse_cache.h"
#include "content/schema_check.h"
#include "content/site_logo.h"
#include "content/source_text_check.h"
#include "content/to_do_fields.h"
#include "content/url_fields.h"
#include "core/parallel.h"
#include "core/resources.h"
#include "core/text.h"

namespace icbgen {

namespace {

struct Pattern {
    std::regex re;
    DocumentKind kind;
    int meeting_group = 0, id_group = 0;  // the captures of {meeting} and {id}, 0 if none
};

// The table of kinds' source patterns as regular expressions, in the table's order.
const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> p = [] {
        std::vector<Pattern> out;
        for (const auto& k : content_kinds()) {
            Pattern pattern{std::regex(), k.kind};
            std::string re, source = k.source;
            int group = 0;
            for (std::size_t i = 0; i < source.size();) {
                if (source.compare(i, 9, "{meeting}") == 0) {
                    re += "([^/]+)";
                    pattern.meeting_group = ++group;
                    i += 9;
                } else if (source.compare(i, 4, "{id}") == 0) {
                    re += "([^/]+)";
                    pattern.id_group = ++group;
                    i += 4;
                } else {
                    if (source[i] == '.') re += '\\';
                    re += source[i++];
                }
            }
            pattern.re = std::regex(re);
            out.push_back(std::move(pattern));
        }
        return out;
    }();
    return p;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
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
                            c->character + "' (" + c->codepoint +
                            "), which looks like the Latin '" + std::string(1, c->looks_like) + "'",
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

namespace {

// Each kind's schema, compiled once for the process (`icbgen serve` loads the site on every
// edit); nullptr when icbgen has none or it does not parse (reported for each file).
const CompiledSchema* compiled_schema(DocumentKind kind) {
    static std::mutex mutex;
    static std::map<DocumentKind, std::unique_ptr<CompiledSchema>> compiled;
    std::lock_guard lock(mutex);
    auto it = compiled.find(kind);
    if (it == compiled.end()) {
        Diagnostics ignored;  // reported again, per file, by load_schema below
        auto json = load_schema(kind, ignored);
        it = compiled
                 .emplace(kind, json ? std::make_unique<CompiledSchema>(std::move(*json)) : nullptr)
                 .first;
    }
    return it->second.get();
}

using Schemas = std::map<DocumentKind, const CompiledSchema*>;

// A metric's CSV series: its text checked, parsed and typed.
void load_series(const std::string& path, const std::string& text, LoadedFile& out) {
    Diagnostics& diags = out.diags;
    if (!check_utf8(path, text, diags) || !check_control_characters(path, text, diags)) return;
    CsvTable table = parse_csv(path, text, diags);
    check_to_do_rows(table, diags);
    for (const auto& row : table.rows)
        for (const auto& field : row.fields)
            if (auto c = find_confusable(field))
                diags.error("confusable-letters", {path, row.line, 1},
                            "'" + field + "' contains the " + c->script + " letter '" +
                                c->character + "' (" + c->codepoint + ")",
                            "retype it as '" + latinise(field) + "'");
    out.series = build_series(table, diags);
}

// A Markdown or YAML document: front matter split, YAML parsed, converted and checked.
void load_document(const std::string& path, const std::string& text, DocumentKind kind,
                   const std::string& file_id, const std::string& meeting_id,
                   const Schemas& schemas, LoadedFile& out) {
    Diagnostics& diags = out.diags;
    auto unreadable = [&] { out.unreadable = UnreadableDocument{kind, path, file_id, meeting_id}; };
    if (!check_utf8(path, text, diags) || !check_control_characters(path, text, diags)) {
        unreadable();
        return;
    }

    SourceDocument doc{kind, path, file_id, meeting_id, std::nullopt, false, {}, 1};
    bool is_markdown = ends_with(path, ".md");
    std::string yaml_text;
    int yaml_line = 1;
    if (is_markdown) {
        FrontMatterSplit split = split_front_matter(text);
        if (!split.has_front_matter) {
            diags.error("front-matter-missing", {path, 1, 1}, "this file has no front matter",
                        "start the file with a line '---', the YAML fields, and another '---'");
            unreadable();
            return;
        }
        if (split.unterminated) {
            diags.error("front-matter-unterminated", {path, 1, 1},
                        "the front matter opened on line 1 is never closed",
                        "add a line '---' after the last YAML field");
            unreadable();
            return;
        }
        yaml_text = split.yaml;
        yaml_line = split.yaml_first_line;
        doc.body = split.body;
        doc.body_first_line = split.body_first_line;
        check_heading_letters(path, doc.body, doc.body_first_line, diags);
    } else {
        yaml_text = text;
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
            return;
        }
        check_confusables(*doc.yaml, doc.yaml->root(), diags, 0);
        check_date_values(*doc.yaml, diags);
        check_to_do(path, &*doc.yaml, doc.body, doc.body_first_line, diags);
        const CompiledSchema* schema = schemas.at(kind);
        if (!schema) load_schema(kind, diags);  // reports why there is none
        if (schema) check_against_schema(*doc.yaml, *json, *schema, diags);
        doc.schema_valid = schema && diags.count(Severity::error) == before;
        // An unsafe URL is reported but leaves the document in the model: the renderers
        // never link it (core/url.h), and the file's other checks still run.
        if (schema) check_url_fields(*doc.yaml, schema->json(), diags);
    }
    out.document = std::move(doc);
}

}  // namespace

LoadedSite load_site(const FileSystem& fs, Diagnostics& diags, ParseCache* cache, int threads) {
    LoadedSite site;
    std::vector<std::string> files = fs.list("content");
    for (const auto& f : fs.list("data")) files.push_back(f);
    std::vector<std::string> visible;
    for (const auto& f : files)
        if (f.find("/.") == std::string::npos) visible.push_back(f);
    check_name_letters(visible, diags);
    if (cache) cache->parsed = cache->reused = 0;

    // First, in order, what each file is. Then the files are read and parsed on a few threads,
    // each into its own slot, and last the slots are added to the site in the files' order,
    // so the result and the order of the diagnostics are those of loading one by one.
    struct Slot {
        std::string path;
        bool series = false;
        DocumentKind kind{};
        std::string file_id, meeting_id;
        bool unknown = false;             // not a kind of content: nothing to read
        std::optional<std::string> text;  // kept only for the cache
        std::optional<LoadedFile> file;   // empty when the file could not be read
        bool from_cache = false;
    };
    std::vector<Slot> slots;
    Schemas schemas;
    for (const auto& path : files) {
        if (path.find("/.") != std::string::npos) continue;  // hidden files, editor swap files
        Slot slot;
        slot.path = path;
        if (ends_with(path, ".csv") && path.rfind("data/metrics/", 0) == 0) {
            slot.series = true;
            slots.push_back(std::move(slot));
            continue;
        }
        std::optional<DocumentKind> kind;
        std::smatch m;
        for (const auto& p : patterns()) {
            if (std::regex_match(path, m, p.re)) {
                kind = p.kind;
                if (p.meeting_group) slot.meeting_id = m[p.meeting_group];
                // A meeting's own files (meeting.yaml, minutes.md) take the meeting's id.
                slot.file_id = p.id_group ? m[p.id_group].str() : slot.meeting_id;
                break;
            }
        }
        if (!kind) {
            if (ends_with(path, ".md") || ends_with(path, ".yaml") || ends_with(path, ".yml") ||
                ends_with(path, ".csv"))
                slot.unknown = true;
            else
                continue;
        } else {
            slot.kind = *kind;
            if (!schemas.count(*kind)) schemas[*kind] = compiled_schema(*kind);
        }
        slots.push_back(std::move(slot));
    }

    parallel_for(slots.size(), threads, [&](std::size_t i) {
        Slot& slot = slots[i];
        if (slot.unknown) return;
        auto text = fs.read(slot.path);
        if (!text) return;
        if (cache) {
            // Only read here: the cache is written below, on one thread.
            slot.file = cache->find(slot.path, *text);
            slot.from_cache = slot.file.has_value();
        }
        if (!slot.file) {
            slot.file.emplace();
            if (slot.series)
                load_series(slot.path, *text, *slot.file);
            else
                load_document(slot.path, *text, slot.kind, slot.file_id, slot.meeting_id, schemas,
                              *slot.file);
        }
        if (cache && !slot.from_cache) slot.text = std::move(text);
    });

    for (auto& slot : slots) {
        if (slot.unknown) {
            diags.warning("unknown-file", {slot.path, 0, 0},
                          "icbgen does not know what this file is, so it is ignored",
                          "see docs/CONTENT_MODEL.md for where each kind of content lives");
            continue;
        }
        if (!slot.file) {
            diags.error("io", {slot.path, 0, 0}, "could not read this file");
            continue;
        }
        LoadedFile& file = *slot.file;
        if (cache) {
            if (slot.from_cache) {
                ++cache->reused;
            } else {
                cache->store(slot.path, *slot.text, file);
                ++cache->parsed;
            }
        }
        diags.append(file.diags);
        if (file.series) site.series.push_back(std::move(*file.series));
        if (file.unreadable) site.unreadable.push_back(std::move(*file.unreadable));
        if (file.document) site.documents.push_back(std::move(*file.document));
        slot.file.reset();
        slot.text.reset();
        // The logo is another file than site.yaml, so it is read on every load, not cached.
        if (!slot.series && slot.kind == DocumentKind::site && !site.documents.empty() &&
            site.documents.back().kind == DocumentKind::site) {
            SiteLogo logo = load_site_logo(fs, site.documents.back(), diags);
            site.logo_path = logo.path;
            site.logo_bytes = std::move(logo.bytes);
            site.logo_location = logo.location;
        }
    }
    if (cache) cache->keep_only(std::set<std::string>(visible.begin(), visible.end()));
    return site;
}

}  // namespace icbgen
