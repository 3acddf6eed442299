#include "model/model_builder.h"

#include <catch2/catch.hpp>

#include "content/content_loader.h"

using namespace icbgen;

namespace {
SiteModel build(const MemoryFileSystem& fs, Diagnostics& d) {
    return build_model(load_site(fs, d), d);
}
}  // namespace

TEST_CASE("agenda items get numbers, enclosure letters and times in agenda order") {
    MemoryFileSystem fs;
    fs.add(
        "content/meetings/2023-07-24-icp/meeting.yaml",
        "body: ICP\ndate: 2023-07-24\nstart: \"15:00\"\nend: \"17:00\"\nvenue: Hall\nchairs: [RD]\n"
        "agenda:\n"
        "  - {title: Welcome, start: \"15:00\", approve_minutes: 2023-04-25-icp}\n"
        "  - {title: Primary care, duration: 25, paper: primary-care}\n"
        "  - {title: Strategy, paper: strategy}\n"
        "  - {title: Questions, start: \"16:45\"}\n");
    Diagnostics d;
    SiteModel m = build(fs, d);
    REQUIRE(m.meetings.size() == 1);
    const auto& agenda = m.meetings[0].agenda;
    REQUIRE(agenda.size() == 4);
    CHECK(agenda[0].number == 1);
    CHECK(agenda[0].enclosure == "A");
    CHECK(agenda[1].enclosure == "B");
    CHECK(agenda[2].enclosure == "C");
    CHECK(agenda[3].enclosure.empty());
    CHECK(agenda[1].computed_start == 15 * 60);       // 15:00
    CHECK(agenda[1].computed_end == 15 * 60 + 25);    // 15:25
    CHECK(agenda[2].computed_start == 15 * 60 + 25);  // 15:25
    CHECK(agenda[2].computed_end == 16 * 60 + 45);    // 16:45
    CHECK(agenda[3].computed_end == 17 * 60);         // 17:00
}

TEST_CASE("minutes without their own numbers are numbered item.sequence") {
    MemoryFileSystem fs;
    fs.add(
        "content/meetings/2023-04-25-icp/meeting.yaml",
        "body: ICP\ndate: 2023-04-25\nvenue: Library\nchairs: [KW]\nagenda: [{title: Welcome}]\n");
    fs.add("content/meetings/2023-04-25-icp/minutes.md",
           "---\nstatus: draft\npresent: [{person: KW, chair: true}]\nitems:\n"
           "  - {title: Welcome, paragraphs: [{text: a}, {text: b}]}\n"
           "  - title: Strategy\n    paragraphs:\n"
           "      - {text: c}\n      - {text: d}\n      - {kind: decision, text: e}\n---\n");
    Diagnostics d;
    SiteModel m = build(fs, d);
    REQUIRE(m.meetings.size() == 1);
    REQUIRE(m.meetings[0].minutes);
    const auto& items = m.meetings[0].minutes->items;
    CHECK(items[0].paragraphs[1].number == "1.02");
    CHECK(items[1].paragraphs[0].number == "2.01");
    CHECK(items[1].paragraphs[2].number == "2.03");
    CHECK(items[1].paragraphs[2].kind == "decision");
}

TEST_CASE("entities are sorted and remember where they were written") {
    MemoryFileSystem fs;
    fs.add("content/strategy/priorities/b.md",
           "---\ntitle: B\norder: 2\nsummary: s\nambitions:\n  - {id: b1, statement: x, metrics: "
           "[m]}\n---\n");
    fs.add("content/strategy/priorities/a.md",
           "---\ntitle: A\norder: 1\nsummary: s\nambitions:\n  - {id: a1, statement: x, metrics: "
           "[m]}\n---\n");
    Diagnostics d;
    SiteModel m = build(fs, d);
    REQUIRE(m.priorities.size() == 2);
    CHECK(m.priorities[0].id == "a");
    CHECK(m.priorities[1].ambitions[0].location.path == "content/strategy/priorities/b.md");
    CHECK(m.priorities[1].ambitions[0].location.line == 6);
    CHECK(m.priorities[1].ambitions[0].metrics[0].location.column == 38);
}

TEST_CASE("a person's title leaves out an organisation the role already names") {
    Person p;
    p.role = "Chair";
    p.organisation = "Bromley Healthcare CIC";
    CHECK(p.title() == "Chair, Bromley Healthcare CIC");
    p.role = "Clinical Director, Southwark PCN";
    p.organisation = "Southwark PCN";
    CHECK(p.title() == "Clinical Director, Southwark PCN");
    p.role = "";
    CHECK(p.title() == "Southwark PCN");
    p.role = "GP";
    p.organisation = "";
    CHECK(p.title() == "GP");
}

TEST_CASE("examples a priority only names are kept as names, with their places") {
    MemoryFileSystem fs;
    fs.add("content/strategy/priorities/early-years.md",
           "---\ntitle: Early years\norder: 1\nsummary: S\n"
           "ambitions: [{id: a, statement: A, metrics: []}]\n"
           "other_examples:\n  - {name: Bridge Support, place: Bromley and Greenwich}\n"
           "  - {name: Mosaic}\n---\nBody.\n");
    Diagnostics d;
    SiteModel m = build(fs, d);
    REQUIRE(m.priorities.size() == 1);
    const auto& others = m.priorities[0].other_examples;
    REQUIRE(others.size() == 2);
    CHECK(others[0].name == "Bridge Support");
    CHECK(others[0].place == "Bromley and Greenwich");
    CHECK(others[1].name == "Mosaic");
    CHECK(others[1].place.empty());
    CHECK(others[1].location.line == 8);
}

TEST_CASE("each series joins its metric, and series problems are reported in the files' order") {
    MemoryFileSystem fs;
    for (int i = 0; i < 30; ++i) {
        std::string id = "m" + std::to_string(10 + i);
        fs.add("content/metrics/" + id + ".md",
               "---\ntitle: Metric " + id +
                   "\nkind: outcome\nunit: percent\npolarity: up\nfrequency: annual\n"
                   "source: {name: s}\ngeography: g\nstatus: example\n---\n");
        // Every other file has a period icbgen does not read.
        fs.add("data/metrics/" + id + ".csv", "period,value\n" +
                                                  std::string(i % 2 ? "someday" : "2021") + "," +
                                                  std::to_string(i) + "\n2022,1\n");
    }
    fs.add("data/metrics/orphan.csv", "period,value\n2021,1\n");
    Diagnostics d;
    SiteModel m = build(fs, d);
    REQUIRE(m.metrics.size() == 30);
    for (const auto& metric : m.metrics) {
        REQUIRE(metric.series);
        CHECK(metric.series->path == "data/metrics/" + metric.id + ".csv");
    }
    CHECK(m.orphan_series == std::vector<std::string>{"data/metrics/orphan.csv"});
    std::vector<std::string> paths;
    for (const auto& x : d.items())
        if (x.location.path.rfind("data/", 0) == 0) paths.push_back(x.location.path);
    REQUIRE(paths.size() == 15);
    CHECK(std::is_sorted(paths.begin(), paths.end()));
}
