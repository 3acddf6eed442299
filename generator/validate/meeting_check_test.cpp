// Meeting checks, run the way `icbgen check` runs them: an in-memory site through load_site,
// build_model and validate.
#include <catch2/catch.hpp>
#include <utility>

#include "content/content_loader.h"
#include "core/file_system.h"
#include "model/model_builder.h"
#include "validate/checks.h"
#include "validate/validator.h"

namespace icbgen {

namespace {

const char* const kMeeting = R"(body: Example Board
date: "2024-01-10"
start: "10:00"
end: "12:00"
venue: Town Hall
chairs: [AC]
agenda:
  - title: Welcome and minutes
    leads: [AC]
    start: "10:00"
    approve_minutes: 2023-10-04-board
  - title: Our strategy
    leads: [BD]
    start: "10:15"
    paper: strategy-update
  - title: Questions from the public
    leads: [AC]
    start: "11:30"
)";

const char* const kPaper = R"(---
title: Strategy update
authors: [{name: Bea Dee, role: Director of Strategy}]
executive_leads: [BD]
purpose: [discussion]
summary: Progress on the strategy.
recommendation: The board is asked to note the update.
status: final
part: public
---
The strategy is on track.
)";

const char* const kMinutes = R"(---
status: draft
present:
  - {person: AC, chair: true}
items:
  - title: Welcome
    paragraphs:
      - text: The chair welcomed members.
---
)";

struct Site {
    MemoryFileSystem fs;
    Site() {
        fs.add("content/site.yaml",
               "name: NHS Example ICB\nshort_name: Example ICB\nbase_url: https://example.nhs.uk/\n"
               "contact_email: a@example.nhs.uk\npublisher: NHS Example ICB\nlicence: OGL\n");
        fs.add("data/people.yaml",
               "- {initials: AC, name: Alex Chair, role: Chair}\n"
               "- {initials: BD, name: Bea Dee, role: Director of Strategy}\n");
        fs.add("content/meetings/2023-10-04-board/meeting.yaml",
               "body: Example Board\ndate: \"2023-10-04\"\nstart: \"10:00\"\nend: \"11:00\"\n"
               "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
        fs.add("content/meetings/2023-10-04-board/minutes.md", kMinutes);
        fs.add("content/meetings/2024-01-10-board/meeting.yaml", kMeeting);
        fs.add("content/meetings/2024-01-10-board/papers/strategy-update.md", kPaper);
    }
    // Replaces `from` with `to` in a file (which must contain it).
    void edit(const std::string& path, const std::string& from, const std::string& to) {
        std::string text = *fs.read(path);
        auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        fs.add(path, text);
    }
    // The headline of every diagnostic with one of `codes`: "path:line:col: code: message".
    std::vector<std::string> check(const std::vector<std::string>& codes) const {
        Diagnostics diags;
        LoadedSite loaded = load_site(fs, diags);
        SiteModel model = build_model(std::move(loaded), diags);
        diags.append(validate(model, ValidateOptions{"2024-01-10"}));
        diags.sort_and_dedupe();
        std::vector<std::string> out;
        for (const auto& d : diags.items())
            for (const auto& c : codes)
                if (d.code == c)
                    out.push_back(d.location.path + ":" + std::to_string(d.location.line) + ":" +
                                  std::to_string(d.location.column) + ": " + d.code + ": " +
                                  d.message);
        return out;
    }
};

const std::vector<std::string> kMeetingCodes = {"confusable-letters",
                                                "private-link",
                                                "minutes-missing",
                                                "unknown-reference",
                                                "agenda-time",
                                                "part-mismatch",
                                                "paper-unlisted",
                                                "id-not-slug",
                                                "meeting-folder",
                                                "meeting-date",
                                                "agenda-paper-twice",
                                                "action-due-before-meeting",
                                                "action-closed-before-meeting",
                                                "minutes-order",
                                                "date-impossible"};
const std::string kJan = "content/meetings/2024-01-10-board/";

}  // namespace

