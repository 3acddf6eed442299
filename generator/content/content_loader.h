#pragma once
// The load stage: finds every content and data file of a site, checks its text, splits and
// parses front matter, validates it against its JSON Schema, and parses CSV series.
#include <optional>
#include <string>
#include <vector>

#include "content/content_kinds.h"
#include "content/yaml_document.h"
#include "core/diagnostic.h"
#include "core/file_system.h"
#include "data/csv.h"
#include "data/series.h"

namespace icbgen {

struct SourceDocument {
    DocumentKind kind;
    std::string path;                  // relative to the site root, e.g. content/metrics/x.md
    std::string file_id;               // the file's stem (or the meeting folder for meeting.yaml)
    std::string meeting_id;            // for meeting, paper and minutes documents
    std::optional<YamlDocument> yaml;  // the front matter, or the whole YAML file
    bool schema_valid = false;         // the YAML passed its schema
    std::string body;                  // Markdown after the front matter
    int body_first_line = 1;
};

// A file that could not be read (bad UTF-8, no front matter, invalid YAML): the checks stay
// quiet about references to what it would have defined, so one mistake reports once.
struct UnreadableDocument {
    DocumentKind kind;
    std::string path;
    std::string file_id;
    std::string meeting_id;  // for meeting, paper and minutes documents
};

struct LoadedSite {
    std::vector<SourceDocument> documents;  // sorted by path
    std::vector<UnreadableDocument> unreadable;
    // data/metrics/*.csv, sorted by path, typed as they are read: a file's CSV records are
    // gone before the next file's are made, so the whole site's records are never held at
    // once (at 10,000 pages they were about a fifth of the front end's memory).
    std::vector<Series> series;
    // The organisation's logo named in site.yaml (content/site_logo.h): path and bytes, empty
    // when none is named or it could not be used.
    std::string logo_path, logo_bytes;
    SourceLocation logo_location;
};

class ParseCache;  // content/parse_cache.h
// With a cache, a file whose text is the same as at the last load through it is not parsed
// again (`icbgen serve`); the result and the diagnostics are the same either way. Files are
// read and parsed on `threads` threads (0: one per core); the result does not depend on it.
LoadedSite load_site(const FileSystem& fs, Diagnostics& diags, ParseCache* cache = nullptr,
                     int threads = 0);

// Reports a file that is not valid UTF-8 ("utf8-invalid"); returns false when it is not.
bool check_utf8(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace icbgen
