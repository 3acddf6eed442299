// The search page: a search box whose results come from the Pagefind index (assets/search.js,
// with JavaScript), and an A to Z of every public page (without it). The A to Z is made from
// the pages already rendered: each page's <h1>, so it lists exactly the pages there are.
#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

struct Entry {
    std::string title, path;
};

// The text of escaped HTML: the entities escape_markup writes (core/text.h).
std::string unescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""}, {"&#39;", "'"},
        {"&#x27;", "'"}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += 1)
            s.replace(at, std::char_traits<char>::length(from), to);
    return s;
}

// The text of the page's <h1>, tags removed, or "".
std::string heading(const std::string& html) {
    std::size_t start = html.find("<h1");
    if (start == std::string::npos) return {};
    start = html.find('>', start);
    std::size_t end = html.find("</h1>", start);
    if (start == std::string::npos || end == std::string::npos) return {};
    std::string text;
    bool tag = false;
    for (std::size_t i = start + 1; i < end; ++i) {
        char c = html[i];
        if (c == '<')
            tag = true;
        else if (c == '>')
            tag = false;
        else if (!tag)
            text += c;
    }
    std::string out;  // whitespace collapsed, ends trimmed
    for (char c : unescape(text)) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string letter_of(const std::string& title) {
    unsigned char c = title.empty() ? '#' : static_cast<unsigned char>(title[0]);
    if (std::isalpha(c) && c < 0x80) return std::string(1, static_cast<char>(std::toupper(c)));
    return "0–9";
}

nlohmann::json search_view(const SiteData& data, const std::vector<Entry>& pages) {
    PageMeta meta{site_paths::search(),
                  "Search",
                  "",
                  {{"Home", site_paths::home()}},
                  "Search every public page of this site, or find a page in the A to Z."};
    nlohmann::json v = page_view(data, meta);
    v["searchable"] = false;  // the A to Z would match every search
    v["search_script"] = href(meta, site_paths::search_script());
    v["pagefind_href"] = href(meta, site_paths::search_index_dir() + "pagefind.js");
    v["root_href"] = site_paths::root_prefix(meta.path);
    std::map<std::string, nlohmann::json> groups;
    for (const auto& e : pages) {
        auto& g = groups[letter_of(e.title)];
        if (g.is_null()) g = nlohmann::json::array();
        g.push_back({{"title", e.title}, {"href", href(meta, e.path)}});
    }
    nlohmann::json letters = nlohmann::json::array();
    for (auto& [letter, list] : groups)
        letters.push_back({{"letter", letter},
                           {"id", letter == "0–9" ? "az-0-9" : "az-" + letter},
                           {"pages", list}});
    v["letters"] = std::move(letters);
    v["page_count"] = std::to_string(pages.size());
    return v;
}

}  // namespace

void add_search_page(const SiteData& data, const FileSet& rendered, std::vector<PageJob>& jobs) {
    auto pages = std::make_shared<std::vector<Entry>>();
    for (const auto& [path, file] : rendered.files) {
        if (!path.ends_with("index.html")) continue;  // pages: as sitemap.xml lists them
        // A long list's later pages share its heading; the A to Z names the list once, and
        // its first page leads to the rest.
        if (site_paths::list_page_number(path) > 1) continue;
        std::string kept;  // a page staged already (`build`) is read back
        std::string title = heading(rendered.bytes_of(path, file, kept));
        if (!title.empty()) pages->push_back({title, path});
    }
    pages->push_back({"Search", site_paths::search()});
    std::stable_sort(pages->begin(), pages->end(), [](const Entry& a, const Entry& b) {
        auto lower = [](std::string s) {
            for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return s;
        };
        return lower(a.title) < lower(b.title);
    });
    jobs.push_back({site_paths::search(), "search.mustache",
                    [&data, pages] { return search_view(data, *pages); }});
}

}  // namespace icbgen