TEST_CASE("meeting checks: the example meetings are clean", "[meeting_check]") {
    Site site;
    CHECK(site.check(kMeetingCodes).empty());
}

TEST_CASE("meeting checks: a Cyrillic letter in an agenda title is caught", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "title: Our strategy", "title: Оur strategy");  // U+041E
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{
              kJan + "meeting.yaml:12:12: confusable-letters: 'Оur strategy' contains the Cyrillic "
                     "letter 'О' (U+041E), which looks like the Latin 'O'"});
}

TEST_CASE("meeting checks: a Cyrillic A as an enclosure-like title is caught", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "title: Questions from the public", "title: А");  // U+0410
    auto found = site.check({"confusable-letters"});
    REQUIRE(found.size() == 1);
    CHECK(found[0] == kJan +
                          "meeting.yaml:16:12: confusable-letters: 'А' contains the Cyrillic "
                          "letter 'А' (U+0410), which looks like the Latin 'A'");
}

TEST_CASE("meeting checks: a look-alike letter in a paper's file name is caught",
          "[meeting_check]") {
    Site site;
    site.fs.add(kJan + "papers/strаtegy-update.md", kPaper);  // Cyrillic а (U+0430)
    auto found = site.check({"confusable-letters"});
    CHECK(found == std::vector<std::string>{
                       kJan + "papers/strаtegy-update.md:1:1: confusable-letters: the file name "
                              "'strаtegy-update.md' contains the Cyrillic letter 'а' (U+0430), "
                              "which looks like the Latin 'a'"});
}

TEST_CASE("meeting checks: an enclosure letter that is not Latin is caught", "[meeting_check]") {
    SiteModel model;
    Meeting m;
    m.id = "2024-01-10-board";
    m.date = "2024-01-10";
    AgendaItem item;
    item.title = "Minutes";
    item.number = 1;
    item.enclosure = "\xD0\x90";  // Cyrillic А
    item.location = {"content/meetings/2024-01-10-board/meeting.yaml", 8, 12};
    m.agenda.push_back(item);
    model.meetings.push_back(m);
    Diagnostics diags;
    check_meetings(model, diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].code == "confusable-letters");
    CHECK(diags.items()[0].location.line == 8);
    CHECK(diags.items()[0].message ==
          "the enclosure letter of item 1 'А' contains the Cyrillic letter 'А' (U+0410), which "
          "looks like the Latin 'A'");
}

TEST_CASE("meeting checks: a public paper linking to a private one", "[meeting_check]") {
    Site site;
    site.fs.add(kJan + "papers/confidential.md",
                "---\ntitle: Estates disposal\nauthors: [{name: Bea Dee}]\nexecutive_leads: [BD]\n"
                "purpose: [decision]\nsummary: Sale.\nrecommendation: Approve.\nstatus: final\n"
                "part: private\n---\nConfidential.\n");
    site.edit(
        kJan + "meeting.yaml", "  - title: Questions from the public",
        "  - {title: Estates, leads: [BD], start: \"11:00\", paper: confidential, part: private}\n"
        "  - title: Questions from the public");
    CHECK(site.check(kMeetingCodes).empty());
    site.edit(kJan + "papers/strategy-update.md", "The strategy is on track.",
              "The strategy is on track.\n\nSee [the estates paper](@/meetings/2024-01-10-board/"
              "papers/confidential.md).");
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{kJan + "papers/strategy-update.md:13:5: private-link: this "
                                          "public page links to the private paper "
                                          "'meetings/2024-01-10-board/papers/confidential.md'"});
}

TEST_CASE("meeting checks: minutes the agenda asks to approve do not exist", "[meeting_check]") {
    Site site;
    MemoryFileSystem without;
    for (const auto& path : site.fs.list(""))
        if (path != "content/meetings/2023-10-04-board/minutes.md")
            without.add(path, *site.fs.read(path));
    site.fs = without;
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{kJan + "meeting.yaml:11:22: minutes-missing: the agenda asks to "
                                          "approve the minutes of '2023-10-04-board', but there "
                                          "are none"});
}

