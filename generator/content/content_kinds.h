#pragma once
// The table of content kinds: one row per kind of file a site holds, saying where its files
// live, which schema checks them, how their entities are named and called, where the website
// publishes each one and whether it can be private. It is the only list of kinds: the loader
// finds files by it, the model names kinds by it in its messages, the site map
// (site_map/site_map.h) turns its page patterns into addresses, and the reference check
// names the file to add by it. Adding a kind starts with a row here (CONTRIBUTING.md).
//
// The table lives in content/, the first stage that needs it (the loader finds files by its
// source patterns); the later stages reach it from there.
#include <string>
#include <vector>

namespace icbgen {

enum class DocumentKind {
    site,
    strategy,
    priority,
    metric,
    charter,
    commitment,
    case_study,
    engagement,
    meeting,
    paper,
    minutes,
    people,
    glossary,
    forward_plan,
};

struct ContentKind {
    DocumentKind kind;
    // "case-study": the kind's name, and its schema schemas/<name>.schema.json.
    const char* name;
    // "case study": how messages name one entity of the kind.
    const char* label;
    // Where its files live, relative to the site folder. `{id}` is the entity id (the file
    // name without its extension: an `id` field, if given, must equal it); `{meeting}` is the
    // meeting folder (`<YYYY-MM-DD>-<body>`). A pattern without `{id}` is one file (one entity,
    // or a list of them, as people.yaml).
    const char* source;
    // The page that shows an entity, relative to the website's root, with the same
    // placeholders; "" when the kind has no page (site.yaml, people, the glossary's entries).
    const char* page;
    // The anchor of its section when the entity is a section of another page
    // ("commitment-{id}" on the charter page), else "".
    const char* anchor;
    // Whether an entity can be private (part II): papers can (site_map/privacy.h says which);
    // everything else is always public.
    bool may_be_private;
};

// Every kind, in the order the loader tries their source patterns (charter/_index.md before
// charter/{id}.md).
const std::vector<ContentKind>& content_kinds();
const ContentKind& content_kind(DocumentKind kind);

// "priority", "case-study", ...: also the schema's file name, schemas/<name>.schema.json.
const char* kind_name(DocumentKind kind);

// `pattern` with `{meeting}` and `{id}` replaced.
std::string expand_pattern(const std::string& pattern, const std::string& meeting_id,
                           const std::string& id);

}  // namespace icbgen
