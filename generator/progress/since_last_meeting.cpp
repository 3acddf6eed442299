#include "progress/since_last_meeting.h"

#include <algorithm>

#include "data/iso_date.h"
#include "data/period.h"
#include "format/period_format.h"
#include "format/unit.h"

namespace icbgen {

namespace {

const char* frequency_adjective(const std::string& frequency) {
    if (frequency == "monthly") return "a monthly";
    if (frequency == "quarterly") return "a quarterly";
    if (frequency == "multi-year") return "a multi-year";
    return "an annual";
}

bool before(const IsoDate& a, const IsoDate& b) { return epoch_seconds(a) < epoch_seconds(b); }

std::optional<HeadlinePoint> latest(const Metric& metric) {
    auto points = headline_series(metric);
    if (points.empty()) return std::nullopt;
    return points.back();
}

// "11.2% in 2023 (Example)"
std::string figure(const Metric& m, const HeadlinePoint& p, const std::string& area) {
    return format_value(p.value, m.unit) + " in " + period_words(std::string_view(p.period)) +
           (area.empty() ? "" : " (" + area + ")");
}

bool judged(ProgressStatus s) {
    return s != ProgressStatus::not_enough_data && s != ProgressStatus::not_assessed &&
           s != ProgressStatus::insufficient_local_data;
}

}  // namespace

std::string meeting_body_slug(const std::string& meeting_id) {
    // "YYYY-MM-DD-" is 11 characters.
    return meeting_id.size() > 11 ? meeting_id.substr(11) : std::string();
}

const Meeting* previous_meeting(const SiteModel& model, const Meeting& meeting) {
    auto day = parse_iso_date(meeting.date);
    if (!day) return nullptr;
    std::string slug = meeting_body_slug(meeting.id);
    const Meeting* found = nullptr;
    for (const auto& m : model.meetings) {
        if (&m == &meeting || meeting_body_slug(m.id) != slug) continue;
        auto d = parse_iso_date(m.date);
        if (!d || !before(*d, *day)) continue;
        if (!found || before(*parse_iso_date(found->date), *d)) found = &m;
    }
    return found;
}

SinceLastMeeting since_last_meeting(const SiteModel& model, const Meeting& meeting,
                                    const Paper& paper) {
    SinceLastMeeting out;
    out.previous = previous_meeting(model, meeting);
    auto today = parse_iso_date(meeting.date);
    if (!out.previous || !today) return out;
    std::vector<std::string> seen;
    for (const auto& ref : paper.cites) {
        const Metric* metric = model.find_metric(ref.id);
        if (!metric || std::find(seen.begin(), seen.end(), ref.id) != seen.end()) continue;
        seen.push_back(ref.id);
        Metric then_metric = metric_as_at(*metric, out.previous->date);
        Metric now_metric = metric_as_at(*metric, meeting.date);
        MetricSince s;
        s.metric = metric;
        s.area = headline_area_or_geography(*metric);
        s.then = latest(then_metric);
        s.now = latest(now_metric);
        s.status_then = assess_progress(then_metric).status;
        s.status_now = assess_progress(now_metric).status;
        s.new_data = s.now && (!s.then || s.now->period != s.then->period);
        s.moved = s.status_then != s.status_now && (judged(s.status_then) || judged(s.status_now));
        // Stale as `check`'s data-stale judges it (progress.h's allowed_data_age), at this
        // meeting's date.
        if (s.now && !s.new_data)
            if (auto age = allowed_data_age(metric->frequency))
                if (auto p = parse_period(s.now->period))
                    if (auto day = parse_period(meeting.date)) s.stale = day->start - p->end > *age;

        if (s.new_data)
            s.sentences.push_back("New data: " + figure(*metric, *s.now, s.area) +
                                  (s.then ? "; at the last meeting the latest was " +
                                                format_value(s.then->value, metric->unit) + " in " +
                                                period_words(std::string_view(s.then->period)) + "."
                                          : "; there was none at the last meeting."));
        if (s.moved)
            s.sentences.push_back(std::string("Moved from ") + progress_label(s.status_then) +
                                  " to " + progress_label(s.status_now) + ".");
        if (s.stale)
            s.sentences.push_back("No new data since " +
                                  period_words(std::string_view(s.now->period)) +
                                  (s.area.empty() ? "" : " (" + s.area + ")") + ": " +
                                  frequency_adjective(metric->frequency) +
                                  " series would normally have a newer value by now.");
        if (s.sentences.empty())
            out.unchanged.push_back(metric);
        else
            out.changed.push_back(std::move(s));
    }
    return out;
}

}  // namespace icbgen
