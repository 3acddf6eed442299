#pragma once
// Where the `@/` links in a pack's Markdown go. A pack is read as a PDF as often as on the
// web, so links leave the pack as absolute URLs on the published site (the site map's
// address of the page, as a reader types it); links to a paper or minutes printed in the same
// pack stay inside it as fragments.
#include <set>
#include <string>

#include "markdown/markdown.h"
#include "site_map/site_map.h"

namespace icbgen {

struct PackLinkTargets {
    std::string base_url;  // absolute, ending in '/'
    const SiteMap* site_map = nullptr;
    std::set<std::string> in_pack;  // link names printed in this pack, e.g.
                                    // "meetings/<id>/papers/<p>.md"
};

// The anchor a paper or minutes carry in a pack: "paper-<id>", "minutes-<meeting id>".
std::string pack_anchor_for(const SiteEntry& entry);

// Rewrites `@/` links; a link to nothing public is left as written, for the output link
// check to report (the `private-link` and `link-broken` checks stop such content earlier).
LinkRewriter pack_link_rewriter(const PackLinkTargets& targets);

}  // namespace icbgen
