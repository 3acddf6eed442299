#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "cli/app.h"
#include "cli/pdf_cache_option.h"
#include "cli/render_outputs.h"
#include "content/parse_cache.h"
#include "core/diagnostic_format.h"
#include "render/pack/pdf_renderer.h"
#include "render/site/page_memo.h"
#include "serve/dev_pages.h"
#include "serve/file_watcher.h"
#include "serve/http_server.h"
#include "serve/site_server.h"
#include "site_map/site_paths.h"

namespace icbgen {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time the process has used (every thread), in ms: on a busy machine it says more about
// the rebuild than the time on the clock.
double cpu_ms() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

std::string timing(Clock::time_point start, double cpu_start) {
    char text[64];
    std::snprintf(text, sizeof text, "%.0f ms (cpu %.0f ms)", ms_since(start),
                  cpu_ms() - cpu_start);
    return text;
}

// Pack PDFs, made when first asked for and kept until their HTML changes; also kept on disk
// where `build` keeps them (<root>/.icbgen-cache/pdf, render/pack/pdf_cache.h), so a PDF that
// `build` or an earlier `serve` made from the same input is not made again.
class PdfOnRequest {
public:
    PdfOnRequest(int jobs, std::string disk_cache)
        : jobs_(jobs), disk_cache_(std::move(disk_cache)) {}
    std::optional<std::string> get(const std::string& key, const PdfJob& job, std::string& error) {
        std::lock_guard lock(mutex_);  // one WeasyPrint at a time
        auto it = made_.find(key);
        if (it != made_.end() && it->second.first == job.html) return it->second.second;
        Diagnostics diags;
        auto pdfs = render_pdfs({job}, pack_pdf_options(jobs_, disk_cache_), diags);
        if (pdfs.empty() || !pdfs[0]) {
            for (const auto& d : diags.items())
                if (d.severity == Severity::error) error += (error.empty() ? "" : "; ") + d.message;
            if (error.empty()) error = "WeasyPrint failed";
            return std::nullopt;
        }
        made_[key] = {job.html, *pdfs[0]};
        return pdfs[0];
    }

private:
    int jobs_;
    std::string disk_cache_;
    std::mutex mutex_;
    std::map<std::string, std::pair<std::string, std::string>> made_;  // key -> (html, pdf)
};

class Rebuilder {
public:
    Rebuilder(const CommonOptions& common, const ServeOptions& options)
        : common_(common),
          options_(options),
          pdfs_(std::make_shared<PdfOnRequest>(options.jobs,
                                               pdf_cache_folder(common, BuildOptions{}))) {
        // The stylesheets for an error page shown before any build succeeded.
        auto fallback = std::make_shared<FileSet>();
        std::string assets = options.assets.empty() ? default_assets(common.root) : options.assets;
        if (!assets.empty()) {
            DiskFileSystem dist(assets);
            if (auto css = dist.read("nhsuk-frontend.min.css"))
                fallback->add(site_paths::nhsuk_dir() + "nhsuk-frontend.min.css", *css);
        }
        last_site_ = fallback;
        last_private_ = std::make_shared<FileSet>();
    }

    // Loads, checks and renders the pages; the snapshot to serve at once, and a line for the
    // log. When it is not complete, finish() adds the workbooks and checks the links.
    SiteSnapshot build(std::string& summary) {
        auto start = Clock::now();
        double cpu_start = cpu_ms();
        pending_.reset();
        fe_.reset();
        fe_ = run_front_end(common_, &parses_);
        double front_end_cpu = cpu_ms() - cpu_start;
        if (!fe_) {
            Diagnostics gone;
            gone.error("io", {common_.root, 0, 0},
                       "the site folder has no content/ folder any more");
            summary = "the site folder has no content/ folder";
            return failed(gone.items(), nullptr);
        }
        Diagnostics& diags = fe_->diags;
        std::optional<RenderedOutputs> rendered;
        double render_cpu = 0;
        if (!diags.has_errors()) {
            double render_start = cpu_ms();
            rendered = render_pages(*fe_, common_.root, render_options(&pages_, &templates_));
            templates_.forget_unused();
            render_cpu = cpu_ms() - render_start;
            diags.append(rendered->diags);
            if (common_.strict) diags.promote_warnings();
            diags.sort_and_dedupe();
        }
        print_errors();
        std::string ms = timing(start, cpu_start);
        if (diags.has_errors()) {
            summary = counts_text(diags) + ": showing the error page (" + ms + ")";
            return failed(errors(), fe_->fs.get());
        }
        pending_ = std::move(*rendered);
        SiteSnapshot snapshot = snapshot_of(*pending_, false);
        std::size_t pages = 0;
        for (const auto& [path, _] : snapshot.site->files)
            if (path.ends_with(".html")) ++pages;
        summary = std::to_string(pages) + " pages; " + counts_text(diags) + "; " +
                  breakdown(front_end_cpu, render_cpu) + "; " + ms;
        return snapshot;
    }

