#include "cli/stub_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace icbgen {

std::string fill_stub(std::string text,
                      const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values) {
        const std::string placeholder = "{" + key + "}";
        for (std::size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

namespace {

std::string write_temp(const fs::path& temp, const std::string& text) {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    return out ? "" : "could not write " + temp.string();
}

}  // namespace

std::string write_new_file(const fs::path& path, const std::string& text) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec)))
        return path.string() + " already exists; icbgen never writes over a file";
    fs::create_directories(path.parent_path(), ec);
    if (ec) return "could not create " + path.parent_path().string() + ": " + ec.message();
    fs::path temp = path.parent_path() /
                    ("." + path.filename().string() + ".new-" + std::to_string(::getpid()));
    if (auto why = write_temp(temp, text); !why.empty()) {
        fs::remove(temp, ec);
        return why;
    }
    int rc = ::link(temp.c_str(), path.c_str());
    int err = errno;
    fs::remove(temp, ec);
    if (rc != 0)
        return err == EEXIST ? path.string() + " already exists; icbgen never writes over a file"
                             : "could not write " + path.string() + ": " + std::strerror(err);
    return "";
}

std::string replace_file(const fs::path& path, const std::string& text) {
    std::error_code ec;
    fs::path temp = path.parent_path() /
                    ("." + path.filename().string() + ".new-" + std::to_string(::getpid()));
    if (auto why = write_temp(temp, text); !why.empty()) {
        fs::remove(temp, ec);
        return why;
    }
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        return "could not write " + path.string();
    }
    return "";
}

std::string yaml_quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace icbgen
