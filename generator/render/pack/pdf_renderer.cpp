#include "render/pack/pdf_renderer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string_view>
#include <thread>

extern char** environ;

namespace fs = std::filesystem;

namespace icbgen {

namespace {

std::optional<std::string> slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

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

struct RunResult {
    int exit_status = -1;
    std::string log;
};

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

RunResult run(const std::string& program, const std::vector<std::string>& args,
              const std::vector<std::string>& env, const fs::path& log_path) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    RunResult result;
    if (rc != 0) {
        result.log = std::string("could not start it: ") + std::strerror(rc);
        return result;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.log = slurp(log_path).value_or("");
    return result;
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
                                                    const PdfOptions& options,
                                                    Diagnostics& diags) {
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
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "icbgen-pack-XXXXXX").string();
    if (ec || !::mkdtemp(pattern.data())) {
        diags.error("io", jobs.front().origin, "cannot create a temporary folder for the PDFs");
        return out;
    }
    const fs::path temp = pattern;

    std::mutex diags_mutex;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            const PdfJob& job = jobs[i];
            fs::path dir = temp / std::to_string(i);
            fs::create_directories(dir);
            fs::path html = dir / "pack.html", pdf = dir / "pack.pdf";
            std::ofstream(html, std::ios::binary) << job.html;
            std::vector<std::string> args = {"--encoding", "utf-8"};
            if (options.tagged) args.insert(args.end(), {"--pdf-variant", "pdf/ua-1"});
            args.insert(args.end(), {html.string(), pdf.string()});
            RunResult r = run(*program, args, child_environment(job.source_date_epoch), dir / "log.txt");
            std::optional<std::string> bytes;
            if (r.exit_status == 0) bytes = slurp(pdf);
            std::lock_guard lock(diags_mutex);
            if (bytes && bytes->rfind("%PDF-", 0) == 0) {
                out[i] = std::move(bytes);
            } else {
                std::string why = r.exit_status < 0 ? r.log
                                  : r.exit_status == 0
                                      ? "it wrote no PDF"
                                      : "it exited with status " + std::to_string(r.exit_status) +
                                            ": " + tail_lines(r.log, 3);
                diags.error("pdf-failed", job.origin,
                            "WeasyPrint could not make " + job.what + ": " + why,
                            "run `" + *program + " --verbose` on the pack.html to see more");
            }
        }
    };
    int hw = options.jobs > 0 ? options.jobs
                              : std::min(4, static_cast<int>(std::thread::hardware_concurrency()));
    std::size_t n = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(hw, 1)), 1, jobs.size());
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < n; ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    fs::remove_all(temp, ec);
    return out;
}

}  // namespace icbgen
