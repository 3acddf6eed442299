#pragma once
// Where the `@/` links in a pack's Markdown go. A pack is read as a PDF as often as on the
// web, so links leave the pack as absolute URLs on the published site; links to a paper or
// minutes printed in the same pack stay inside it as fragments.
#include <set>
#include <string>

#include "markdown/markdown.h"

namespace icbgen {

struct PackLinkTargets {
    std::string base_url;             // absolute, ending in '/'
    std::set<std::string> in_pack;    // content paths printed in this pack, e.g.
                                      // "meetings/<id>/papers/<p>.md"
};

// The site path of a content path, relative to the site root: "metrics/x.md" -> "metrics/x/".
std::string site_path_for(const std::string& content_path);
// The anchor a paper or minutes carry in a pack: "paper-<id>", "minutes-<meeting id>".
std::string pack_anchor_for(const std::string& content_path);

LinkRewriter pack_link_rewriter(const PackLinkTargets& targets);

}  // namespace icbgen
