#include "render/pack/pack_links.h"

#include "site_map/site_paths.h"

namespace icbgen {

std::string pack_anchor_for(const SiteEntry& entry) {
    if (entry.kind == DocumentKind::minutes) return "minutes-" + entry.meeting_id;
    return "paper-" + entry.id;
}

LinkRewriter pack_link_rewriter(const PackLinkTargets& targets) {
    return [targets](const std::string& url) -> std::optional<std::string> {
        if (url.rfind("@/", 0) != 0 || !targets.site_map) return std::nullopt;
        std::string link = url.substr(2);
        std::string name = link.substr(0, link.find('#'));
        if (targets.in_pack.count(name))
            if (const SiteEntry* entry = targets.site_map->find(name))
                return "#" + pack_anchor_for(*entry);
        auto address = targets.site_map->public_address(link);
        if (!address) return std::nullopt;
        return targets.base_url + site_paths::pretty(*address);
    };
}

}  // namespace icbgen
