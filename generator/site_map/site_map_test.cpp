#include "site_map/site_map.h"

#include <catch2/catch.hpp>

#include "content/content_loader.h"
#include "model/model_builder.h"

using namespace icbgen;

namespace {

// A model with one entity of every kind that has a page, and a meeting whose papers are
// public, private, and public but presented under a private item too.
SiteModel example_model() {
    SiteModel m;
    m.priorities.resize(1);
    m.priorities[0].id = "early-years";
    m.metrics.resize(1);
    m.metrics[0].id = "x";
    m.charter.present = true;
    m.charter.commitments.resize(1);
    m.charter.commitments[0].id = "fair-funding";
    m.case_studies.resize(1);
    m.case_studies[0].id = "bristol";
    m.engagements.resize(1);
    m.engagements[0].id = "listening";
    Meeting meeting;
    meeting.id = "2024-01-10-board";
    meeting.papers.resize(3);
    meeting.papers[0].id = "open";
    meeting.papers[1].id = "closed";
    meeting.papers[1].part = "private";
    meeting.papers[2].id = "shared";
    meeting.agenda.resize(3);
    meeting.agenda[0].paper = Ref{"open", {}};
    meeting.agenda[1].paper = Ref{"shared", {}};
    meeting.agenda[2].paper = Ref{"shared", {}};
    meeting.agenda[2].part = "private";
    meeting.minutes.emplace();
    m.meetings = {meeting};
    return m;
}

std::string describe(const SiteEntry& e) {
    return e.source + " -> " + e.address() + (e.is_public ? "" : " (private)");
}

}  // namespace

TEST_CASE("site map: every entity's source file, page, anchor and privacy") {
    SiteMap map(example_model());
    std::vector<std::string> got;
    for (const auto& e : map.entries()) got.push_back(describe(e));
    CHECK(got ==
          std::vector<std::string>{
              "content/strategy/_index.md -> strategy/index.html",
              "content/strategy/priorities/early-years.md -> priorities/early-years/index.html",
              "content/metrics/x.md -> metrics/x/index.html",
              "content/charter/_index.md -> charter/index.html",
              "content/charter/fair-funding.md -> charter/index.html#commitment-fair-funding",
              "content/case-studies/bristol.md -> case-studies/bristol/index.html",
              "content/engagement/listening.md -> engagement/listening/index.html",
              "content/meetings/2024-01-10-board/meeting.yaml -> "
              "meetings/2024-01-10-board/index.html",
              "content/meetings/2024-01-10-board/papers/open.md -> "
              "meetings/2024-01-10-board/papers/open/index.html",
              "content/meetings/2024-01-10-board/papers/closed.md -> "
              "meetings/2024-01-10-board/papers/closed/index.html (private)",
              "content/meetings/2024-01-10-board/papers/shared.md -> "
              "meetings/2024-01-10-board/papers/shared/index.html (private)",
              "content/meetings/2024-01-10-board/minutes.md -> "
              "meetings/2024-01-10-board/index.html#minutes",
          });
}

TEST_CASE("site map: where an @/ link lands for the public") {
    SiteMap map(example_model());
    CHECK(map.public_address("metrics/x.md") == "metrics/x/index.html");
    CHECK(map.public_address("metrics/x.md#data") == "metrics/x/index.html#data");
    CHECK(map.public_address("charter/fair-funding.md") ==
          "charter/index.html#commitment-fair-funding");
    CHECK(map.public_address("charter/fair-funding.md#a") == "charter/index.html#a");
    CHECK(map.public_address("meetings/2024-01-10-board/minutes.md") ==
          "meetings/2024-01-10-board/index.html#minutes");
    CHECK(map.public_address("meetings/2024-01-10-board/papers/open.md") ==
          "meetings/2024-01-10-board/papers/open/index.html");
    CHECK(map.public_address("meetings/2024-01-10-board/papers/closed.md") == std::nullopt);
    CHECK(map.public_address("meetings/2024-01-10-board/papers/shared.md") == std::nullopt);
    CHECK(map.public_address("metrics/y.md") == std::nullopt);
    REQUIRE(map.find("meetings/2024-01-10-board/papers/shared.md"));
    CHECK_FALSE(map.find("meetings/2024-01-10-board/papers/shared.md")->is_public);
    CHECK(map.find("site.yaml") == nullptr);  // no page of its own
}

TEST_CASE("site map: without a charter or minutes there is no page or section for them") {
    SiteModel m = example_model();
    m.charter = Charter{};
    m.meetings[0].minutes.reset();
    SiteMap map(m);
    CHECK(map.find("charter/_index.md") == nullptr);
    CHECK(map.find("meetings/2024-01-10-board/minutes.md") == nullptr);
    CHECK(map.find("strategy/_index.md") != nullptr);
}

TEST_CASE("site map: every kind in the table is found by the loader at its source pattern") {
    // The loader and the site map read the same table: a file at a kind's source pattern
    // loads as that kind, with the ids the pattern names.
    for (const auto& k : content_kinds()) {
        std::string path = expand_pattern(k.source, "2024-01-10-board", "an-id");
        MemoryFileSystem fs;
        fs.add(path, path.ends_with(".md") ? "---\ntitle: T\n---\n" : "a: b\n");
        Diagnostics d;
        LoadedSite loaded = load_site(fs, d);
        INFO(path);
        REQUIRE(loaded.documents.size() == 1);
        CHECK(loaded.documents[0].kind == k.kind);
        CHECK(loaded.documents[0].path == path);
        bool has_id = std::string(k.source).find("{id}") != std::string::npos;
        bool in_meeting = std::string(k.source).find("{meeting}") != std::string::npos;
        CHECK(loaded.documents[0].file_id == (has_id       ? "an-id"
                                              : in_meeting ? "2024-01-10-board"
                                                           : ""));
        CHECK(loaded.documents[0].meeting_id == (in_meeting ? "2024-01-10-board" : ""));
    }
}

TEST_CASE("site map: a built model's papers, public and private") {
    MemoryFileSystem fs;
    fs.add("content/meetings/2024-01-10-board/meeting.yaml",
           "body: Board\ndate: 2024-01-10\nvenue: Hall\nchairs: [AC]\nagenda:\n"
           "  - {title: Open, paper: open}\n  - {title: Closed, paper: closed, part: private}\n");
    const char* paper = "---\ntitle: P\n---\nText.\n";
    fs.add("content/meetings/2024-01-10-board/papers/open.md", paper);
    fs.add("content/meetings/2024-01-10-board/papers/closed.md", paper);
    Diagnostics d;
    SiteMap map(build_model(load_site(fs, d), d));
    CHECK(map.public_address("meetings/2024-01-10-board/papers/open.md") ==
          "meetings/2024-01-10-board/papers/open/index.html");
    REQUIRE(map.find("meetings/2024-01-10-board/papers/closed.md"));
    CHECK_FALSE(map.find("meetings/2024-01-10-board/papers/closed.md")->is_public);
}
