#pragma once
// What `icbgen serve` answers, from the build it holds in memory. A rebuild publishes a new
// snapshot, swapped in whole under a lock (requests in flight keep the one they started with),
// and tells every open page to reload.
//
// Requests are confined to the snapshot's files: a path with a "." or ".." segment, a
// backslash or a NUL is 404; a folder is its index.html or 404 (never a listing); private
// packs exist only below /_private/ and only when private serving is on.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"
#include "serve/http_server.h"

namespace icbgen {

inline constexpr const char* kPrivatePrefix = "_private/";

struct SiteSnapshot {
    // The last good build's files (kept while the content has errors, for the stylesheets).
    std::shared_ptr<const FileSet> site;
    std::shared_ptr<const FileSet> private_files;
    // PDFs made only when asked for, by server path ("meetings/x/pack.pdf",
    // "_private/meetings/x/pack.pdf"): make_pdf returns the bytes, or nullopt with `error` set.
    std::set<std::string> deferred_pdfs;
    std::function<std::optional<std::string>(const std::string& path, std::string& error)> make_pdf;
    // When not empty, every page request gets this page instead.
    std::string error_page;
    std::string warnings_panel;  // added at the top of every page; may be empty
    // False while files are still to come (the workbooks): a request for a file not in it
    // waits for the complete snapshot.
    bool complete = true;
};

class SiteServer {
public:
    explicit SiteServer(bool serve_private) : serve_private_(serve_private) {}

    // Swaps in a new snapshot and, unless `reload` is false (the same pages, completed),
    // tells open pages to reload.
    void publish(SiteSnapshot snapshot, bool reload = true);
    // Ends every open event stream (before the HTTP server stops).
    void shutdown();
    unsigned long generation() const;

    HttpResponse handle(const HttpRequest& request) const;

private:
    HttpResponse events() const;
    HttpResponse respond(const HttpRequest& request, const SiteSnapshot& snapshot,
                         unsigned long generation) const;
    HttpResponse page(const SiteSnapshot& snapshot, unsigned long generation,
                      const std::string& html, bool is_private, int status) const;

    bool serve_private_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::shared_ptr<const SiteSnapshot> snapshot_;
    unsigned long generation_ = 0;
    bool stopping_ = false;
};

}  // namespace icbgen
