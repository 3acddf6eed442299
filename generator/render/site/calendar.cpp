// iCalendar files (RFC 5545) of the board meetings: meetings.ics with every meeting and one
// file per body (site_paths::body_calendar). Lines end CRLF and are folded at 75 octets
// (never inside a UTF-8 character); text escapes backslash, semicolon, comma and newlines.
// Timed meetings are local times in Europe/London, described by a VTIMEZONE block; a meeting
// whose times are not known is an all-day event on its date, never a guessed time. Each
// VEVENT's UID is the meeting's id at the site's host, and its DTSTAMP is the meeting's date
// (from the content, never the clock), so two builds write the same bytes.
#include <map>

#include "format/machine_date.h"
#include "render/site/meeting_facts.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"
#include "site_map/privacy.h"

namespace icbgen {

namespace {

std::string escape_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

// One content line, folded: at most 75 octets a line, continuation lines start with a space.
std::string line(const std::string& text) {
    std::string out;
    std::size_t start = 0, limit = 75;
    while (text.size() - start > limit) {
        std::size_t cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        out += text.substr(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;  // the leading space counts
    }
    return out + text.substr(start) + "\r\n";
}

// The host of the base URL: "www.selondonics.org" for "https://www.selondonics.org/".
std::string host(const std::string& base_url) {
    std::size_t from = base_url.find("://");
    from = from == std::string::npos ? 0 : from + 3;
    return base_url.substr(from, base_url.find('/', from) - from);
}

// Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on
// the last Sunday of October.
const char* kLondon =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0000\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:BST\r\n"
    "DTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0000\r\n"
    "TZNAME:GMT\r\n"
    "DTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

std::string event(const SiteData& data, const Meeting& m, const IsoDate& date) {
    const std::string& base = data.context.base_url;
    std::string url = base + site_paths::pretty(site_paths::meeting(m.id));
    std::string e = "BEGIN:VEVENT\r\n";
    e += line("UID:" + m.id + "@" + host(base));
    e += line("DTSTAMP:" + ical_date(date) + "T000000Z");
    if (m.timed) {
        e += line("DTSTART;TZID=Europe/London:" + ical_date_time(date, m.start_minutes));
        e += line("DTEND;TZID=Europe/London:" + ical_date_time(date, m.end_minutes));
    } else {
        e += line("DTSTART;VALUE=DATE:" + ical_date(date));
        e += line("DTEND;VALUE=DATE:" + ical_date(add_days(date, 1)));
    }
    e += line("SUMMARY:" + escape_text(meeting_title(m)));
    if (!m.venue.empty()) e += line("LOCATION:" + escape_text(m.venue));
    std::size_t papers = public_papers(m).size();
    std::string about = "Agenda" + std::string(papers ? ", public papers" : "") +
                        (m.minutes ? " and minutes" : "") + ": " + url;
    e += line("DESCRIPTION:" + escape_text(about));
    e += line("URL:" + url);
    e += "END:VEVENT\r\n";
    return e;
}

std::string calendar(const SiteData& data, const std::string& name,
                     const std::vector<const Meeting*>& meetings) {
    std::string c = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    const SiteInfo& site = data.model.site;
    c += line("PRODID:-//" + escape_text(site.publisher.empty() ? site.name : site.publisher) +
              "//Board meetings//EN");
    c += "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    c += line("X-WR-CALNAME:" + escape_text(name));
    bool timed = false;
    for (const Meeting* m : meetings) timed = timed || m->timed;
    if (timed) c += kLondon;
    for (const Meeting* m : meetings)
        if (auto date = parse_iso_date(m->date)) c += event(data, *m, *date);
    return c + "END:VCALENDAR\r\n";
}

}  // namespace

void add_calendars(const SiteData& data, FileSet& out) {
    std::vector<const Meeting*> all;
    std::map<std::string, std::vector<const Meeting*>> by_body;
    for (const auto& m : data.model.meetings) {
        all.push_back(&m);
        by_body[m.body].push_back(&m);
    }
    const std::string& site =
        data.model.site.short_name.empty() ? data.model.site.name : data.model.site.short_name;
    out.add(site_paths::calendar(), calendar(data, site + " board meetings", all));
    for (const auto& [body, meetings] : by_body)
        out.add(site_paths::body_calendar(body), calendar(data, site + ": " + body, meetings));
}

}  // namespace icbgen
