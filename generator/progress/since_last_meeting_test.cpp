// metric_as_at and "Since the last meeting" on a small model: two meetings of one body, one of
// another body, and a cited metric with values either side of the first meeting.
#include <catch2/catch.hpp>

#include "progress/since_last_meeting.h"

using namespace icbgen;

namespace {

Metric monthly(const std::vector<std::pair<std::string, double>>& rows) {
    Metric m;
    m.id = "visits";
    m.title = "Clinic visits";
    m.unit = "count";
    m.polarity = "higher-is-better";
    m.frequency = "monthly";
    m.geography = "Example";
    Series s;
    for (const auto& [period, value] : rows) {
        Observation o;
        o.period = *parse_period(period);
        o.value = value;
        o.area = "Example";
        s.observations.push_back(o);
    }
    m.series = s;
    return m;
}

Meeting meeting(const std::string& id) {
    Meeting m;
    m.id = id;
    m.date = id.substr(0, 10);
    return m;
}

}  // namespace

TEST_CASE("metric_as_at keeps only values whose period had ended by the date", "[progress]") {
    Metric m = monthly({{"2024-01", 1}, {"2024-02", 2}, {"2024-03", 3}});
    CHECK(metric_as_at(m, "2024-02-28").series->observations.size() == 1);
    CHECK(metric_as_at(m, "2024-02-29").series->observations.size() == 2);
    CHECK(metric_as_at(m, "not a date").series->observations.size() == 3);
}

TEST_CASE("since the last meeting: previous meeting of the same body, new data, stale",
          "[progress]") {
    SiteModel model;
    model.metrics.push_back(monthly({{"2022-10", 1000}, {"2023-12", 990}, {"2024-03", 1050}}));
    model.meetings = {meeting("2023-11-01-board"), meeting("2024-01-10-board"),
                      meeting("2024-03-01-audit"), meeting("2024-04-17-board")};
    Paper paper;
    paper.cites = {Ref{"visits", {}}};
    const Meeting& april = model.meetings[3];
    REQUIRE(previous_meeting(model, april) == &model.meetings[1]);
    CHECK(previous_meeting(model, model.meetings[0]) == nullptr);

    SinceLastMeeting since = since_last_meeting(model, april, paper);
    REQUIRE(since.any());
    REQUIRE(since.changed.size() == 1);
    CHECK(since.changed[0].sentences ==
          std::vector<std::string>{"New data: 1,050 in March 2024 (Example); at the last meeting "
                                   "the latest was 990 in December 2023.",
                                   "Moved from Getting worse to On track."});

    // At the January meeting nothing is new since November, and December's value is not yet
    // older than a monthly series allows; by a meeting in July it would be.
    SinceLastMeeting january = since_last_meeting(model, model.meetings[1], paper);
    CHECK(january.changed.size() == 1);  // December 2023 is new since 1 November
    model.meetings[3].date = "2024-09-01";
    model.metrics[0].series->observations.pop_back();
    SinceLastMeeting late = since_last_meeting(model, model.meetings[3], paper);
    REQUIRE(late.changed.size() == 1);
    CHECK(late.changed[0].stale);
    CHECK(late.changed[0].sentences.back() ==
          "No new data since December 2023 (Example): a monthly series would normally have a "
          "newer value by now.");

    Paper silent;
    CHECK_FALSE(since_last_meeting(model, april, silent).any());
}
