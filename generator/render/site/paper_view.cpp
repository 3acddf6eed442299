// A public paper's page: its cover sheet as a summary list, then the paper. Private papers
// (marked private, or under a private agenda item) get no page.
#include "format/date_format.h"
#include "format/paper_purpose.h"
#include "format/words.h"
#include "progress/since_last_meeting.h"
#include "render/site/content_links.h"
#include "render/site/meeting_facts.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"
#include "site_map/site_map.h"

namespace icbgen {

namespace {

// The "Since the last meeting" box (progress/since_last_meeting.h), or null for none.
nlohmann::json since_view(const SiteData& data, const PageMeta& meta, const Meeting& m,
                          const Paper& p) {
    SinceLastMeeting since = since_last_meeting(data.model, m, p);
    if (!since.any()) return nullptr;
    nlohmann::json changed = nlohmann::json::array();
    for (const auto& c : since.changed)
        changed.push_back({{"title", c.metric->title},
                           {"href", href(meta, site_paths::metric(c.metric->id))},
                           {"sentences", c.sentences}});
    nlohmann::json unchanged = nlohmann::json::array();
    for (const Metric* metric : since.unchanged)
        unchanged.push_back(
            {{"title", metric->title}, {"href", href(meta, site_paths::metric(metric->id))}});
    return {{"previous", date_words(since.previous->date)},
            {"previous_href", href(meta, site_paths::meeting(since.previous->id))},
            {"changed", changed},
            {"unchanged", unchanged}};
}

nlohmann::json paper_view(const SiteData& data, const Meeting& m, const Paper& p) {
    PageMeta meta{site_paths::paper(m.id, p.id),
                  p.title,
                  "meetings",
                  {{"Home", site_paths::home()},
                   {"Board meetings", site_paths::meetings()},
                   {meeting_title(m), site_paths::meeting(m.id)}},
                  ""};
    meta.page_type = "Paper";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> ids = layout_ids();
    std::string caption;
    for (const auto& item : m.agenda)
        if (item.paper && item.paper->id == p.id)
            caption = (item.enclosure.empty() ? "" : "Enclosure " + item.enclosure + ", ") +
                      "item " + std::to_string(item.number);
    v["caption"] = caption;
    v["draft"] = p.status != "final";

    // The cover sheet: each row is text, lines, links or rendered Markdown.
    nlohmann::json rows = nlohmann::json::array();
    auto add = [&](const std::string& key, const char* field, nlohmann::json value) {
        nlohmann::json row = {{"key", key},
                              {"text", ""},
                              {"lines", nlohmann::json::array()},
                              {"links", nlohmann::json::array()},
                              {"html", ""}};
        row[field] = std::move(value);
        rows.push_back(std::move(row));
    };
    auto text = [&](const std::string& key, const std::string& value) {
        if (!value.empty()) add(key, "text", value);
    };
    auto lines = [&](const std::string& key, const nlohmann::json& values) {
        if (!values.empty()) add(key, "lines", values);
    };
    text("Title", p.title);
    text("Paper reference", p.reference);
    add("Meeting", "links",
        nlohmann::json::array(
            {{{"text", meeting_title(m)}, {"href", href(meta, site_paths::meeting(m.id))}}}));
    nlohmann::json authors = nlohmann::json::array();
    bool emails = false;
    for (const auto& a : p.authors) {
        authors.push_back(a.name + (a.role.empty() ? "" : ", " + a.role));
        emails = emails || !a.email.empty();
    }
    lines(p.authors.size() == 1 ? "Author" : "Authors", authors);
    // How to reach the authors: each author's email, then the paper's contact.
    nlohmann::json contact = nlohmann::json::array();
    if (emails)
        for (const auto& a : p.authors)
            if (!a.email.empty())
                contact.push_back(
                    {{"text", a.name + ": " + a.email}, {"href", "mailto:" + a.email}});
    if (!p.contact_email.empty())
        contact.push_back({{"text", p.contact_email}, {"href", "mailto:" + p.contact_email}});
    if (!contact.empty()) add("Contact", "links", contact);
    nlohmann::json leads = nlohmann::json::array();
    for (const auto& r : p.executive_leads) leads.push_back(data.person(r.id));
    lines(p.executive_leads.size() == 1 ? "Executive lead" : "Executive leads", leads);
    text("Purpose of the paper", purpose_list(p.purpose));
    if (!p.summary.text.empty())
        add("Summary of main points", "html", data.markdown(p.summary.text, meta.path, ids, 3));
    text("Recommendation", p.recommendation);
    if (!p.key_risks.text.empty())
        add("Key risks and mitigations", "html",
            data.markdown(p.key_risks.text, meta.path, ids, 3));
    nlohmann::json before = nlohmann::json::array();
    for (const auto& b : p.previously_considered)
        before.push_back(b.body + (b.date.empty() ? "" : ", " + date_words(b.date)) +
                         (b.outcome.empty() ? "" : " (" + b.outcome + ")"));
    lines("Previously considered by", before);
    text("Conflicts of interest", p.conflicts_of_interest);
    text("Equality impact", p.equality_impact);
    text("Quality impact", p.quality_impact);
    text("Financial impact", p.financial_impact);
    text("Green impact", p.green_impact);
    text("Public and patient engagement", p.public_engagement);
    // Relevant ambitions: those the cited metrics measure, linked to their priority pages.
    nlohmann::json ambitions = nlohmann::json::array();
    std::set<std::string> seen;
    for (const auto& r : p.cites)
        for (const Ambition* a : data.model.ambitions_using(r.id))
            if (seen.insert(a->id).second)
                ambitions.push_back({{"text", a->statement},
                                     {"href", href(meta, site_paths::priority(a->priority_id)) +
                                                  "#" + ambition_anchor(a->id)}});
    if (!ambitions.empty()) add("Relevant ambitions", "links", ambitions);
    nlohmann::json cites = nlohmann::json::array();
    for (const auto& r : p.cites)
        if (const Metric* metric = data.model.find_metric(r.id))
            cites.push_back(
                {{"text", metric->title}, {"href", href(meta, site_paths::metric(metric->id))}});
    if (!cites.empty()) add("Metrics cited", "links", cites);
    v["cover"] = std::move(rows);
    v["since"] = since_view(data, meta, m, p);
    v["body"] = data.markdown(p.body.text, meta.path, ids, 3);
    v["meeting_href"] = href(meta, site_paths::meeting(m.id));
    v["meeting_title"] = meeting_title(m);
    bool pack = !m.agenda.empty();
    v["pack_html"] = pack ? href(meta, site_paths::pack_html(m.id)) : "";
    v["pack_pdf"] = pack ? href(meta, site_paths::pack_pdf(m.id)) : "";
    return v;
}

}  // namespace

void add_paper_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    for (const auto& m : data.model.meetings)
        for (const Paper* p : public_papers(m))
            jobs.push_back({site_paths::paper(m.id, p->id), "paper.mustache",
                            [&data, &m, p] { return paper_view(data, m, *p); }});
}

}  // namespace icbgen
