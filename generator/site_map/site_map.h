#pragma once
// The site map: every entity that has a page, built once from the model. For each it knows the
// source file it was written in, the name an `@/` link gives it, the page that shows it (an
// output path relative to the website's root), the anchor of its section on that page, and
// whether the public may see it. Every renderer and checker asks it where a content file's
// page lives instead of working the address out again; the addresses come from the page
// patterns of the table of kinds (content/content_kinds.h), the privacy from site_map/privacy.h.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/content_kinds.h"
#include "model/site_model.h"

namespace icbgen {

struct SiteEntry {
    DocumentKind kind;
    std::string meeting_id;  // for meetings, papers and minutes
    std::string id;          // the entity's id ("" for the strategy and charter index files)
    std::string source;      // "content/metrics/x.md"
    std::string link_name;   // "metrics/x.md": what an `@/` link names (source without content/)
    std::string page;        // "metrics/x/index.html"
    std::string anchor;      // "commitment-x" when a section of `page`, else ""
    bool is_public = true;   // false for a private paper

    // The page with the anchor: "charter/index.html#commitment-x".
    std::string address() const { return anchor.empty() ? page : page + "#" + anchor; }
};

class SiteMap {
public:
    explicit SiteMap(const SiteModel& model);

    // Every entity with a page, in model order: the strategy, priorities, metrics, the charter
    // and its commitments, case studies, engagements, then each meeting with its papers and
    // minutes.
    const std::vector<SiteEntry>& entries() const { return entries_; }

    // The entity an `@/` link names ("metrics/x.md", no fragment), or nullptr.
    const SiteEntry* find(const std::string& link_name) const;

    // Where an `@/` link ("metrics/x.md#data", without the "@/") lands on the public website:
    // the page's output path with the link's fragment (or the entity's own anchor). nullopt
    // when nothing public shows it: an unknown file or a private paper.
    std::optional<std::string> public_address(const std::string& link) const;

    // Every name an `@/` link may give, in model order (for "did you mean").
    std::vector<std::string> link_names() const;

private:
    std::vector<SiteEntry> entries_;
    std::map<std::string, std::size_t> by_link_name_;
};

// Ids of an ambition's section on its priority page ("ambition-<id>"), and of a commitment's
// on the charter page (the table of kinds' anchor, "commitment-<id>").
std::string ambition_anchor(const std::string& ambition_id);
std::string commitment_anchor(const std::string& commitment_id);

// The name an `@/` link gives an entity of `kind`: "meetings/<meeting>/papers/<id>.md".
std::string link_name_of(DocumentKind kind, const std::string& meeting_id, const std::string& id);

}  // namespace icbgen
