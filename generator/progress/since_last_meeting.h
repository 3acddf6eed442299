#pragma once
// "Since the last meeting": for a paper, what changed in each metric it cites between the
// previous meeting of the same body and this one. Each cited metric is taken as it stood on
// each meeting's date (metric_as_at: only values whose period had ended by then), its status
// judged by the same progress calculation, and the two compared: new data, a status that
// moved, a series gone stale. See docs/BOARD_PACKS.md.
#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"
#include "progress/progress.h"

namespace icbgen {

// The latest earlier meeting of the same body (the same body slug in the meeting folder's
// name, `<YYYY-MM-DD>-<body>`), or nullptr when there is none.
const Meeting* previous_meeting(const SiteModel& model, const Meeting& meeting);

// The body slug of a meeting folder: "icp" for "2023-07-24-icp".
std::string meeting_body_slug(const std::string& meeting_id);

struct MetricSince {
    const Metric* metric = nullptr;
    std::string area;                        // the headline series' area
    std::optional<HeadlinePoint> then, now;  // the latest headline value as at each meeting
    ProgressStatus status_then = ProgressStatus::not_enough_data;
    ProgressStatus status_now = ProgressStatus::not_enough_data;
    bool new_data = false;  // a value for a later period than at the previous meeting
    bool moved = false;     // the status differs, and at least one of the two was judged
    // No new data since the last meeting, and the latest value is older than the metric's
    // frequency allows (allowed_data_age: the rule of `check`'s data-stale).
    bool stale = false;
    // One sentence each, written by format/: "New data: 11.2% in 2023 (Example); at the last
    // meeting the latest was 11.9% in 2022."; "Moved from Needs acceleration to On track.";
    // "No new data since 2022 (Example): an annual series would normally have a newer value
    // by now."
    std::vector<std::string> sentences;
};

struct SinceLastMeeting {
    const Meeting* previous = nullptr;
    std::vector<MetricSince> changed;      // metrics with something to say, in `cites` order
    std::vector<const Metric*> unchanged;  // cited metrics with no new data and no move
    // Whether there is a box to print: a previous meeting and at least one cited metric.
    bool any() const { return previous && (!changed.empty() || !unchanged.empty()); }
};

SinceLastMeeting since_last_meeting(const SiteModel& model, const Meeting& meeting,
                                    const Paper& paper);

}  // namespace icbgen