TEST_CASE("meeting checks: minutes to approve must be of an earlier meeting", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "approve_minutes: 2023-10-04-board",
              "approve_minutes: 2024-01-10-board");
    CHECK(site.check({"minutes-missing"}) ==
          std::vector<std::string>{
              kJan + "meeting.yaml:11:22: minutes-missing: the agenda asks to approve the minutes "
                     "of '2024-01-10-board', but there are none",
              kJan + "meeting.yaml:11:22: minutes-missing: the minutes to approve must be of an "
                     "earlier meeting"});
}

TEST_CASE("meeting checks: an agenda lead whose initials are not in people.yaml",
          "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "leads: [BD]", "leads: [BX]");
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{kJan +
                                   "meeting.yaml:13:13: unknown-reference: unknown person 'BX'"});
}

TEST_CASE("meeting checks: agenda times running backwards", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "start: \"11:30\"", "start: \"10:05\"");
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{kJan + "meeting.yaml:18:12: agenda-time: item 3 starts at "
                                          "10:05, before the item above it (10:15)"});
}

TEST_CASE("meeting checks: an agenda item running past the meeting's end", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "start: \"11:30\"", "start: \"11:30\"\n    duration: 45");
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{kJan + "meeting.yaml:19:15: agenda-time: item 3 runs until "
                                          "12:15, past the meeting's end at 12:00"});
}

TEST_CASE("meeting checks: the draft's own minute numbers are kept, and repeats and gaps reported",
          "[meeting_check]") {
    Site site;
    const std::string oct = "content/meetings/2023-10-04-board/minutes.md";
    site.edit(oct, "      - text: The chair welcomed members.\n",
              "      - {number: \"1.01\", text: The chair welcomed members.}\n"
              "      - {number: \"1.01\", text: Apologies.}\n"
              "      - {text: Unnumbered.}\n"
              "      - {number: \"2.04\", text: Misplaced.}\n"
              "      - {number: \"1.05\", kind: decision, text: Agreed.}\n");
    CHECK(
        site.check({"minute-number-duplicate", "minute-number-item", "minute-number-missing"}) ==
        std::vector<std::string>{
            oct +
                ":6:12: minute-number-missing: item 1 has no paragraph numbered 1.02, 1.03 or 1.04",
            oct +
                ":9:18: minute-number-duplicate: paragraph number 1.01 is used twice in item 1; "
                "it is also at " +
                oct + ":8:18",
            oct + ":11:18: minute-number-item: paragraph number 2.04 is in item 1"});
    Diagnostics diags;
    SiteModel model = build_model(load_site(site.fs, diags), diags);
    const auto& paras = model.find_meeting("2023-10-04-board")->minutes->items[0].paragraphs;
    REQUIRE(paras.size() == 5);
    CHECK(paras[0].number == "1.01");
    CHECK(paras[1].number == "1.01");
    CHECK(paras[2].number.empty());
    CHECK(paras[3].number == "2.04");
    CHECK(paras[1].key == "1.02");
    CHECK(paras[4].key == "1.05");
}

TEST_CASE("meeting checks: a date that disagrees with the folder name", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "date: \"2024-01-10\"", "date: \"2024-01-11\"");
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{kJan + "meeting.yaml:2:7: meeting-date: the date 2024-01-11 "
                                          "disagrees with the folder name '2024-01-10-board', "
                                          "which says 2024-01-10"});
}

