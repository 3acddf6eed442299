#include "render/pack/pack_links.h"

namespace icbgen {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

// Mirrors the website's layout (render/site/site_paths.cpp and content_links.cpp), which the
// pack cannot link against: every page is a folder's index.html, commitments are sections of
// the charter page, minutes a section of their meeting's page.
std::string site_path_for(const std::string& path) {
    const std::string meetings = "meetings/";
    if (path.rfind(meetings, 0) == 0) {
        std::string rest = path.substr(meetings.size());
        std::string id = rest.substr(0, rest.find('/'));
        std::string file = rest.substr(rest.find('/') + 1);
        if (file.rfind("papers/", 0) == 0 && ends_with(file, ".md"))
            return meetings + id + "/" + file.substr(0, file.size() - 3) + "/";
        if (file == "minutes.md") return meetings + id + "/#minutes";
        return meetings + id + "/";
    }
    if (path == "strategy/_index.md") return "strategy/";
    if (path == "charter/_index.md") return "charter/";
    if (path.rfind("charter/", 0) == 0 && ends_with(path, ".md"))
        return "charter/#commitment-" + path.substr(8, path.size() - 11);
    std::string p = path;
    if (p.rfind("strategy/priorities/", 0) == 0) p = p.substr(std::string("strategy/").size());
    if (ends_with(p, ".md")) return p.substr(0, p.size() - 3) + "/";
    return p;
}

std::string pack_anchor_for(const std::string& path) {
    auto slash = path.rfind('/');
    std::string file = path.substr(slash + 1);
    if (file == "minutes.md") {
        std::string rest = path.substr(std::string("meetings/").size());
        return "minutes-" + rest.substr(0, rest.find('/'));
    }
    if (ends_with(file, ".md")) file = file.substr(0, file.size() - 3);
    return "paper-" + file;
}

LinkRewriter pack_link_rewriter(const PackLinkTargets& targets) {
    return [targets](const std::string& url) -> std::optional<std::string> {
        if (url.rfind("@/", 0) != 0) return std::nullopt;
        std::string path = url.substr(2);
        std::string fragment;
        if (auto hash = path.find('#'); hash != std::string::npos) {
            fragment = path.substr(hash);
            path = path.substr(0, hash);
        }
        if (targets.in_pack.count(path)) return "#" + pack_anchor_for(path);
        std::string site = site_path_for(path);
        // A page that is a section of another carries a fragment; the link's own wins.
        if (!fragment.empty()) site = site.substr(0, site.find('#')) + fragment;
        return targets.base_url + site;
    };
}

}  // namespace icbgen
