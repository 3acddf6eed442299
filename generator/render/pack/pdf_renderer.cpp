#include "render/pack/pdf_renderer.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string_view>
#include <thread>

#include "core/file_system.h"
#include "core/resources.h"
#include "core/sha256.h"
#include "render/pack/child_process.h"
#include "render/pack/pdf_cache.h"

extern char** environ;

namespace fs = std::filesystem;

namespace icbgen {

namespace {

// The last few lines a failed run printed, for the diagnostic.
std::string tail_lines(const std::string& text, int lines) {
    std::size_t pos = text.size();
    while (pos > 0 && (text[pos - 1] == '\n' || text[pos - 1] == ' ')) --pos;
    std::size_t end = pos;
    for (int n = 0; pos > 0; --pos)
        if (text[pos - 1] == '\n' && ++n == lines) break;
    std::string out = text.substr(pos, end - pos);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

// The child's environment: ours, with the settings that make WeasyPrint's output repeatable
// (fontTools stamps subset fonts with SOURCE_DATE_EPOCH instead of the clock).
std::vector<std::string> child_environment(long long source_date_epoch) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string_view v(*e);
        if (v.rfind("SOURCE_DATE_EPOCH=", 0) == 0 || v.rfind("PYTHONHASHSEED=", 0) == 0) continue;
        env.emplace_back(v);
    }
    env.push_back("SOURCE_DATE_EPOCH=" + std::to_string(source_date_epoch));
    env.push_back("PYTHONHASHSEED=0");
    return env;
}

// The interpreter (and its one optional argument) on the #! line of the `weasyprint` command:
// the Python whose WeasyPrint that command runs. nullopt when it is not a script.
std::optional<std::vector<std::string>> launcher_interpreter(const std::string& program) {
    std::ifstream in(program, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line) || line.rfind("#!", 0) != 0) return std::nullopt;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    std::size_t b = 2;
    while (b < line.size() && space(line[b])) ++b;
    std::size_t e = b;
    while (e < line.size() && !space(line[e])) ++e;
    if (e == b) return std::nullopt;
    std::vector<std::string> out = {line.substr(b, e - b)};
    std::size_t a = e;
    while (a < line.size() && space(line[a])) ++a;
    std::size_t z = line.size();
    while (z > a && space(line[z - 1])) --z;
    if (z > a) out.push_back(line.substr(a, z - a));  // Linux passes the rest as one argument
    return out;
}

// The resources WeasyPrint was refused, from the driver's "icbgen-refused: <url>" lines.
std::vector<std::string> refused_urls(const std::string& log) {
    static const std::string prefix = "icbgen-refused: ";
    std::vector<std::string> out;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(prefix, 0) == 0) out.push_back(line.substr(prefix.size()));
    return out;
}

}  // namespace

std::optional<std::string> find_program(const std::string& command) {
    if (command.empty()) return std::nullopt;
    if (command.find('/') != std::string::npos)
        return ::access(command.c_str(), X_OK) == 0 ? std::optional(command) : std::nullopt;
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/local/bin:/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        if (dir.empty()) continue;
        std::string candidate = dir + "/" + command;
        if (::access(candidate.c_str(), X_OK) == 0 && fs::is_regular_file(candidate))
            return candidate;
    }
    return std::nullopt;
}

