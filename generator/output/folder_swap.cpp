#include "output/folder_swap.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace fs = std::filesystem;

namespace icbgen {

std::optional<FolderId> folder_id(const fs::path& p) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) return std::nullopt;
    return FolderId{st.st_dev, st.st_ino};
}

bool exchange_paths(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
    constexpr unsigned kRenameExchange = 2;
    return ::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange) == 0;
#else
    (void)a;
    (void)b;
    errno = ENOSYS;
    return false;
#endif
}

namespace {
const char* suffix(Leftover kind) {
    switch (kind) {
        case Leftover::staging_new: return "new-";
        case Leftover::staging_old: return "old-";
        case Leftover::journal: return "icbgen-journal-";
        case Leftover::journal_temp: return "icbgen-journal-tmp-";
        case Leftover::none: break;
    }
    return "";
}
}  // namespace

fs::path leftover_path(const fs::path& target, Leftover kind, long pid) {
    return target.parent_path() /
           ("." + target.filename().string() + "." + suffix(kind) + std::to_string(pid));
}

Leftover parse_leftover(const fs::path& target, const std::string& file_name, long& pid) {
    const std::string prefix = "." + target.filename().string() + ".";
    if (file_name.compare(0, prefix.size(), prefix) != 0) return Leftover::none;
    for (Leftover kind : {Leftover::staging_new, Leftover::staging_old, Leftover::journal,
                          Leftover::journal_temp}) {
        const std::string head = prefix + suffix(kind);
        if (file_name.size() <= head.size() || file_name.compare(0, head.size(), head) != 0)
            continue;
        const std::string digits = file_name.substr(head.size());
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
            continue;
        pid = std::stol(digits);
        return kind;
    }
    return Leftover::none;
}

bool process_gone(long pid) {
    if (pid <= 0 || pid == static_cast<long>(::getpid())) return true;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace icbgen
