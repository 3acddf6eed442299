// The Atom 1.0 feed (feed.xml) of what changed on the site: each meeting with its public papers
// and packs, minutes approved at a later meeting, and each metric's latest period. Every date
// comes from the content (the meeting's date, the approving meeting's date, the last day of the
// period), never the clock, and entries are sorted, so two builds write the same bytes. Entry
// ids are page addresses (with a fragment for minutes and periods), stable across builds.
#include <algorithm>

#include "core/text.h"
#include "format/machine_date.h"
#include "format/period_format.h"
#include "progress/progress.h"
#include "render/site/meeting_facts.h"
#include "render/site/metric_facts.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"
#include "site_map/privacy.h"

namespace icbgen {

namespace {

struct FeedEntry {
    std::string id, title, link, updated, html;  // updated: RFC 3339
};

std::string xml(const std::string& s) { return escape_markup(s, true); }

std::string link_item(const std::string& href, const std::string& text) {
    return "<li><a href=\"" + xml(href) + "\">" + xml(text) + "</a></li>";
}

// The meeting's page address, absolute.
std::string page_url(const SiteData& data, const std::string& path) {
    return data.context.base_url + site_paths::pretty(path);
}

void meeting_entries(const SiteData& data, std::vector<FeedEntry>& entries) {
    for (const auto& m : data.model.meetings) {
        auto date = parse_iso_date(m.date);
        if (!date) continue;  // the checks report it
        std::vector<const Paper*> papers = public_papers(m);
        std::string html = "<p>" + xml(m.venue.empty() ? "" : "Venue: " + m.venue + ". ");
        html += papers.empty() ? "No public papers."
                               : std::to_string(papers.size()) +
                                     (papers.size() == 1 ? " public paper." : " public papers.");
        html += "</p><ul>";
        if (!m.agenda.empty()) {
            html += link_item(data.context.base_url + site_paths::pack_html(m.id),
                              "Public meeting pack (web page)");
            html += link_item(data.context.base_url + site_paths::pack_pdf(m.id),
                              "Public meeting pack (PDF)");
        }
        for (const Paper* p : papers)
            html += link_item(page_url(data, site_paths::paper(m.id, p->id)), p->title);
        html += "</ul>";
        std::string url = page_url(data, site_paths::meeting(m.id));
        entries.push_back({url, meeting_title(m), url, rfc3339(*date), html});
    }
}

// Minutes approved at a later meeting's public agenda item, dated by that meeting.
void minutes_entries(const SiteData& data, std::vector<FeedEntry>& entries) {
    for (const auto& approving : data.model.meetings) {
        auto date = parse_iso_date(approving.date);
        if (!date) continue;
        for (const AgendaItem* item : public_items(approving)) {
            if (!item->approve_minutes) continue;
            const Meeting* m = data.model.find_meeting(item->approve_minutes->id);
            if (!m || !m->minutes || m->minutes->status != "approved") continue;
            std::string url = page_url(data, site_paths::meeting(m->id)) + "#minutes";
            std::string html = "<p>" +
                               xml("The minutes of " + meeting_title(*m) + " were approved at " +
                                   meeting_title(approving) + ".") +
                               "</p>";
            entries.push_back(
                {url, "Minutes approved: " + meeting_title(*m), url, rfc3339(*date), html});
        }
    }
}

// One entry per metric for its latest period with a value, dated by the period's last day.
void metric_entries(const SiteData& data, std::vector<FeedEntry>& entries) {
    for (const auto& metric : data.model.metrics) {
        if (!metric.series) continue;
        const Observation* latest = nullptr;
        for (const auto& o : metric.series->observations)
            if (o.value && (!latest || o.period.end > latest->period.end)) latest = &o;
        if (!latest) continue;
        std::string period = period_words(latest->period);
        std::string url = page_url(data, site_paths::metric(metric.id));
        std::string html = "<p>" + xml("Figures for " + period + " are published.");
        if (auto v = latest_value(metric, headline_area(metric)); v && v->period == period)
            html += xml(" Latest: " + v->text + (v->area.empty() ? "" : " for " + v->area) + ".");
        html += "</p>";
        entries.push_back({url + "#period-" + suggest_slug(latest->period.text),
                           metric.title + ": " + period, url,
                           rfc3339(period_last_day(latest->period)), html});
    }
}

}  // namespace

std::string feed_title(const SiteInfo& site) {
    return site.name + ": meetings, minutes and figures";
}

void add_feed(const SiteData& data, FileSet& out) {
    std::vector<FeedEntry> entries;
    meeting_entries(data, entries);
    minutes_entries(data, entries);
    metric_entries(data, entries);
    // Newest first; entries of the same day by id, so the order never depends on the build.
    std::sort(entries.begin(), entries.end(), [](const FeedEntry& a, const FeedEntry& b) {
        return a.updated != b.updated ? a.updated > b.updated : a.id < b.id;
    });

    const SiteInfo& site = data.model.site;
    const std::string& base = data.context.base_url;
    std::string updated = entries.empty() ? "" : entries.front().updated;
    if (updated.empty())
        if (auto d = parse_iso_date(data.context.build_date)) updated = rfc3339(*d);
    if (updated.empty()) updated = "1980-01-01T00:00:00Z";  // no date in the content at all

    std::string text =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
        xml(site.language) + "\">\n";
    text += "  <id>" + xml(base + site_paths::feed()) + "</id>\n";
    text += "  <title>" + xml(feed_title(site)) + "</title>\n";
    text += "  <updated>" + updated + "</updated>\n";
    text += "  <author><name>" + xml(site.publisher.empty() ? site.name : site.publisher) +
            "</name></author>\n";
    text += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
            xml(base + site_paths::feed()) + "\"/>\n";
    text += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(base) + "\"/>\n";
    if (!site.licence.empty()) text += "  <rights>" + xml(site.licence) + "</rights>\n";
    for (const auto& e : entries) {
        text += "  <entry>\n";
        text += "    <id>" + xml(e.id) + "</id>\n";
        text += "    <title>" + xml(e.title) + "</title>\n";
        text += "    <updated>" + e.updated + "</updated>\n";
        text += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(e.link) + "\"/>\n";
        text += "    <content type=\"html\">" + xml(e.html) + "</content>\n";
        text += "  </entry>\n";
    }
    text += "</feed>\n";
    out.add(site_paths::feed(), text);
}

}  // namespace icbgen
