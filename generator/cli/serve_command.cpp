#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "cli/app.h"
#include "cli/render_outputs.h"
#include "core/diagnostic_format.h"
#include "render/pack/pdf_renderer.h"
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

// Pack PDFs, made when first asked for and kept until their HTML changes.
class PdfCache {
public:
    explicit PdfCache(int jobs) : jobs_(jobs) {}
    std::optional<std::string> get(const std::string& key, const PdfJob& job, std::string& error) {
        std::lock_guard lock(mutex_);  // one WeasyPrint at a time
        auto it = made_.find(key);
        if (it != made_.end() && it->second.first == job.html) return it->second.second;
        Diagnostics diags;
        auto pdfs = render_pdfs({job}, pack_pdf_options(jobs_), diags);
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
    std::mutex mutex_;
    std::map<std::string, std::pair<std::string, std::string>> made_;  // key -> (html, pdf)
};

class Rebuilder {
public:
    Rebuilder(const CommonOptions& common, const ServeOptions& options)
        : common_(common), options_(options), pdfs_(std::make_shared<PdfCache>(options.jobs)) {
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

    // Loads, checks and renders the site; the snapshot to serve, and a line for the log.
    SiteSnapshot build(std::string& summary) {
        auto start = Clock::now();
        SiteSnapshot snapshot;
        auto fe = run_front_end(common_);
        if (!fe) {
            Diagnostics gone;
            gone.error("io", {common_.root, 0, 0},
                       "the site folder has no content/ folder any more");
            snapshot.site = last_site_;
            snapshot.error_page = error_page(gone.items(), nullptr, stylesheets());
            summary = "the site folder has no content/ folder";
            return snapshot;
        }
        std::optional<RenderedOutputs> rendered;
        if (!fe->diags.has_errors()) {
            rendered = render_outputs(*fe, common_.root,
                                      {options_.base_url, options_.assets, options_.jobs, true});
            fe->diags.append(rendered->diags);
            if (common_.strict) fe->diags.promote_warnings();
            fe->diags.sort_and_dedupe();
        }
        std::vector<Diagnostic> errors, warnings;
        for (const auto& d : fe->diags.items()) {
            if (d.severity == Severity::error) errors.push_back(d);
            if (d.severity == Severity::warning) warnings.push_back(d);
        }
        // Errors in full; warnings are on every page (the panel), so only counted here
        // unless --verbose.
        for (const auto& d : fe->diags.items())
            if (d.severity == Severity::error ||
                (common_.verbose && d.severity == Severity::warning))
                std::cerr << format_diagnostic(d, fe->fs.get());
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.0f ms", ms_since(start));
        if (!errors.empty()) {
            snapshot.site = last_site_;
            snapshot.private_files = last_private_;
            snapshot.error_page = error_page(errors, fe->fs.get(), stylesheets());
            summary = counts_text(fe->diags) + ": showing the error page (" + ms + ")";
            return snapshot;
        }
        last_site_ = std::make_shared<const FileSet>(std::move(rendered->site));
        last_private_ = std::make_shared<const FileSet>(std::move(rendered->private_files));
        snapshot.site = last_site_;
        snapshot.private_files = last_private_;
        auto jobs = std::make_shared<std::map<std::string, PdfJob>>();
        for (auto& pdf : rendered->deferred_pdfs) {
            std::string path = pdf.is_private ? kPrivatePrefix + pdf.path : pdf.path;
            snapshot.deferred_pdfs.insert(path);
            (*jobs)[path] = std::move(pdf.job);
        }
        snapshot.make_pdf = [jobs, cache = pdfs_](const std::string& path, std::string& error) {
            return cache->get(path, jobs->at(path), error);
        };
        snapshot.warnings_panel = warnings_panel(warnings, fe->fs.get());
        std::size_t pages = 0;
        for (const auto& [path, _] : last_site_->files)
            if (path.ends_with(".html")) ++pages;
        summary = std::to_string(pages) + " pages; " + counts_text(fe->diags) + "; " + ms;
        return snapshot;
    }

private:
    static std::vector<std::string> stylesheets() {
        return {"/" + site_paths::nhsuk_dir() + "nhsuk-frontend.min.css",
                "/" + site_paths::stylesheet()};
    }

    CommonOptions common_;
    ServeOptions options_;
    std::shared_ptr<PdfCache> pdfs_;
    std::shared_ptr<const FileSet> last_site_, last_private_;
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
    std::string summary;
    site.publish(rebuilder.build(summary));
    std::string host =
        options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
    std::cout << "serve: http://" << host << ":" << port << "/" << std::endl;
    auto watcher = make_file_watcher(common.root, {"content", "data", "templates"}, options.poll);
    std::cerr << "serve: " << summary << "\n"
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

    while (!stop) {
        if (!watcher->wait(std::chrono::milliseconds(200))) continue;
        site.publish(rebuilder.build(summary));
        std::cerr << "serve: rebuilt: " << summary << "\n";
    }
    std::cerr << "serve: stopping\n";
    site.shutdown();
    http.stop();
    server_thread.join();
    signal_thread.join();
    return kExitOk;
}

}  // namespace icbgen
