#pragma once
// The value a renderer hands to the output stage: every file of an output tree. A FileSet keeps
// its files' bytes in memory (`serve`, `pack`, the tests), or, given a FileStore, hands each
// file's bytes to the store as it is added and keeps only its size: `build` gives the website's
// FileSet the staging folder of its output (output/staging_folder.h), so that each page is
// written as it is made and the pages are never all in memory at once (docs/PERFORMANCE.md,
// "Memory of the pages").
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace icbgen {

// Where a FileSet keeps the bytes it does not hold. `put` and `get` may be called from several
// threads at once, for different paths.
class FileStore {
public:
    virtual ~FileStore() = default;
    // Keeps `bytes` as the file at `path`, in place of any earlier one. Returns true when the
    // store held exactly these bytes already (a file of the output being replaced). A failure
    // is kept by the store and reported by its owner (the write stage), not here.
    virtual bool put(const std::string& path, const std::string& bytes) = 0;
    // The bytes kept at `path`; nullopt when they cannot be read back.
    virtual std::optional<std::string> get(const std::string& path) const = 0;
    // True once a file could not be kept: the files are incomplete from then on, and the
    // store's owner says why.
    virtual bool failed() const = 0;
};

struct FileSet {
    struct File {
        std::string bytes;       // the file's bytes, unless `stored`
        std::size_t size = 0;    // the file's size in bytes, stored or not
        bool stored = false;     // the bytes are in the store only
        bool unchanged = false;  // stored, and the store held these bytes already
    };
    std::map<std::string, File> files;  // relative path ('/'-separated) -> file
    std::shared_ptr<FileStore> store;   // none: every file's bytes in memory

    FileSet() = default;
    explicit FileSet(std::shared_ptr<FileStore> s) : store(std::move(s)) {}

    // The File for `bytes` at `path`: handed to the store when there is one. Safe to call from
    // several threads at once for different paths; `put` then records it (one thread).
    File make(const std::string& path, std::string bytes) const;
    void put(const std::string& path, File file) { files[path] = std::move(file); }
    void add(const std::string& path, std::string bytes) {
        put(path, make(path, std::move(bytes)));
    }
    bool contains(const std::string& path) const { return files.count(path) > 0; }
    // The bytes of the file at `path`, read back from the store when they are there; nullopt
    // when there is no such file or its bytes cannot be read back.
    std::optional<std::string> read(const std::string& path) const;
    // The bytes of `file`, this set's file at `path`: the bytes in memory, or `kept` with the
    // bytes read back into it ("" when they cannot be), so that a file in memory is not copied.
    const std::string& bytes_of(const std::string& path, const File& file, std::string& kept) const;
    // Adds every file of `other` (a file of the same path is replaced), handing its bytes to
    // this set's store unless it is in that store already. A file of another store that
    // cannot be read back is left out (so the link check reports the links to it).
    void merge(FileSet other);
};

}  // namespace icbgen
