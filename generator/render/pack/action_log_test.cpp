#include "render/pack/action_log.h"

#include "render/action_register.h"
#include "render/pack/pack_test_site.h"

namespace icbgen {

namespace {

// A third meeting of the board, after January, with a chosen agenda and minutes.
void add_april(MemoryFileSystem& fs, const std::string& minutes) {
    fs.add("content/meetings/2024-04-10-board/meeting.yaml",
           "body: Example Board\ndate: \"2024-04-10\"\nstart: \"10:00\"\nend: \"11:00\"\n"
           "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
    if (!minutes.empty()) fs.add("content/meetings/2024-01-10-board/minutes.md", minutes);
}

const char* kJanuaryMinutes = R"(---
status: draft
present: [{person: AC, chair: true}]
items:
  - title: Our strategy
    paragraphs:
      - {kind: action, text: Report on clinics., owner: BD, due: "2024-03-01"}
      - {kind: action, text: Write to the council., owner: CE, status: done}
      - {kind: action, text: Review the estate., owner: CE, due: "2024-06-01"}
  - title: Estates disposal
    paragraphs:
      - {kind: action, text: Instruct the agents., owner: CE, due: "2024-02-01"}
---
)";

}  // namespace

TEST_CASE("action log: actions of earlier meetings, status carried forward", "[pack]") {
    auto fs = pack_test::example_site();
    SiteModel model = pack_test::build(fs);
    const Meeting& october = *model.find_meeting("2023-10-04-board");
    const Meeting& january = *model.find_meeting("2024-01-10-board");

    CHECK(action_log(model, october).empty());  // no earlier meeting

    auto log = action_log(model, january);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action->number == "2.02");
    CHECK(log[0].status == "open");
    CHECK(log[0].closed_by == nullptr);
    CHECK_FALSE(log[0].overdue);  // no due date
    CHECK(log[1].action->number == "2.03");
    CHECK(log[1].status == "done");
    CHECK(log[1].closed_by == &january);  // closed at this meeting: shown as closed
    CHECK(log[1].raised_at == &october);
    CHECK_FALSE(log[1].overdue);  // due 1 December 2023, but closed
}

TEST_CASE("action log: an action closed later is still open at the meetings before", "[pack]") {
    auto fs = pack_test::example_site();
    fs.add("content/meetings/2023-12-01-board/meeting.yaml",
           "body: Example Board\ndate: \"2023-12-01\"\nstart: \"10:00\"\nend: \"11:00\"\n"
           "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
    fs.add("content/meetings/2023-12-01-other/meeting.yaml",
           "body: Another Committee\ndate: \"2023-12-01\"\nstart: \"10:00\"\nend: \"11:00\"\n"
           "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
    SiteModel model = pack_test::build(fs);
    auto december = action_log(model, *model.find_meeting("2023-12-01-board"));
    REQUIRE(december.size() == 2);
    CHECK(december[1].status == "open");  // closed only in January
    CHECK(december[1].closed_by == nullptr);
    CHECK_FALSE(december[1].overdue);  // due on the day of the meeting, not before it
    // Another body's meetings never carry this board's actions.
    CHECK(action_log(model, *model.find_meeting("2023-12-01-other")).empty());
}

TEST_CASE("action log: an action closed at a meeting leaves the logs after it", "[pack]") {
    auto fs = pack_test::example_site();
    add_april(fs, "");
    SiteModel model = pack_test::build(fs);
    auto april = action_log(model, *model.find_meeting("2024-04-10-board"));
    // 2.03 was closed by the January meeting: gone. 2.02 is still open.
    REQUIRE(april.size() == 1);
    CHECK(april[0].action->number == "2.02");
    CHECK(april[0].status == "open");
}

TEST_CASE("action log: overdue by date, closed in its own minutes, private items", "[pack]") {
    auto fs = pack_test::example_site();
    add_april(fs, kJanuaryMinutes);
    SiteModel model = pack_test::build(fs);
    const Meeting& january = *model.find_meeting("2024-01-10-board");
    const Meeting& april = *model.find_meeting("2024-04-10-board");

    auto log = action_log(model, april);  // the private pack: every item
    std::vector<std::string> texts;
    for (const auto& e : log) texts.push_back(e.action->text);
    CHECK(texts == std::vector<std::string>{"Bring the strategy back.", "Report on clinics.",
                                            "Write to the council.", "Review the estate.",
                                            "Instruct the agents."});
    CHECK(log[1].overdue);  // due 1 March 2024, before 10 April 2024, still open
    CHECK(log[2].status == "done");
    CHECK(log[2].closed_by == &january);  // closed in the minutes that record it
    CHECK_FALSE(log[2].overdue);
    CHECK_FALSE(log[3].overdue);  // due in June
    CHECK(log[4].overdue);

    // The public pack leaves out the action of the private item (Estates disposal).
    auto public_log = action_log(model, april, false);
    REQUIRE(public_log.size() == 4);
    CHECK(public_log.back().action->text == "Review the estate.");

    // Closed in January's own minutes: shown once, in the next meeting's log, then gone.
    fs.add("content/meetings/2024-07-10-board/meeting.yaml",
           "body: Example Board\ndate: \"2024-07-10\"\nstart: \"10:00\"\nend: \"11:00\"\n"
           "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
    SiteModel later = pack_test::build(fs);
    auto july = action_log(later, *later.find_meeting("2024-07-10-board"));
    for (const auto& e : july) CHECK(e.action->text != "Write to the council.");
    REQUIRE(july.size() == 4);
    CHECK(july[3].overdue);  // Review the estate, due 1 June 2024
}

TEST_CASE("action register: every action with the meetings that raised and closed it", "[pack]") {
    auto fs = pack_test::example_site();
    add_april(fs, kJanuaryMinutes);
    SiteModel model = pack_test::build(fs);
    auto all = action_register(model, true);
    REQUIRE(all.size() == 6);
    CHECK(all[1].action->text == "Publish the plan.");
    CHECK(all[1].closed_at == model.find_meeting("2024-01-10-board"));
    CHECK(all[0].closed_at == nullptr);
    CHECK(all[3].closed_at == all[3].raised_at);  // done in its own minutes
    CHECK(all[5].is_private);
    CHECK(action_register(model, false).size() == 5);
    CHECK(overdue_on(*all[2].action, "2024-03-02"));
    CHECK_FALSE(overdue_on(*all[2].action, "2024-03-01"));
    CHECK_FALSE(overdue_on(*all[0].action, "2030-01-01"));  // no due date
}

}  // namespace icbgen
