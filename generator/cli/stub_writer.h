#pragma once
// Writing the files of `icbgen new` and `icbgen init`: never over an existing file, and never
// half: each file is written in full to a temporary name beside it and then linked into place
// (link(2) fails when the name is taken, so a file that appeared meanwhile is kept too).
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace icbgen {

// The embedded stub `name` (under stubs/) with each "{key}" replaced by its value.
std::string fill_stub(std::string text,
                      const std::vector<std::pair<std::string, std::string>>& values);

// Writes `text` to `path` (creating its folders) unless `path` exists. Returns "" or why not.
std::string write_new_file(const std::filesystem::path& path, const std::string& text);

// Replaces an existing file's bytes atomically (temporary file, then rename).
std::string replace_file(const std::filesystem::path& path, const std::string& text);

// A YAML double-quoted string holding `text`.
std::string yaml_quoted(const std::string& text);

}  // namespace icbgen
