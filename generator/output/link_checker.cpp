#include "output/link_checker.h"

#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/parallel.h"
#include "core/text.h"

namespace icbgen {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct Attribute {
    std::string name;   // "href", "src" or "id"
    std::string value;  // entities decoded
    std::size_t offset;
};

std::string decode_entities(std::string s) {
    if (s.find('&') == std::string::npos) return s;  // most values: nothing to decode
    static const std::map<std::string, std::string> named = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"#39", "'"}};
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string::npos;
        if (semi != std::string::npos) {
            auto it = named.find(s.substr(i + 1, semi - i - 1));
            if (it != named.end()) {
                out += it->second;
                i = semi;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// href, src and id attributes of every tag, in order. Quoted values only, as icbgen writes them.
// Only those three attributes' values are copied out (the page is scanned once, in place).
std::vector<Attribute> attributes(const std::string& html) {
    std::vector<Attribute> out;
    const std::string_view page(html);
    for (std::size_t i = page.find('<'); i != std::string::npos; i = page.find('<', i + 1)) {
        if (page.compare(i, 4, "<!--") == 0) {
            i = page.find("-->", i);
            if (i == std::string::npos) break;
            continue;
        }
        std::size_t end = page.find('>', i);
        if (end == std::string::npos) break;
        for (std::size_t a = i; a < end; ++a) {
            if (!std::isspace(static_cast<unsigned char>(page[a]))) continue;
            std::size_t name_start = a + 1, eq = name_start;
            while (eq < end && is_name_char(page[eq])) ++eq;
            std::string_view name = page.substr(name_start, eq - name_start);
            if (eq >= end || page[eq] != '=' || eq + 1 >= end) continue;
            char quote = page[eq + 1];
            if (quote != '"' && quote != '\'') continue;
            std::size_t close = page.find(quote, eq + 2);
            if (close == std::string::npos || close > end) break;
            if (name == "href" || name == "src" || name == "id")
                out.push_back({std::string(name),
                               decode_entities(html.substr(eq + 2, close - eq - 2)), name_start});
            a = close;
        }
        // The text of scripts and styles is not HTML.
        if (page.compare(i, 7, "<script") == 0) {
            std::size_t close = page.find("</script", end);
            end = close == std::string::npos ? page.size() - 1 : close;
        } else if (page.compare(i, 6, "<style") == 0) {
            std::size_t close = page.find("</style", end);
            end = close == std::string::npos ? page.size() - 1 : close;
        }
        i = end;
    }
    return out;
}

bool is_external(const std::string& url) {
    if (url.rfind("//", 0) == 0) return true;
    for (std::size_t i = 0; i < url.size(); ++i) {
        char c = url[i];
        if (c == ':') return i > 0;
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'))
            return false;
    }
    return false;
}

std::string percent_decode(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() &&
            std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Resolves `url` (no scheme, no fragment) against the folder of `page`; nullopt if it climbs
// out of the output.
std::optional<std::string> resolve(const std::string& page, const std::string& url) {
    std::vector<std::string> parts;
    std::string dir = page.substr(0, page.rfind('/') == std::string::npos ? 0 : page.rfind('/'));
    std::string joined = url[0] == '/' ? url.substr(1) : (dir.empty() ? url : dir + "/" + url);
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t slash = joined.find('/', start);
        if (slash == std::string::npos) slash = joined.size();
        std::string part = joined.substr(start, slash - start);
        if (part == "..") {
            if (parts.empty()) return std::nullopt;
            parts.pop_back();
        } else if (part != "." && !part.empty()) {
            parts.push_back(part);
        }
        if (slash == joined.size()) break;
        start = slash + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    if (ends_with(joined, "/") || joined.empty()) out += out.empty() ? "" : "/";
    return out;
}

}  // namespace

void check_output_links(const FileSet& files, Diagnostics& diags, int threads,
                        const std::vector<std::string>& also_present) {
    // Each page is read once, on a few threads, and every link on it checked then, except a
    // #fragment on another page: that needs the other page's ids, so it is kept, and the few
    // pages such links name are read again afterwards for the ids asked of them. Nothing
    // else of a page is kept (a page whose bytes are in the FileSet's store is read back from
    // it), so the check's memory does not grow with the pages' links. Each page's findings
    // are kept apart, in the order of their place on the page, and added in the pages'
    // order, so the result does not depend on the threads.
    struct Finding {
        std::size_t offset;
        std::string message, hint;
    };
    struct Fragment {  // a link to #fragment on another page
        std::string url, target, fragment;
        std::size_t offset;
    };
    struct Page {
        const std::string* path;
        const FileSet::File* file;
        std::vector<Finding> findings;
        std::vector<Fragment> fragments;
        bool unread = false;
    };
    std::vector<Page> pages;
    for (const auto& [path, file] : files.files)
        if (ends_with(path, ".html")) pages.push_back({&path, &file, {}, {}});
    // The page's bytes: in memory, or read back into `kept`; null when they cannot be.
    auto html_of = [&](const Page& page, std::optional<std::string>& kept) -> const std::string* {
        if (!page.file->stored) return &page.file->bytes;
        kept = files.read(*page.path);
        return kept ? &*kept : nullptr;
    };
    const std::set<std::string> extra(also_present.begin(), also_present.end());
    auto present = [&](const std::string& path) {
        return files.contains(path) || extra.count(path) > 0;
    };
    auto all_paths = [&] {
        std::vector<std::string> all;
        for (const auto& [p, _] : files.files) all.push_back(p);
        all.insert(all.end(), extra.begin(), extra.end());
        return all;
    };
    auto missing_id = [](const std::string& url, const std::string& fragment,
                         const std::string& target) {
        return "the link '" + url + "' names '#" + fragment + "', which is not an id on '" +
               target + "'";
    };

    parallel_for(pages.size(), threads, [&](std::size_t i) {
        Page& p = pages[i];
        const std::string& page = *p.path;
        std::optional<std::string> kept;
        const std::string* html = html_of(p, kept);
        if (!html) {
            p.unread = true;
            return;
        }
        std::set<std::string> ids;
        std::vector<Attribute> links;
        for (auto& a : attributes(*html)) {
            if (a.name == "id")
                ids.insert(std::move(a.value));
            else
                links.push_back(std::move(a));
        }
        auto broken = [&](const Attribute& a, std::string message, std::string hint = {}) {
            p.findings.push_back({a.offset, std::move(message), std::move(hint)});
        };
        for (auto& a : links) {
            const std::string& url = a.value;
            if (url.empty() || is_external(url)) continue;
            std::string path = url.substr(0, url.find_first_of("?#"));
            std::string fragment;
            if (auto hash = url.find('#'); hash != std::string::npos)
                fragment = url.substr(hash + 1);
            std::string target = page;
            if (path[0] == '/') {
                broken(a, "the link '" + url + "' starts at the web server's root",
                       "links are relative (\"../x/index.html\") so the site works opened "
                       "from disk and under any base URL");
                continue;
            }
            if (!path.empty()) {
                auto resolved = resolve(page, percent_decode(path));
                if (!resolved) {
                    broken(a, "the link '" + url + "' points outside the website");
                    continue;
                }
                target = *resolved;
            }
            if (target.empty() || ends_with(target, "/")) {
                broken(a, "the link '" + url + "' names a folder, not a page",
                       "link to '" + target + "index.html' so the site works opened from disk");
                continue;
            }
            if (!present(target)) {
                broken(a,
                       "the link '" + url + "' names '" + target + "', which is not in the output",
                       did_you_mean(target, all_paths()));
                continue;
            }
            if (fragment.empty() || !ends_with(target, ".html")) continue;
            if (target != page)
                p.fragments.push_back({std::move(a.value), target, fragment, a.offset});
            else if (!ids.count(fragment))
                broken(a, missing_id(url, fragment, target));
        }
    });

    // The ids asked of each page by the others' links, and which of them it has.
    std::map<std::string, std::set<std::string>> wanted;
    for (const auto& p : pages)
        for (const auto& f : p.fragments) wanted[f.target].insert(f.fragment);
    std::vector<std::pair<const std::string, std::set<std::string>>*> targets;
    for (auto& entry : wanted) targets.push_back(&entry);
    std::map<std::string_view, const Page*> by_path;
    for (const auto& p : pages) by_path.emplace(*p.path, &p);
    parallel_for(targets.size(), threads, [&](std::size_t i) {
        auto& [target, asked] = *targets[i];
        std::set<std::string> found;
        auto it = by_path.find(target);
        std::optional<std::string> kept;
        if (const std::string* html = it == by_path.end() ? nullptr : html_of(*it->second, kept))
            for (auto& a : attributes(*html))
                if (a.name == "id" && asked.count(a.value)) found.insert(std::move(a.value));
        asked = std::move(found);
    });
    for (auto& p : pages)
        for (const auto& f : p.fragments)
            if (!wanted.at(f.target).count(f.fragment))
                p.findings.push_back({f.offset, missing_id(f.url, f.fragment, f.target), {}});

    // In the order of the page; where each is (a scan of the page, read again) is worked out
    // only for the few pages with a broken link.
    parallel_for(pages.size(), threads, [&](std::size_t i) {
        std::stable_sort(pages[i].findings.begin(), pages[i].findings.end(),
                         [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
    });
    for (auto& p : pages) {
        if (p.unread) {
            diags.error("io", {*p.path, 0, 0}, "could not read this page back to check its links");
            continue;
        }
        if (p.findings.empty()) continue;
        std::optional<std::string> kept;
        const std::string* html = html_of(p, kept);
        for (const auto& f : p.findings) {
            LineColumn lc = html ? line_column_at(*html, f.offset) : LineColumn{0, 0};
            diags.error("output-link-broken", {*p.path, lc.line, lc.column}, f.message, f.hint);
        }
    }
}

}  // namespace icbgen
