// Internal Markdown links (`@/metrics/x.md`) must name a file that exists in the content.
#include <set>

#include "core/text.h"
#include "markdown/markdown.h"
#include "validate/checks.h"
#include "validate/link_targets.h"

namespace icbgen {

namespace {

void check_markdown(const Markdown& md, const std::set<std::string>& targets,
                    const std::set<std::string>& unreadable,
                    const std::vector<std::string>& target_list, Diagnostics& diags) {
    if (md.text.empty()) return;
    MarkdownDocument doc(md.text);
    for (const auto& link : doc.links()) {
        if (link.url.rfind("@/", 0) != 0) continue;
        std::string target = link.url.substr(2);
        if (auto hash = target.find('#'); hash != std::string::npos) target.resize(hash);
        if (targets.count(target) || unreadable.count(target)) continue;
        SourceLocation loc = md.location;
        loc.line = md.location.line + link.line - 1;
        loc.column = link.line == 1 ? md.location.column + link.column - 1 : link.column;
        std::string hint = did_you_mean(target, target_list);
        diags.error("link-broken", loc, "the link '" + link.url + "' does not resolve",
                    hint.empty() ? "internal links name a content file, e.g. "
                                   "@/metrics/<id>.md or @/strategy/priorities/<id>.md"
                                 : hint);
    }
}

}  // namespace

void check_links(const SiteModel& model, Diagnostics& diags) {
    std::vector<std::string> list = link_targets(model);
    std::set<std::string> targets(list.begin(), list.end());
    // Links to files that exist but could not be read are not broken: the file's error explains.
    std::set<std::string> unreadable;
    for (const auto& u : model.unreadable_paths) unreadable.insert(u.substr(std::string("content/").size()));
    for_each_markdown(model, [&](const Markdown& md, bool) {
        check_markdown(md, targets, unreadable, list, diags);
    });
}

}  // namespace icbgen
