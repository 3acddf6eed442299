#include "site_map/site_map.h"

#include "site_map/privacy.h"

namespace icbgen {

namespace {

const std::string kContent = "content/";

SiteEntry entry(DocumentKind kind, const std::string& meeting_id, const std::string& id,
                bool is_public = true) {
    const ContentKind& k = content_kind(kind);
    SiteEntry e{kind,
                meeting_id,
                id,
                expand_pattern(k.source, meeting_id, id),
                "",
                expand_pattern(k.page, meeting_id, id),
                expand_pattern(k.anchor, meeting_id, id),
                is_public};
    e.link_name = e.source.substr(kContent.size());
    return e;
}

}  // namespace

std::string ambition_anchor(const std::string& ambition_id) { return "ambition-" + ambition_id; }

std::string commitment_anchor(const std::string& commitment_id) {
    return expand_pattern(content_kind(DocumentKind::commitment).anchor, "", commitment_id);
}

std::string link_name_of(DocumentKind kind, const std::string& meeting_id, const std::string& id) {
    return expand_pattern(content_kind(kind).source, meeting_id, id).substr(kContent.size());
}

SiteMap::SiteMap(const SiteModel& model) {
    using K = DocumentKind;
    entries_.push_back(entry(K::strategy, "", ""));
    for (const auto& p : model.priorities) entries_.push_back(entry(K::priority, "", p.id));
    for (const auto& m : model.metrics) entries_.push_back(entry(K::metric, "", m.id));
    if (model.charter.present) entries_.push_back(entry(K::charter, "", ""));
    for (const auto& c : model.charter.commitments)
        entries_.push_back(entry(K::commitment, "", c.id));
    for (const auto& c : model.case_studies) entries_.push_back(entry(K::case_study, "", c.id));
    for (const auto& e : model.engagements) entries_.push_back(entry(K::engagement, "", e.id));
    for (const auto& m : model.meetings) {
        entries_.push_back(entry(K::meeting, m.id, ""));
        for (const auto& p : m.papers)
            entries_.push_back(entry(K::paper, m.id, p.id, !paper_is_private(m, p)));
        if (m.minutes) entries_.push_back(entry(K::minutes, m.id, ""));
    }
    for (std::size_t i = 0; i < entries_.size(); ++i)
        by_link_name_.emplace(entries_[i].link_name, i);
}

const SiteEntry* SiteMap::find(const std::string& link_name) const {
    auto it = by_link_name_.find(link_name);
    return it == by_link_name_.end() ? nullptr : &entries_[it->second];
}

std::optional<std::string> SiteMap::public_address(const std::string& link) const {
    std::string name = link, fragment;
    if (auto hash = name.find('#'); hash != std::string::npos) {
        fragment = name.substr(hash);
        name.resize(hash);
    }
    const SiteEntry* e = find(name);
    if (!e || !e->is_public) return std::nullopt;
    // A page that is a section of another carries its anchor; the link's own fragment wins.
    if (!fragment.empty()) return e->page + fragment;
    return e->address();
}

std::vector<std::string> SiteMap::link_names() const {
    std::vector<std::string> out;
    for (const auto& e : entries_) out.push_back(e.link_name);
    return out;
}

}  // namespace icbgen
