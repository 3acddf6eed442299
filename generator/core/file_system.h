#pragma once
// All file reading goes through this interface so tests can use an in-memory tree.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace icbgen {

// A whole file on disk, or nullopt when it is missing, not a regular file or unreadable: for
// files outside a site's folder (PDFs a tool wrote, the PDF cache, a child's log).
std::optional<std::string> read_disk_file(const std::string& path);

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Contents of a file relative to the root, or nullopt if it does not exist or is unreadable.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    virtual bool exists(const std::string& path) const = 0;
    // Every regular file below `dir` (relative to the root, '/'-separated), sorted.
    virtual std::vector<std::string> list(const std::string& dir) const = 0;
};

class DiskFileSystem final : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    std::optional<std::string> read(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;
    const std::string& root() const { return root_; }

private:
    std::string root_;
};

class MemoryFileSystem final : public FileSystem {
public:
    void add(std::string path, std::string contents) {
        files_[std::move(path)] = std::move(contents);
    }
    std::optional<std::string> read(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;

private:
    std::map<std::string, std::string> files_;
};

}  // namespace icbgen
