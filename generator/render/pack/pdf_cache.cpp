#include "render/pack/pdf_cache.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>
#include <vector>

#include "core/file_system.h"
#include "render/pack/child_process.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

// "path size mtime-ns", or "path missing": how a file is recognised without reading it.
std::string stamp(const fs::path& path) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return path.string() + " missing";
    auto size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
    auto time = fs::last_write_time(path, ec).time_since_epoch().count();
    return path.string() + " " + std::to_string(size) + " " + std::to_string(time);
}

// Prints weasyprint's module file, its metadata folder and its version, importing neither
// WeasyPrint nor anything it imports.
const char* kProbe =
    "import importlib.util, importlib.metadata as m\n"
    "spec = importlib.util.find_spec('weasyprint')\n"
    "print(spec.origin if spec and spec.origin else '')\n"
    "try:\n"
    "    d = m.distribution('weasyprint')\n"
    "    print(getattr(d, '_path', ''))\n"
    "    print(d.version)\n"
    "except Exception:\n"
    "    print('')\n"
    "    print('unknown')\n";

// The folders fontconfig finds fonts in (Debian's defaults, and the user's own): a font
// added or removed changes the time of the folder it is in.
std::string font_folders_stamp() {
    std::vector<fs::path> tops = {"/usr/share/fonts", "/usr/local/share/fonts"};
    if (const char* home = std::getenv("HOME"); home && *home) {
        tops.push_back(fs::path(home) / ".fonts");
        tops.push_back(fs::path(home) / ".local/share/fonts");
    }
    std::string out;
    for (const auto& top : tops) {
        std::error_code ec;
        if (!fs::is_directory(top, ec)) continue;
        std::vector<std::string> stamps = {stamp(top)};
        for (fs::recursive_directory_iterator it(top, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_directory(ec)) stamps.push_back(stamp(it->path()));
        std::sort(stamps.begin(), stamps.end());
        for (const auto& s : stamps) out += s + "\n";
    }
    return out;
}

}  // namespace

bool looks_like_whole_pdf(const std::string& bytes) {
    if (bytes.rfind("%PDF-", 0) != 0) return false;
    std::size_t end = bytes.size();
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '))
        --end;
    return end >= 5 && bytes.compare(end - 5, 5, "%%EOF") == 0;
}

std::optional<std::string> PdfCache::load(const std::string& key) const {
    fs::path path = dir_ / (key + ".pdf");
    auto bytes = read_disk_file(path);
    if (!bytes) return std::nullopt;
    std::error_code ec;
    if (looks_like_whole_pdf(*bytes)) {
        fs::last_write_time(path, fs::file_time_type::clock::now(), ec);  // used: kept
        return bytes;
    }
    fs::remove(path, ec);
    return std::nullopt;
}

std::size_t PdfCache::prune(fs::file_time_type now, std::chrono::hours keep) const {
    using Duration = fs::file_time_type::duration;
    std::error_code ec;
    std::vector<fs::path> old;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        const std::string name = entry.path().filename().string();
        const bool pdf = name.size() > 4 && name.ends_with(".pdf") && name[0] != '.';
        const bool temp = name.starts_with(".") && name.find(".pdf.tmp-") != std::string::npos;
        std::error_code file_ec;
        if ((!pdf && !temp) || !entry.is_regular_file(file_ec)) continue;
        const auto written = fs::last_write_time(entry.path(), file_ec);
        const auto limit =
            std::chrono::duration_cast<Duration>(pdf ? keep : std::chrono::hours(24));
        if (!file_ec && now - written > limit) old.push_back(entry.path());
    }
    std::size_t removed = 0;
    for (const auto& path : old)
        if (fs::remove(path, ec)) ++removed;
    return removed;
}

void PdfCache::store(const std::string& key, const std::string& pdf) const {
    if (!looks_like_whole_pdf(pdf)) return;
    std::error_code ec;
    fs::create_directories(dir_, ec);
    std::ostringstream tid;
    tid << std::this_thread::get_id();
    fs::path temp = dir_ / ("." + key + ".pdf.tmp-" + std::to_string(::getpid()) + "-" + tid.str());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << pdf;
        out.flush();
        if (!out) {
            out.close();
            fs::remove(temp, ec);
            return;
        }
    }
    fs::rename(temp, dir_ / (key + ".pdf"), ec);
    if (ec) fs::remove(temp, ec);
}

std::string weasyprint_identity(const PdfCache& cache, const std::string& program,
                                const std::vector<std::string>& interpreter,
                                const std::vector<std::string>& env) {
    std::error_code ec;
    fs::path python = fs::weakly_canonical(interpreter.front(), ec);
    std::string fixed = "launcher " + stamp(program) + "\ninterpreter ";
    for (const auto& part : interpreter) fixed += part + " ";
    fixed += "\n" + stamp(python.empty() ? fs::path(interpreter.front()) : python) + "\n" +
             font_folders_stamp();

    // The remembered probe: the fixed part, then "module/metadata stamps", then the version.
    // Every stamp must still match, or the probe runs again.
    const fs::path remembered = cache.dir() / "weasyprint-identity.txt";
    if (auto text = read_disk_file(remembered); text && text->rfind(fixed, 0) == 0) {
        std::istringstream rest(text->substr(fixed.size()));
        std::string module_stamp, metadata_stamp, version, module, metadata;
        std::getline(rest, module);
        std::getline(rest, module_stamp);
        std::getline(rest, metadata);
        std::getline(rest, metadata_stamp);
        std::getline(rest, version);
        if (!version.empty() && stamp(module) == module_stamp &&
            (metadata.empty() || stamp(metadata) == metadata_stamp))
            return *text;
    }

    fs::create_directories(cache.dir(), ec);
    const fs::path log = cache.dir() / (".probe-" + std::to_string(::getpid()) + ".log");
    std::vector<std::string> argv = interpreter;
    argv.insert(argv.end(), {"-c", kProbe});
    ChildResult r = run_child(argv, env, log.string(), 60);
    fs::remove(log, ec);
    std::istringstream lines(r.log);
    std::string module, metadata, version;
    std::getline(lines, module);
    std::getline(lines, metadata);
    std::getline(lines, version);
    if (r.exit_status != 0 || version.empty()) {
        // Unknown: a key that is never the same twice would defeat the cache; one made of
        // what we know is the best we have. Not remembered, so the probe runs again next time.
        return fixed + "probe failed\n" + r.log;
    }
    std::string text = fixed + module + "\n" + stamp(module) + "\n" + metadata + "\n" +
                       (metadata.empty() ? "" : stamp(metadata)) + "\n" + version + "\n";
    fs::path temp = remembered;
    temp += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
    }
    fs::rename(temp, remembered, ec);
    if (ec) fs::remove(temp, ec);
    return text;
}

}  // namespace icbgen