    // The workbooks and the link check, after the pages are served: the complete snapshot, or
    // nothing when build() left nothing to finish.
    std::optional<SiteSnapshot> finish(std::string& summary) {
        if (!pending_ || !fe_) return std::nullopt;
        auto start = Clock::now();
        double cpu_start = cpu_ms();
        pending_->diags = {};
        finish_outputs(*fe_, common_.root, render_options(), *pending_);
        Diagnostics& diags = fe_->diags;
        diags.append(pending_->diags);
        if (common_.strict) diags.promote_warnings();
        diags.sort_and_dedupe();
        std::string ms = timing(start, cpu_start);
        RenderedOutputs done = std::move(*pending_);
        pending_.reset();
        if (diags.has_errors()) {
            print_errors();
            summary =
                counts_text(diags) + " after the link check: showing the error page (" + ms + ")";
            return failed(errors(), fe_->fs.get());
        }
        summary = "workbooks and link check: " + counts_text(diags) + "; " + ms;
        return snapshot_of(done, true);
    }

private:
    RenderOptions render_options(PageMemo* pages = nullptr,
                                 TemplateMemo* templates = nullptr) const {
        // The search index is kept where `build` keeps it, part by part, so a rebuild after an
        // edit runs Pagefind only for the parts whose pages changed (cli/search_index.h).
        return {options_.base_url,
                options_.assets,
                options_.jobs,
                true,
                {},
                {},
                search_cache_folder(common_, BuildOptions{}),
                pages,
                templates};
    }

    // Where a rebuild's CPU time went (the clock says little on a busy machine), and how much
    // it could reuse from the last one.
    std::string breakdown(double front_end_cpu, double render_cpu) const {
        char text[200];
        std::snprintf(text, sizeof text,
                      "load and check: cpu %.0f ms (%zu files parsed, %zu kept); pages, "
                      "downloads and packs: cpu %.0f ms (%zu pages rendered, %zu kept)",
                      front_end_cpu, parses_.parsed, parses_.reused, render_cpu,
                      pages_.rendered.load(), pages_.reused.load());
        return text;
    }

    void print_errors() const {
        // Errors in full; warnings are on every page (the panel), so only counted here
        // unless --verbose.
        DiagnosticFormatter formatter(fe_->fs.get());
        for (const auto& d : fe_->diags.items())
            if (d.severity == Severity::error ||
                (common_.verbose && d.severity == Severity::warning))
                std::cerr << formatter.format(d);
    }

    std::vector<Diagnostic> of_severity(Severity severity) const {
        std::vector<Diagnostic> out;
        for (const auto& d : fe_->diags.items())
            if (d.severity == severity) out.push_back(d);
        return out;
    }
    std::vector<Diagnostic> errors() const { return of_severity(Severity::error); }

    // The error page, over the last good build's files (for the stylesheets).
    SiteSnapshot failed(const std::vector<Diagnostic>& errors, const FileSystem* sources) {
        SiteSnapshot snapshot;
        snapshot.site = last_site_;
        snapshot.private_files = last_private_;
        snapshot.error_page = error_page(errors, sources, stylesheets());
        return snapshot;
    }

    // A snapshot of `rendered` (copied: a complete one may follow from the same files).
    SiteSnapshot snapshot_of(const RenderedOutputs& rendered, bool complete) {
        SiteSnapshot snapshot;
        last_site_ = std::make_shared<const FileSet>(rendered.site);
        last_private_ = std::make_shared<const FileSet>(rendered.private_files);
        snapshot.site = last_site_;
        snapshot.private_files = last_private_;
        snapshot.complete = complete;
        auto jobs = std::make_shared<std::map<std::string, PdfJob>>();
        for (const auto& pdf : rendered.deferred_pdfs) {
            std::string path = pdf.is_private ? kPrivatePrefix + pdf.path : pdf.path;
            snapshot.deferred_pdfs.insert(path);
            (*jobs)[path] = pdf.job;
        }
        snapshot.make_pdf = [jobs, cache = pdfs_](const std::string& path, std::string& error) {
            return cache->get(path, jobs->at(path), error);
        };
        snapshot.warnings_panel = warnings_panel(of_severity(Severity::warning), fe_->fs.get());
        return snapshot;
    }

