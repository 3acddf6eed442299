// Links and images in Markdown bodies: an unsafe URL (core/url.h) is an error, and an image
// on another website a warning, since the PDF packs never fetch it (docs/BOARD_PACKS.md).
#include "core/url.h"
#include "markdown/markdown.h"
#include "validate/checks.h"
#include "validate/link_targets.h"

namespace icbgen {

void check_urls(const SiteModel& model, Diagnostics& diags) {
    for_each_markdown(model, [&](const Markdown& md, bool) {
        if (md.text.empty()) return;
        for (const auto& link : markdown_links(md.text)) {
            SourceLocation loc = markdown_location(md, link.line, link.column);
            const char* what = link.image ? "the image" : "the link";
            if (auto problem = url_problem(link.url, what)) {
                diags.error("unsafe-url", loc, problem->message, problem->hint);
            } else if (link.image && is_remote_url(link.url)) {
                diags.warning("remote-image", loc,
                              "the image '" + link.url +
                                  "' is on another website: the PDF packs leave it out, since "
                                  "they load only the build's own files, and the web page "
                                  "fetches it from that site on every visit",
                              "give the figure as a table or in words, or link to it with "
                              "[text](" +
                                  link.url + ") instead of ![text](...)");
            }
        }
    });
}

}  // namespace icbgen
