#include "render/pack/pack_links.h"

namespace icbgen {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string site_path_for(const std::string& path) {
    const std::string meetings = "meetings/";
    if (path.rfind(meetings, 0) == 0) {
        std::string rest = path.substr(meetings.size());
        std::string id = rest.substr(0, rest.find('/'));
        if (rest.find("/papers/") != std::string::npos)
            return meetings + id + "/pack.html#" + pack_anchor_for(path);
        return meetings + id + "/";
    }
    std::string p = path;
    if (p.rfind("strategy/priorities/", 0) == 0) p = p.substr(std::string("strategy/").size());
    if (ends_with(p, "_index.md")) return p.substr(0, p.size() - 9);
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
        if (site.find('#') != std::string::npos) fragment.clear();
        return targets.base_url + site + fragment;
    };
}

}  // namespace icbgen