TEST_CASE("meeting checks: a folder not named <YYYY-MM-DD>-<body>", "[meeting_check]") {
    const char* const meeting =
        "body: Example Board\ndate: \"2024-03-06\"\nstart: \"10:00\"\nend: \"11:00\"\n"
        "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n";
    Site site;
    site.fs.add("content/meetings/board-march/meeting.yaml", meeting);
    site.fs.add("content/meetings/2024-03-06/meeting.yaml", meeting);
    site.fs.add("content/meetings/2024-13-06-board/meeting.yaml", meeting);
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{
              "content/meetings/2024-03-06/meeting.yaml:1:1: meeting-folder: the meeting folder "
              "'2024-03-06' is not named <YYYY-MM-DD>-<body>",
              "content/meetings/2024-13-06-board/meeting.yaml:1:1: meeting-folder: the meeting "
              "folder '2024-13-06-board' starts with '2024-13-06', which is not a date: there "
              "is no month 13",
              "content/meetings/board-march/meeting.yaml:1:1: meeting-folder: the meeting folder "
              "'board-march' is not named <YYYY-MM-DD>-<body>"});
}

}  // namespace icbgen

namespace icbgen {

TEST_CASE("meeting checks: an item before the meeting opens, at its start line",
          "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "    start: \"10:00\"\n    approve",
              "    start: \"09:30\"\n    approve");
    CHECK(site.check({"agenda-time"}) ==
          std::vector<std::string>{kJan +
                                   "meeting.yaml:10:12: agenda-time: item 1 starts at 09:30, "
                                   "before the meeting opens at 10:00"});
}

TEST_CASE("meeting checks: a duration running into the next item's start", "[meeting_check]") {
    Site site;
    site.edit(kJan + "meeting.yaml", "    start: \"10:00\"\n    approve",
              "    start: \"10:00\"\n    duration: 20\n    approve");
    CHECK(site.check({"agenda-time"}) ==
          std::vector<std::string>{kJan +
                                   "meeting.yaml:11:15: agenda-time: item 1 lasts 20 minutes "
                                   "from 10:00, so it runs until 10:20, past the start of "
                                   "item 2 at 10:15"});
}

TEST_CASE("meeting checks: a paper on two items, unless the later is a continuation",
          "[meeting_check]") {
    Site site;
    site.edit(
        kJan + "meeting.yaml", "  - title: Questions from the public",
        "  - {title: Our strategy again, leads: [BD], start: \"11:00\", paper: strategy-update, "
        "continuation: true}\n  - title: Questions from the public");
    CHECK(site.check({"agenda-paper-twice"}).empty());
    Diagnostics diags;
    SiteModel model = build_model(load_site(site.fs, diags), diags);
    const auto& agenda = model.find_meeting("2024-01-10-board")->agenda;
    REQUIRE(agenda.size() == 4);
    CHECK(agenda[2].enclosure == agenda[1].enclosure);
    CHECK(agenda[2].continues == 2);

    site.edit(kJan + "meeting.yaml", ", continuation: true}", "}");
    CHECK(site.check({"agenda-paper-twice"}) ==
          std::vector<std::string>{kJan +
                                   "meeting.yaml:16:69: agenda-paper-twice: the paper "
                                   "'strategy-update' is on item 3 and already on item 2 (" +
                                   kJan + "meeting.yaml:15:12)"});
}

}  // namespace icbgen

namespace icbgen {

TEST_CASE("meeting checks: a folder dated 29 February of a common year", "[meeting_check]") {
    Site site;
    site.fs.add("content/meetings/2023-02-29-board/meeting.yaml",
                "body: Example Board\ndate: \"2023-02-29\"\nstart: \"10:00\"\nend: \"11:00\"\n"
                "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
    CHECK(site.check(kMeetingCodes) ==
          std::vector<std::string>{
              "content/meetings/2023-02-29-board/meeting.yaml:1:1: meeting-folder: the meeting "
              "folder '2023-02-29-board' starts with '2023-02-29', which is not a date: 2023 is "
              "not a leap year, so February 2023 has 28 days",
              "content/meetings/2023-02-29-board/meeting.yaml:2:7: date-impossible: '2023-02-29' "
              "is not a date: 2023 is not a leap year, so February 2023 has 28 days"});
}

}  // namespace icbgen
