#pragma once
// Rendered pages kept between the builds of one process (`icbgen serve`), so that a rebuild
// renders again only the pages whose view changed: a page is reused when its path, template
// and view (the JSON, compared whole, so no hash can collide) are those it had last time and
// so is everything else that decides its bytes, given as a `salt` (the templates' sources and
// the glossary that marks abbreviations). The pages are the same bytes either way.
// Safe to use from the page workers at once.
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace icbgen {

class PageMemo {
public:
    // Starts a build: forgets every page if `salt` is not the last build's.
    void begin(const std::string& salt);
    // The page last rendered at `path` from `key` (template name and view), if any.
    std::optional<std::string> find(const std::string& path, const std::string& key);
    void store(const std::string& path, const std::string& key, const std::string& html);
    // Ends a build: forgets the pages it did not render (gone from the site).
    void end();

    // Pages rendered and reused since begin().
    std::atomic<std::size_t> rendered{0}, reused{0};

private:
    struct Page {
        std::string key, html;
        bool seen = false;
    };
    std::mutex mutex_;
    std::string salt_;
    std::map<std::string, Page> pages_;
};

}  // namespace icbgen
