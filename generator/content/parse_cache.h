#pragma once
// The parse of each source file, kept between the loads of one process (`icbgen serve`) so
// that a rebuild after an edit parses only the files whose text changed. An entry is keyed by
// the file's path and its exact text (compared whole: no hash to collide), and holds all that
// loading the file gave, its diagnostics included: a load through the cache reports exactly
// what a fresh load does.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "content/content_loader.h"

namespace icbgen {

// What loading one file gave (a document can be both kept and unreadable: its YAML failed).
struct LoadedFile {
    std::optional<Series> series;
    std::optional<SourceDocument> document;
    std::optional<UnreadableDocument> unreadable;
    Diagnostics diags;
};

class ParseCache {
public:
    // The file loaded from exactly `text` at `path` last time, or nullopt. Its YAML nodes are
    // shared with the cached copy (YAML::Node copies share their nodes; YAML::Clone would lose
    // the source positions): the stages after loading read the YAML through const nodes and
    // yaml_child (content/yaml_document.h), which never subscripts, so no build changes it.
    std::optional<LoadedFile> find(const std::string& path, const std::string& text) const;
    void store(const std::string& path, const std::string& text, const LoadedFile& file);
    // Forgets the files not in `paths` (deleted or renamed since).
    void keep_only(const std::set<std::string>& paths);

    // How many files the last load parsed, and how many it took from the cache.
    std::size_t parsed = 0, reused = 0;

private:
    std::map<std::string, std::pair<std::string, LoadedFile>> files_;  // path -> (text, file)
};

}  // namespace icbgen
