// The search page: a search box whose results come from the Pagefind index (assets/search.js,
// with JavaScript), and an A to Z of every public page (without it). The A to Z is made from
// the pages already rendered: each page's <h1>, so it lists exactly the pages there are. When
// it has more entries than a list page holds, the search page links a page for each letter
// (search/a-z/<letter>/, split into pages in turn when a letter has more than that).
#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "format/number_format.h"
#include "render/site/list_pages.h"
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

// The A to Z by first letter, in order ("0–9", then "A" to "Z"), each letter's pages in the
// A to Z's order.
struct Letter {
    std::string label;  // "A", or "0–9" for titles that start with anything else
    std::string slug;   // its page's folder: "a", or "0-9"
    std::vector<Entry> pages;
};

std::vector<Letter> letters_of(const std::vector<Entry>& pages) {
    std::map<std::string, std::vector<Entry>> groups;
    for (const auto& e : pages) groups[letter_of(e.title)].push_back(e);
    std::vector<Letter> out;
    for (auto& [label, list] : groups) {
        std::string slug = label == "0–9" ? "0-9" : label;
        for (auto& c : slug) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.push_back({label, slug, std::move(list)});
    }
    return out;
}

// The id of a letter's heading on the search page: "az-A", "az-0-9".
std::string letter_id(const Letter& l) { return "az-" + (l.slug == "0-9" ? l.slug : l.label); }

// Whether the A to Z is too long for the search page, and goes on a page per letter.
bool split(const std::vector<Entry>& pages) { return pages.size() > site_paths::list_page_size(); }

nlohmann::json search_view(const SiteData& data, const std::vector<Entry>& pages,
                           const std::vector<Letter>& letters) {
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
    bool by_letter = split(pages);
    nlohmann::json links = nlohmann::json::array();
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& l : letters) {
        std::string id = letter_id(l);
        links.push_back(
            {{"letter", l.label},
             {"href", by_letter ? href(meta, site_paths::search_letter(l.slug)) : "#" + id}});
        if (by_letter) continue;
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : l.pages)
            list.push_back({{"title", e.title}, {"href", href(meta, e.path)}});
        groups.push_back({{"letter", l.label}, {"id", id}, {"pages", std::move(list)}});
    }
    v["letters"] = std::move(links);
    v["groups"] = std::move(groups);
    v["by_letter"] = by_letter;
    v["page_count"] = format_number(static_cast<double>(pages.size()));
    return v;
}

// Page `number` of the pages whose titles start with `letters[index]`.
nlohmann::json letter_view(const SiteData& data, std::size_t total,
                           const std::vector<Letter>& letters, std::size_t index,
                           std::size_t number) {
    const Letter& letter = letters[index];
    std::string what = letter.slug == "0-9" ? "a number or another character" : letter.label;
    PageMeta first{site_paths::search_letter(letter.slug),
                   "Pages starting with " + what,
                   "",
                   {{"Home", site_paths::home()}, {"Search", site_paths::search()}},
                   "The pages of this site whose titles start with " + what + "."};
    ListPage page = list_page_of(letter.pages.size(), number);
    PageMeta meta = list_page_meta(first, page);
    nlohmann::json v = page_view(data, meta);
    v["searchable"] = false;  // the A to Z again: it would match every search
    std::size_t n = letter.pages.size();
    v["shown"] = format_number(static_cast<double>(n));
    v["total"] = format_number(static_cast<double>(total));
    v["verb"] = n == 1 ? "has" : "have";
    v["what"] = what;
    v["search_href"] = href(meta, site_paths::search());
    // aria-current as on the metrics filters: "page" on the letter's first page, where its
    // link leads, "true" on its later pages.
    nlohmann::json links = nlohmann::json::array();
    for (std::size_t i = 0; i < letters.size(); ++i) {
        nlohmann::json current = false;
        if (i == index) current = page.number == 1 ? "page" : "true";
        links.push_back({{"letter", letters[i].label},
                         {"href", href(meta, site_paths::search_letter(letters[i].slug))},
                         {"current", current}});
    }
    v["letters"] = std::move(links);
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = page.first; i < page.last; ++i)
        list.push_back(
            {{"title", letter.pages[i].title}, {"href", href(meta, letter.pages[i].path)}});
    v["pages"] = std::move(list);
    v["paging"] = paging_view(meta, first.path, page, "Pages");
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
    auto letters = std::make_shared<const std::vector<Letter>>(letters_of(*pages));
    jobs.push_back({site_paths::search(), "search.mustache",
                    [&data, pages, letters] { return search_view(data, *pages, *letters); }});
    if (!split(*pages)) return;
    for (std::size_t i = 0; i < letters->size(); ++i) {
        const std::string first = site_paths::search_letter((*letters)[i].slug);
        std::size_t count = list_page_count((*letters)[i].pages.size());
        for (std::size_t n = 1; n <= count; ++n)
            jobs.push_back({site_paths::list_page(first, n), "a-to-z.mustache",
                            [&data, total = pages->size(), letters, i, n] {
                                return letter_view(data, total, *letters, i, n);
                            }});
    }
}

}  // namespace icbgen
