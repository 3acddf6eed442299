#include "render/pack/action_log.h"

#include "render/pack/pack_test_site.h"

namespace icbgen {

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
    CHECK(log[1].action->number == "2.03");
    CHECK(log[1].status == "done");
    CHECK(log[1].closed_by == &january);
    CHECK(log[1].raised_at == &october);
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
    // Another body's meetings never carry this board's actions.
    CHECK(action_log(model, *model.find_meeting("2023-12-01-other")).empty());
}

}  // namespace icbgen