std::vector<std::optional<std::string>> render_pdfs(const std::vector<PdfJob>& jobs,
                                                    const PdfOptions& options, Diagnostics& diags) {
    std::vector<std::optional<std::string>> out(jobs.size());
    if (jobs.empty()) return out;
    auto program = find_program(options.command);
    if (!program) {
        diags.error("pdf-tool-missing", jobs.front().origin,
                    "cannot make the PDF packs: the command '" + options.command +
                        "' (WeasyPrint) was not found",
                    "run scripts/setup, which installs Debian's weasyprint package");
        return out;
    }
    auto interpreter = launcher_interpreter(*program);
    if (!interpreter) {
        diags.error("pdf-tool-missing", jobs.front().origin,
                    "cannot make the PDF packs: the command '" + *program +
                        "' is not WeasyPrint's Python launcher (it has no #! line), and icbgen "
                        "drives WeasyPrint through that Python to control what a PDF may load",
                    "unset ICBGEN_WEASYPRINT, or point it at the weasyprint command of Debian's "
                    "weasyprint package");
        return out;
    }
    auto driver_source = embedded_file("generator/render/pack/weasyprint_driver.py");
    if (!driver_source) {
        diags.error("io", jobs.front().origin, "the WeasyPrint driver is missing from icbgen");
        return out;
    }
    // What the cache already holds; only the rest is made.
    std::vector<std::size_t> todo;
    std::vector<std::string> keys(jobs.size());
    std::optional<PdfCache> cache;
    if (!options.cache_dir.empty()) {
        cache.emplace(options.cache_dir);
        cache->prune(std::filesystem::file_time_type::clock::now(), kPdfCacheKeep);
        std::string tool =
            weasyprint_identity(*cache, *program, *interpreter, child_environment(0));
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            keys[i] = Sha256()
                          .add_field("icbgen pdf cache 1")
                          .add_field(tool)
                          .add_field(*driver_source)
                          .add_field(options.tagged ? "pdf/ua-1" : "")
                          .add_field(std::to_string(jobs[i].source_date_epoch))
                          .add_field(jobs[i].html)
                          .hex();
            if (auto pdf = cache->load(keys[i]))
                out[i] = std::move(pdf);
            else
                todo.push_back(i);
        }
    } else {
        for (std::size_t i = 0; i < jobs.size(); ++i) todo.push_back(i);
    }
    if (todo.empty()) return out;

    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "icbgen-pack-XXXXXX").string();
    if (ec || !::mkdtemp(pattern.data())) {
        diags.error("io", jobs.front().origin, "cannot create a temporary folder for the PDFs");
        return out;
    }
    const fs::path temp = pattern;

    const fs::path driver = temp / "weasyprint_driver.py";
    std::ofstream(driver, std::ios::binary) << *driver_source;

    std::mutex diags_mutex;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t t = next++; t < todo.size(); t = next++) {
            const std::size_t i = todo[t];
            const PdfJob& job = jobs[i];
            fs::path dir = temp / std::to_string(i);
            fs::create_directories(dir);
            fs::path html = dir / "pack.html", pdf = dir / "pack.pdf";
            std::ofstream(html, std::ios::binary) << job.html;
            std::vector<std::string> argv = *interpreter;
            argv.insert(argv.end(), {driver.string(), "--allow", dir.string()});
            if (options.tagged) argv.insert(argv.end(), {"--pdf-variant", "pdf/ua-1"});
            argv.insert(argv.end(), {html.string(), pdf.string()});
            ChildResult r = run_child(argv, child_environment(job.source_date_epoch),
                                      (dir / "log.txt").string(), options.timeout_seconds);
            std::optional<std::string> bytes;
            if (r.exit_status == 0 && !r.timed_out) bytes = read_disk_file(pdf);
            std::lock_guard lock(diags_mutex);
            for (const auto& url : refused_urls(r.log))
                diags.warning("pdf-fetch-refused", job.origin,
                              "a PDF pack of this meeting leaves out '" + url +
                                  "': PDFs load only the build's own files, never from the "
                                  "network or elsewhere on the disk",
                              "remove the image or link from the paper, or give its content "
                              "as a table or in words");
            if (bytes && bytes->rfind("%PDF-", 0) == 0) {
                if (cache) cache->store(keys[i], *bytes);
                out[i] = std::move(bytes);
            } else {
                std::string why = r.timed_out ? "it took longer than " +
                                                    std::to_string(options.timeout_seconds) +
                                                    " s and was stopped"
                                  : r.exit_status < 0 ? r.log
                                  : r.exit_status == 0
                                      ? "it wrote no PDF"
                                      : "it exited with status " + std::to_string(r.exit_status) +
                                            ": " + tail_lines(r.log, 3);
                diags.error("pdf-failed", job.origin,
                            "WeasyPrint could not make " + job.what + ": " + why,
                            r.timed_out ? "a machine this busy may need more time: set "
                                          "ICBGEN_PDF_TIMEOUT to a number of seconds"
                                        : "run `" + *program +
                                              " --verbose` on the pack.html "
                                              "to see more");
            }
        }
    };
    int hw = options.jobs > 0 ? options.jobs
                              : std::min(4, static_cast<int>(std::thread::hardware_concurrency()));
    std::size_t n =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(hw, 1)), 1, todo.size());
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < n; ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    fs::remove_all(temp, ec);
    return out;
}

}  // namespace icbgen
