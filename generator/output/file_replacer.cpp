#include "output/file_replacer.h"

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>

#include "output/atomic_writer.h"
#include "output/output_marker.h"
#include "output/output_paths.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

fs::path staged_name(const fs::path& target, long pid) {
    return target.parent_path() /
           ("." + target.filename().string() + ".new-" + std::to_string(pid));
}

bool process_alive(long pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0; }

// Deletes ".<name>.new-<pid>" files beside `target` that a killed run left.
void remove_leftovers(const fs::path& target) {
    std::error_code ec;
    const std::string prefix = "." + target.filename().string() + ".new-";
    for (const auto& e : fs::directory_iterator(target.parent_path(), ec)) {
        std::string name = e.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        long pid = std::atol(name.c_str() + prefix.size());
        if (!process_alive(pid)) fs::remove(e.path(), ec);
    }
}

}  // namespace

void check_existing_output(const fs::path& dir, const std::string& option, Diagnostics& diags) {
    std::error_code ec;
    if (fs::is_directory(dir, ec) && fs::exists(dir / kOutputMarkerName, ec)) return;
    diags.error("pack-no-output", {dir.string(), 0, 0},
                "'" + dir.string() + "' (" + option +
                    ") is not a folder icbgen has built, so `pack` has nothing to update",
                "run `icbgen build` first (with the same --out and --private-out); `pack` then "
                "replaces only this meeting's packs in it");
}

bool replace_files(const std::vector<FileReplacement>& folders, Diagnostics& diags) {
    for (const auto& f : folders) check_existing_output(f.dir, f.option, diags);
    if (diags.has_errors()) return false;

    struct Staged {
        fs::path staged, target;
    };
    std::vector<Staged> staged;
    auto undo = [&] {
        std::error_code ec;
        for (const auto& s : staged) fs::remove(s.staged, ec);
    };
    const long pid = static_cast<long>(::getpid());
    for (const auto& f : folders) {
        for (const auto& [rel, file] : f.files->files) {
            if (!is_safe_relative(rel)) {
                diags.error("io", {rel, 0, 0}, "refusing to write outside the output: " + rel);
                undo();
                return false;
            }
            fs::path target = f.dir / rel;
            std::error_code ec;
            fs::create_directories(target.parent_path(), ec);
            remove_leftovers(target);
            fs::path temp = staged_name(target, pid);
            staged.push_back({temp, target});
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            std::string kept;
            const std::string& bytes = f.files->bytes_of(rel, file, kept);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.close();
            if (ec || !out) {
                diags.error("io", {target.string(), 0, 0},
                            "could not write " + target.string() + "; nothing was changed");
                undo();
                return false;
            }
        }
    }
    pause_for_test("pack-staged");
    for (const auto& s : staged) {
        std::error_code ec;
        fs::rename(s.staged, s.target, ec);
        if (ec) {
            diags.error("io", {s.target.string(), 0, 0},
                        "could not put " + s.target.string() + " in place: " + ec.message());
            undo();
            return false;
        }
    }
    for (const auto& f : folders)
        for (const auto& rel : f.remove)
            if (!f.files->files.count(rel) && is_safe_relative(rel)) {
                std::error_code ec;
                fs::remove(f.dir / rel, ec);
            }
    return true;
}

}  // namespace icbgen
