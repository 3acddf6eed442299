// Internal Markdown links (`@/metrics/x.md`) must name a file that exists in the content, and
// links and images must not be paths relative to the file (`other.md`, `chart.png`).
#include <cctype>
#include <set>

#include "core/text.h"
#include "markdown/markdown.h"
#include "validate/checks.h"
#include "validate/link_targets.h"

namespace icbgen {

namespace {

// A destination with no scheme ("https:", "mailto:") that is not an @/ path, a fragment or a
// site path: a path relative to the file, which has no meaning once the page is published.
bool is_relative(const std::string& url) {
    if (url.empty() || url[0] == '#' || url[0] == '/' || url.rfind("@/", 0) == 0) return false;
    std::size_t colon = url.find(':');
    std::size_t stop = url.find_first_of("/?#");
    if (colon == std::string::npos || (stop != std::string::npos && stop < colon)) return true;
    for (std::size_t i = 0; i < colon; ++i)
        if (!(std::isalnum(static_cast<unsigned char>(url[i])) || url[i] == '+' || url[i] == '-' ||
              url[i] == '.'))
            return true;
    return false;
}

// `path` joined to `folder` (both without a leading '/'), with "." and ".." resolved; empty
// when it climbs out of the content folder.
std::string join(const std::string& folder, const std::string& path) {
    std::vector<std::string> parts;
    std::string all = folder + path;
    std::size_t start = 0;
    while (start <= all.size()) {
        std::size_t slash = all.find('/', start);
        std::string part =
            all.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part == "..") {
            if (parts.empty()) return {};
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

void report_relative(const Markdown& md, const MarkdownLink& link,
                     const std::set<std::string>& targets, Diagnostics& diags) {
    bool image = link.image;
    std::string path = link.url.substr(0, link.url.find_first_of("?#"));
    std::string fragment = path.size() < link.url.size() ? link.url.substr(path.size()) : "";
    // The file's folder inside content/: "content/metrics/x.md" -> "metrics/".
    std::string folder = md.location.path;
    if (folder.rfind("content/", 0) == 0) folder = folder.substr(8);
    folder = folder.substr(0, folder.rfind('/') + 1);
    std::string hint;
    for (const std::string& candidate : {join(folder, path), join("", path)})
        if (!candidate.empty() && targets.count(candidate)) {
            hint = "write it as '@/" + candidate + fragment +
                   "': internal links name the "
                   "content file after '@/'";
            break;
        }
    if (hint.empty() && image)
        hint =
            "icbgen does not publish image files: give the figure as a table or in words, "
            "or link to it at its full https:// address";
    else if (hint.empty() && link.url.rfind("www.", 0) == 0)
        hint = "write web addresses in full: 'https://" + link.url + "'";
    else if (hint.empty())
        hint =
            "internal links name a content file after '@/', e.g. @/metrics/<id>.md or "
            "@/strategy/priorities/<id>.md; web addresses start https://";
    diags.error("link-relative", markdown_location(md, link.line, link.column),
                std::string(image ? "the image '" : "the link '") + link.url +
                    "' is a relative path, which icbgen cannot publish",
                hint);
}

void check_markdown(const Markdown& md, const std::set<std::string>& targets,
                    const std::set<std::string>& unreadable,
                    const std::vector<std::string>& target_list, Diagnostics& diags) {
    if (md.text.empty()) return;
    for (const auto& link : markdown_links(md.text)) {
        if (is_relative(link.url)) report_relative(md, link, targets, diags);
        if (link.url.rfind("@/", 0) != 0) continue;
        std::string target = link.url.substr(2);
        if (auto hash = target.find('#'); hash != std::string::npos) target.resize(hash);
        if (targets.count(target) || unreadable.count(target)) continue;
        SourceLocation loc = markdown_location(md, link.line, link.column);
        std::string hint = did_you_mean(target, target_list);
        diags.error("link-broken", loc, "the link '" + link.url + "' does not resolve",
                    hint.empty() ? "internal links name a content file, e.g. "
                                   "@/metrics/<id>.md or @/strategy/priorities/<id>.md"
                                 : hint);
    }
}

}  // namespace

void check_links(const SiteModel& model, const SiteMap& site_map, Diagnostics& diags) {
    std::vector<std::string> list = site_map.link_names();
    std::set<std::string> targets(list.begin(), list.end());
    // Links to files that exist but could not be read are not broken: the file's error explains.
    std::set<std::string> unreadable;
    for (const auto& u : model.unreadable_paths)
        unreadable.insert(u.substr(std::string("content/").size()));
    for_each_markdown(model, [&](const Markdown& md, bool) {
        check_markdown(md, targets, unreadable, list, diags);
    });
}

void check_links(const SiteModel& model, Diagnostics& diags) {
    check_links(model, SiteMap(model), diags);
}

}  // namespace icbgen
