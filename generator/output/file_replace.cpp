#include "output/file_replace.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace icbgen {

bool replace_file(const std::string& path, const std::string& text, Diagnostics& diags) {
    fs::path target(path);
    std::error_code ec;
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    fs::create_directories(folder, ec);
    fs::path temp =
        folder / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    auto fail = [&](const std::string& what) {
        diags.error("io", {path, 0, 0}, "could not write this file: " + what,
                    "check the folder exists and is writable; the file was left as it was");
        fs::remove(temp, ec);
        return false;
    };
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail(std::strerror(errno));
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            std::string why = std::strerror(errno);
            ::close(fd);
            return fail(why);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) return fail(std::strerror(errno));
    if (::rename(temp.c_str(), target.c_str()) != 0) return fail(std::strerror(errno));
    return true;
}

}  // namespace icbgen