    static std::vector<std::string> stylesheets() {
        return {"/" + site_paths::nhsuk_dir() + "nhsuk-frontend.min.css",
                "/" + site_paths::stylesheet()};
    }

    CommonOptions common_;
    ServeOptions options_;
    std::shared_ptr<PdfOnRequest> pdfs_;
    ParseCache parses_;       // each source file's parse, reused while its text is unchanged
    PageMemo pages_;          // each page's bytes, reused while its view is unchanged
    TemplateMemo templates_;  // every other render (packs, stylesheets), the same way
    std::shared_ptr<const FileSet> last_site_, last_private_;
    std::optional<FrontEnd> fe_;              // the build in progress
    std::optional<RenderedOutputs> pending_;  // its pages, until finish()
};

}  // namespace

int run_serve(const CommonOptions& common, const ServeOptions& options) {
    {
        // Not a site folder: say so (run_front_end prints why) before binding anything.
        std::error_code ec;
        if (!std::filesystem::is_directory(std::filesystem::path(common.root) / "content", ec)) {
            run_front_end(common);
            return kExitUsage;
        }
    }
    // SIGINT and SIGTERM go to one thread that stops the server; every other thread,
    // started below, inherits the blocked mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    SiteServer site(options.serve_private);
    HttpServer http([&site](const HttpRequest& request) { return site.handle(request); });
    std::string error;
    int port = http.bind(options.bind, options.port, error);
    if (port < 0) {
        std::cerr << "icbgen: error: cannot listen on " << options.bind << ":" << options.port
                  << ": " << error << "\n  = hint: "
                  << (options.port == kDefaultServePort
                          ? "another icbgen serve may be running; pass --port N for another port"
                          : "pass --port with a free port, or --port 0 for any free port")
                  << "\n";
        return kExitUsage;
    }

    Rebuilder rebuilder(common, options);
    std::string summary, finished;
    site.publish(rebuilder.build(summary));
    if (auto complete = rebuilder.finish(finished)) site.publish(std::move(*complete), false);
    std::string host =
        options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
    std::cout << "serve: http://" << host << ":" << port << "/" << std::endl;
    auto watcher = make_file_watcher(common.root, {"content", "data", "templates"}, options.poll);
    std::cerr << "serve: built: " << summary << "\nserve: " << finished << "\n"
              << "serve: watching content/, data/ and templates/ (" << watcher->mode() << ")"
              << (options.serve_private ? "; private packs under /_private/" : "")
              << "; press Ctrl+C to stop\n";

    std::atomic<bool> stop{false};
    std::thread signal_thread([&] {
        int received = 0;
        sigwait(&signals, &received);
        stop = true;
    });
    std::thread server_thread([&] { http.run(); });

    bool changed = false;
    while (!stop) {
        if (!changed && !watcher->wait(std::chrono::milliseconds(200))) continue;
        changed = false;
        try {
            site.publish(rebuilder.build(summary));
            std::cerr << "serve: rebuilt: " << summary << "\n";
            // Another edit already: rebuild at once; the workbooks wait for a quiet moment.
            if (watcher->wait(std::chrono::milliseconds(0))) {
                changed = true;
                continue;
            }
            // The workbooks and link check follow; open pages reload again only if they fail.
            if (auto complete = rebuilder.finish(finished)) {
                bool reload = !complete->error_page.empty();
                site.publish(std::move(*complete), reload);
                std::cerr << "serve: " << finished << "\n";
            }
        } catch (const std::exception& e) {
            // A bug in a stage: keep serving the last build, and say so.
            std::cerr << "serve: internal error while rebuilding: " << e.what()
                      << "\n  = hint: this is a bug in icbgen; please report it with the input\n";
        }
    }
    std::cerr << "serve: stopping\n";
    site.shutdown();
    http.stop();
    server_thread.join();
    signal_thread.join();
    return kExitOk;
}

}  // namespace icbgen
