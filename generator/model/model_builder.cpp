#include "model/model_builder.h"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/builders.h"

namespace icbgen {

SiteModel build_model(LoadedSite loaded, Diagnostics& diags) {
    SiteModel model;
    using K = DocumentKind;
    auto label = [](DocumentKind kind) { return content_kind(kind).label; };
    IdRegistry priority_ids(diags, label(K::priority)), metric_ids(diags, label(K::metric)),
        ambition_ids(diags, "ambition"), commitment_ids(diags, label(K::commitment)),
        case_ids(diags, label(K::case_study)), engagement_ids(diags, label(K::engagement)),
        person_ids(diags, label(K::people)), glossary_ids(diags, label(K::glossary));
    std::map<std::string, Meeting> meetings;
    std::map<std::string, std::vector<Paper>> papers;
    std::map<std::string, Minutes> minutes;

    for (const auto& doc : loaded.documents) {
        if (!doc.yaml) continue;  // a syntax error was reported
        BuildContext c{doc, diags};
        switch (doc.kind) {
            case DocumentKind::site: model.site = build_site_info(c); break;
            case DocumentKind::strategy: model.strategy = build_strategy(c); break;
            case DocumentKind::priority: {
                Priority p = build_priority(c);
                if (!priority_ids.claim(p.id, p.location)) break;
                for (const auto& a : p.ambitions) ambition_ids.claim(a.id, a.location);
                model.priorities.push_back(std::move(p));
                break;
            }
            case DocumentKind::metric: {
                Metric m = build_metric(c);
                if (metric_ids.claim(m.id, m.location)) model.metrics.push_back(std::move(m));
                break;
            }
            case DocumentKind::charter: {
                auto commitments = std::move(model.charter.commitments);
                model.charter = build_charter_index(c);
                model.charter.commitments = std::move(commitments);
                break;
            }
            case DocumentKind::commitment: {
                Commitment cm = build_commitment(c);
                if (commitment_ids.claim(cm.id, cm.location))
                    model.charter.commitments.push_back(std::move(cm));
                break;
            }
            case DocumentKind::case_study: {
                CaseStudy cs = build_case_study(c);
                if (case_ids.claim(cs.id, cs.location)) model.case_studies.push_back(std::move(cs));
                break;
            }
            case DocumentKind::engagement: {
                Engagement e = build_engagement(c);
                if (engagement_ids.claim(e.id, e.location))
                    model.engagements.push_back(std::move(e));
                break;
            }
            case DocumentKind::meeting: meetings[doc.meeting_id] = build_meeting(c); break;
            case DocumentKind::paper: papers[doc.meeting_id].push_back(build_paper(c)); break;
            case DocumentKind::minutes: minutes[doc.meeting_id] = build_minutes(c); break;
            case DocumentKind::people:
                for (auto& p : build_people(c))
                    if (person_ids.claim(p.initials, p.location))
                        model.people.push_back(std::move(p));
                break;
            case DocumentKind::glossary:
                for (auto& g : build_glossary(c))
                    if (glossary_ids.claim(g.abbr, g.location))
                        model.glossary.push_back(std::move(g));
                break;
            case DocumentKind::forward_plan: model.forward_plan = build_forward_plan(c); break;
        }
    }

    model.site.logo_path = loaded.logo_path;
    model.site.logo_bytes = loaded.logo_bytes;
    model.site.logo_location = loaded.logo_location;

    for (const auto& u : loaded.unreadable) {
        if (u.kind == DocumentKind::minutes)
            model.unreadable.insert({DocumentKind::meeting, "", u.meeting_id});
        else if (u.kind == DocumentKind::paper)
            model.unreadable.insert({DocumentKind::paper, u.meeting_id, u.file_id});
        else
            model.unreadable.insert({u.kind, "", u.file_id});
        if (u.path.rfind("content/", 0) == 0) model.unreadable_paths.push_back(u.path);
    }

    // Series (typed by the load stage) attach to the metric of the same id (the first, if two
    // share it), found by an index (a search per series was quadratic).
    std::unordered_map<std::string, std::size_t> metric_at;
    for (std::size_t i = 0; i < model.metrics.size(); ++i)
        metric_at.emplace(model.metrics[i].id, i);
    for (Series& series : loaded.series) {
        std::string id = series.path.substr(std::string("data/metrics/").size());
        id = id.substr(0, id.size() - 4);
        auto it = metric_at.find(id);
        if (it != metric_at.end())
            model.metrics[it->second].series = std::move(series);
        else if (!model.is_unreadable(DocumentKind::metric, id))
            model.orphan_series.push_back(series.path);
    }

    // Papers and minutes whose meeting folder has no meeting.yaml are reported by the
    // meeting validator; here they join their meeting when there is one.
    for (auto& [id, meeting] : meetings) {
        auto& ps = papers[id];
        std::vector<Paper> ordered;
        for (const auto& item : meeting.agenda)
            if (item.paper)
                for (auto& p : ps)
                    if (p.id == item.paper->id && !p.id.empty()) {
                        ordered.push_back(std::move(p));
                        p.id.clear();
                    }
        std::sort(ps.begin(), ps.end(), [](const Paper& a, const Paper& b) { return a.id < b.id; });
        for (auto& p : ps)
            if (!p.id.empty()) ordered.push_back(std::move(p));
        meeting.papers = std::move(ordered);
        if (auto mt = minutes.find(id); mt != minutes.end())
            meeting.minutes = std::move(mt->second);
        model.meetings.push_back(std::move(meeting));
    }
    for (const auto& [id, ps] : papers)
        if (!meetings.count(id) && !model.is_unreadable(DocumentKind::meeting, id))
            for (const auto& p : ps)
                diags.error("meeting-missing", p.location,
                            "this paper's folder content/meetings/" + id + " has no meeting.yaml",
                            "add meeting.yaml with the agenda, or move the paper to its meeting");
    for (const auto& [id, m] : minutes)
        if (!meetings.count(id) && !model.is_unreadable(DocumentKind::meeting, id))
            diags.error("meeting-missing", m.location,
                        "these minutes' folder content/meetings/" + id + " has no meeting.yaml",
                        "add meeting.yaml for the meeting these minutes record");

    std::sort(model.priorities.begin(), model.priorities.end(),
              [](const Priority& a, const Priority& b) {
                  return std::tie(a.order, a.id) < std::tie(b.order, b.id);
              });
    std::sort(model.metrics.begin(), model.metrics.end(),
              [](const Metric& a, const Metric& b) { return a.id < b.id; });
    std::sort(model.charter.commitments.begin(), model.charter.commitments.end(),
              [](const Commitment& a, const Commitment& b) {
                  return std::tie(a.number, a.id) < std::tie(b.number, b.id);
              });
    std::sort(model.case_studies.begin(), model.case_studies.end(),
              [](const CaseStudy& a, const CaseStudy& b) { return a.id < b.id; });
    std::sort(model.engagements.begin(), model.engagements.end(),
              [](const Engagement& a, const Engagement& b) {
                  return std::tie(b.date, a.id) < std::tie(a.date, b.id);
              });
    std::sort(model.meetings.begin(), model.meetings.end(), [](const Meeting& a, const Meeting& b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    std::stable_sort(model.forward_plan.begin(), model.forward_plan.end(),
                     [](const PlannedMeeting& a, const PlannedMeeting& b) {
                         return std::tie(a.date, a.body) < std::tie(b.date, b.body);
                     });
    return model;
}

}  // namespace icbgen
