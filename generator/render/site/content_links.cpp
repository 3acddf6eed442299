#include "render/site/content_links.h"

#include "render/site/site_paths.h"
#include "validate/link_targets.h"

namespace icbgen {

namespace {

bool strip(std::string& s, const std::string& prefix, const std::string& suffix) {
    if (s.size() < prefix.size() + suffix.size() || s.rfind(prefix, 0) != 0 ||
        s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    s = s.substr(prefix.size(), s.size() - prefix.size() - suffix.size());
    return true;
}

std::optional<std::string> target_page(const SiteModel& model, std::string path) {
    std::string id = path;
    if (path == "strategy/_index.md") return site_paths::strategy();
    if (path == "charter/_index.md") return site_paths::charter();
    if (strip(id = path, "strategy/priorities/", ".md") && model.find_priority(id))
        return site_paths::priority(id);
    if (strip(id = path, "metrics/", ".md") && model.find_metric(id)) return site_paths::metric(id);
    if (strip(id = path, "case-studies/", ".md") && model.find_case_study(id))
        return site_paths::case_study(id);
    if (strip(id = path, "engagement/", ".md") && model.find_engagement(id))
        return site_paths::engagement(id);
    if (strip(id = path, "charter/", ".md")) {
        for (const auto& c : model.charter.commitments)
            if (c.id == id) return site_paths::charter() + "#" + commitment_anchor(id);
        return std::nullopt;
    }
    if (strip(id = path, "meetings/", "")) {
        auto slash = id.find('/');
        if (slash == std::string::npos) return std::nullopt;
        const Meeting* m = model.find_meeting(id.substr(0, slash));
        std::string rest = id.substr(slash + 1);
        if (!m) return std::nullopt;
        if (rest == "meeting.yaml") return site_paths::meeting(m->id);
        if (rest == "minutes.md" && m->minutes) return site_paths::meeting(m->id) + "#minutes";
        if (strip(rest, "papers/", ".md"))
            for (const Paper* p : public_papers(*m))
                if (p->id == rest) return site_paths::paper(m->id, p->id);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> content_link_target(const SiteModel& model,
                                               const std::string& content_path) {
    std::string path = content_path, fragment;
    if (auto hash = path.find('#'); hash != std::string::npos) {
        fragment = path.substr(hash);
        path.resize(hash);
    }
    auto page = target_page(model, path);
    if (!page) return std::nullopt;
    // A page that is a section of another already carries a fragment; the link's own wins.
    if (!fragment.empty()) page = page->substr(0, page->find('#')) + fragment;
    return page;
}

std::vector<const Paper*> public_papers(const Meeting& meeting) {
    std::vector<const Paper*> out;
    for (const auto& p : meeting.papers)
        if (!paper_is_private(meeting, p)) out.push_back(&p);
    return out;
}

std::string ambition_anchor(const std::string& ambition_id) { return "ambition-" + ambition_id; }
std::string commitment_anchor(const std::string& commitment_id) {
    return "commitment-" + commitment_id;
}

}  // namespace icbgen
