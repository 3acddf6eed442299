#include "serve/site_server.h"

#include <chrono>

#include "serve/content_types.h"
#include "serve/dev_pages.h"

namespace icbgen {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

HttpResponse not_found() { return {404, "text/plain; charset=utf-8", "404 Not Found\n", {}, {}}; }

// The path below the server root ("meetings/x/index.html"), or nullopt for a path that could
// leave the file set or is not a plain path at all.
std::optional<std::string> relative_path(const std::string& path) {
    if (path.empty() || path[0] != '/') return std::nullopt;
    std::string rel = path.substr(1);
    if (rel.find('\\') != std::string::npos || rel.find('\0') != std::string::npos)
        return std::nullopt;
    std::size_t start = 0;
    while (start <= rel.size()) {
        std::size_t end = rel.find('/', start);
        if (end == std::string::npos) end = rel.size();
        std::string segment = rel.substr(start, end - start);
        if (segment == "." || segment == "..") return std::nullopt;
        // An empty segment ("a//b") is allowed only at the end (a folder).
        if (segment.empty() && end != rel.size()) return std::nullopt;
        start = end + 1;
    }
    return rel;
}

}  // namespace

void SiteServer::publish(SiteSnapshot snapshot, bool reload) {
    auto next = std::make_shared<const SiteSnapshot>(std::move(snapshot));
    {
        std::lock_guard lock(mutex_);
        snapshot_ = std::move(next);
        if (reload || generation_ == 0) ++generation_;
    }
    changed_.notify_all();
}

void SiteServer::shutdown() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
}

unsigned long SiteServer::generation() const {
    std::lock_guard lock(mutex_);
    return generation_;
}

HttpResponse SiteServer::events() const {
    HttpResponse out;
    out.content_type = "text/event-stream";
    out.headers = {{"Cache-Control", "no-store"}, {"X-Accel-Buffering", "no"}};
    auto seen = std::make_shared<std::optional<unsigned long>>();
    out.stream = [this, seen](std::string& chunk) {
        std::unique_lock lock(mutex_);
        if (!*seen) {
            *seen = generation_;
            chunk = "retry: 500\nevent: hello\ndata: " + std::to_string(generation_) + "\n\n";
            return true;
        }
        changed_.wait_for(lock, std::chrono::seconds(10),
                          [&] { return stopping_ || generation_ != **seen; });
        if (stopping_) return false;
        if (generation_ == **seen) {
            chunk = ": still here\n\n";  // finds closed connections
            return true;
        }
        *seen = generation_;
        chunk = "event: reload\ndata: " + std::to_string(generation_) + "\n\n";
        return true;
    };
    return out;
}

HttpResponse SiteServer::page(const SiteSnapshot& snapshot, unsigned long generation,
                              const std::string& html, bool is_private, int status) const {
    return {status,
            content_type_for("x.html"),
            add_dev_tools(html, generation, snapshot.warnings_panel, is_private),
            {{"Cache-Control", "no-store"}},
            {}};
}

HttpResponse SiteServer::handle(const HttpRequest& request) const {
    if (request.path == kEventsPath) return events();
    if (request.path == kReloadScriptPath)
        return {
            200, content_type_for("x.js"), reload_script(), {{"Cache-Control", "no-store"}}, {}};

    std::shared_ptr<const SiteSnapshot> snapshot;
    unsigned long generation = 0;
    {
        std::lock_guard lock(mutex_);
        snapshot = snapshot_;
        generation = generation_;
    }
    if (!snapshot) return not_found();
    HttpResponse response = respond(request, *snapshot, generation);
    if (response.status != 404 || snapshot->complete) return response;
    // Not there yet, perhaps: wait (a while) for the rest of this build.
    {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, std::chrono::seconds(30),
                          [&] { return stopping_ || snapshot_ != snapshot; });
        snapshot = snapshot_;
        generation = generation_;
    }
    return respond(request, *snapshot, generation);
}

HttpResponse SiteServer::respond(const HttpRequest& request, const SiteSnapshot& snapshot_ref,
                                 unsigned long generation) const {
    const SiteSnapshot* snapshot = &snapshot_ref;
    auto rel = relative_path(request.path);
    if (!rel) return not_found();
    bool is_private = rel->rfind(kPrivatePrefix, 0) == 0;
    if (is_private && !serve_private_) return not_found();
    if (rel->empty() || rel->back() == '/') *rel += "index.html";
    const FileSet* files = is_private ? snapshot->private_files.get() : snapshot->site.get();
    std::string key = is_private ? rel->substr(std::string(kPrivatePrefix).size()) : *rel;
    bool is_html = ends_with(key, ".html");

    if (!snapshot->error_page.empty() && is_html)
        return page(*snapshot, generation, snapshot->error_page, false, 500);

    if (snapshot->deferred_pdfs.count(*rel) && snapshot->make_pdf) {
        std::string error;
        if (auto pdf = snapshot->make_pdf(*rel, error))
            return {
                200, content_type_for(*rel), std::move(*pdf), {{"Cache-Control", "no-store"}}, {}};
        return {
            500, "text/plain; charset=utf-8", "The PDF could not be made: " + error + "\n", {}, {}};
    }
    if (files) {
        auto it = files->files.find(key);
        if (it != files->files.end()) {
            std::string kept;  // `serve` keeps its files in memory; a stored one is read back
            const std::string& bytes = files->bytes_of(key, it->second, kept);
            if (is_html) return page(*snapshot, generation, bytes, is_private, 200);
            return {200, content_type_for(key), bytes, {{"Cache-Control", "no-store"}}, {}};
        }
        // A folder without its slash: send the browser to the folder, so relative links work.
        if (files->contains(key + "/index.html"))
            return {301, "text/plain; charset=utf-8", "", {{"Location", request.path + "/"}}, {}};
        if (!is_private && (is_html || key.find('.') == std::string::npos) &&
            files->contains("404.html"))
            return page(*snapshot, generation, files->read("404.html").value_or(""), false, 404);
    }
    return not_found();
}

}  // namespace icbgen
