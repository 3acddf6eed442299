#include "output/atomic_writer.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace icbgen {

namespace {

// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE); false if unsupported.
bool exchange(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
    constexpr unsigned kRenameExchange = 2;
    return syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange) == 0;
#else
    (void)a;
    (void)b;
    return false;
#endif
}

bool safe_relative(const std::string& p) {
    if (p.empty() || p.front() == '/') return false;
    for (const auto& part : fs::path(p))
        if (part == ".." || part == ".") return false;
    return true;
}

}  // namespace

bool write_atomically(const FileSet& files, const std::string& out_dir, Diagnostics& diags) {
    fs::path out = fs::absolute(out_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    fs::path staging = out.parent_path() / ("." + out.filename().string() + ".new-" +
                                            std::to_string(::getpid()));
    fs::path old = out.parent_path() / ("." + out.filename().string() + ".old-" +
                                        std::to_string(::getpid()));
    std::error_code ec;
    auto fail = [&](const std::string& what) {
        diags.error("io", {out.string(), 0, 0}, what + "; the previous output is unchanged");
        fs::remove_all(staging, ec);
        return false;
    };
    fs::remove_all(staging, ec);
    fs::create_directories(staging, ec);
    if (ec) return fail("could not create " + staging.string() + ": " + ec.message());
    for (const auto& [rel, bytes] : files.files) {
        if (!safe_relative(rel)) return fail("refusing to write outside the output: " + rel);
        fs::path target = staging / rel;
        fs::create_directories(target.parent_path(), ec);
        if (ec) return fail("could not create " + target.parent_path().string());
        std::ofstream f(target, std::ios::binary | std::ios::trunc);
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        f.close();
        if (!f) return fail("could not write " + target.string());
    }
    if (!fs::exists(out)) {
        fs::create_directories(out.parent_path(), ec);
        fs::rename(staging, out, ec);
        if (ec) return fail("could not move the new output into place: " + ec.message());
        return true;
    }
    if (!fs::is_directory(out)) return fail(out.string() + " exists and is not a folder");
    if (exchange(staging, out)) {
        fs::remove_all(staging, ec);  // now holds the previous output
        return true;
    }
    // Fallback without RENAME_EXCHANGE: two renames, restoring on failure.
    fs::rename(out, old, ec);
    if (ec) return fail("could not move the previous output aside: " + ec.message());
    fs::rename(staging, out, ec);
    if (ec) {
        std::error_code restore;
        fs::rename(old, out, restore);
        return fail("could not move the new output into place: " + ec.message());
    }
    fs::remove_all(old, ec);
    return true;
}

}  // namespace icbgen
