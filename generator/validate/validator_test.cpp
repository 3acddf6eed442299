#include "validate/validator.h"

#include <catch2/catch.hpp>

#include "content/content_loader.h"
#include "model/model_builder.h"

using namespace icbgen;

TEST_CASE("the coverage summary counts ambitions mapped to tracked metrics") {
    MemoryFileSystem fs;
    fs.add("content/strategy/priorities/p.md",
           "---\ntitle: P\norder: 1\nsummary: s\nambitions:\n"
           "  - {id: tracked, statement: x, metrics: [with-data, without-data]}\n"
           "  - {id: untracked, statement: y, metrics: [without-data]}\n---\n");
    const char* metric =
        "---\ntitle: M\nkind: output\nunit: percent\npolarity: higher-is-better\n"
        "frequency: annual\nsource: {name: s}\ngeography: g\nstatus: example\n---\n";
    fs.add("content/metrics/with-data.md", metric);
    fs.add("content/metrics/without-data.md", metric);
    fs.add("data/metrics/with-data.csv", "period,value\n2022,50\n");
    Diagnostics d;
    SiteModel m = build_model(load_site(fs, d), d);
    CoverageSummary s = summarise_coverage(m);
    CHECK(s.priorities == 1);
    CHECK(s.ambitions == 2);
    CHECK(s.ambitions_tracked == 1);
    CHECK(s.tracked_percent() == 50);
    CHECK(s.untracked_ambitions == std::vector<std::string>{"untracked"});
    CHECK(s.metrics_with_data == 1);

    Diagnostics v = validate(m, {});
    bool untracked_warning = false;
    for (const auto& diag : v.items())
        if (diag.code == "ambition-untracked" && diag.severity == Severity::warning &&
            diag.location.line == 7)
            untracked_warning = true;
    CHECK(untracked_warning);
}

TEST_CASE("coverage counts measures only - a non-local measure is warned at its reference") {
    MemoryFileSystem fs;
    fs.add("content/site.yaml",
           "name: N\nshort_name: S\nbase_url: https://x.example/\ncontact_email: a@b.cd\n"
           "publisher: P\nlicence: L\narea: Local\narea_aliases: [LOC]\n");
    fs.add("content/strategy/priorities/p.md",
           "---\ntitle: P\norder: 1\nsummary: s\nambitions:\n"
           "  - id: only-context\n    statement: x\n    metrics: [no-data]\n    context: [local]\n"
           "  - id: england-only\n    statement: y\n    metrics:\n      - england\n"
           "  - id: local\n    statement: z\n    metrics: [local, england]\n---\n");
    auto metric = [](const std::string& geography, const std::string& status) {
        return "---\ntitle: M\nkind: output\nunit: percent\npolarity: higher-is-better\n"
               "frequency: annual\nsource: {name: s}\ngeography: " +
               geography + "\nstatus: " + status + "\ntarget: {value: 1, origin: o}\n---\n";
    };
    fs.add("content/metrics/no-data.md", metric("Local", "proposed"));
    fs.add("content/metrics/local.md", metric("Local", "example"));
    fs.add("content/metrics/england.md", metric("England", "example"));
    fs.add("data/metrics/local.csv", "period,area,value\n2020,LOC,50\n2022,LOC,55\n");
    fs.add("data/metrics/england.csv", "period,area,value\n2020,England,50\n2022,England,45\n");
    Diagnostics d;
    SiteModel m = build_model(load_site(fs, d), d);
    REQUIRE(m.priorities.size() == 1);
    CHECK(m.priorities[0].ambitions[0].context.size() == 1);
    CHECK(m.ambitions_with_context("local").size() == 1);
    CHECK(m.ambitions_using("local").size() == 1);

    CoverageSummary s = summarise_coverage(m);
    CHECK(s.ambitions == 3);
    CHECK(s.ambitions_tracked == 2);  // the context indicator does not track only-context
    CHECK(s.ambitions_tracked_locally == 1);
    CHECK(s.own_area == "Local");
    CHECK(s.untracked_ambitions == std::vector<std::string>{"only-context"});

    Diagnostics v = validate(m, {});
    std::vector<int> non_local;
    for (const auto& diag : v.items())
        if (diag.code == "progress-non-local") {
            non_local.push_back(diag.location.line);
            CHECK(diag.severity == Severity::warning);
        }
    // At each reference to `england`: the list item, and the flow sequence entry.
    CHECK(non_local == std::vector<int>{13, 16});
}

TEST_CASE("unknown ids in context are errors, as in metrics - role_at names meetings") {
    MemoryFileSystem fs;
    fs.add("content/strategy/priorities/p.md",
           "---\ntitle: P\norder: 1\nsummary: s\nambitions:\n"
           "  - {id: a, statement: x, metrics: [m], context: [nosuch]}\n---\n");
    fs.add("content/metrics/m.md",
           "---\ntitle: M\nkind: output\nunit: percent\npolarity: higher-is-better\n"
           "frequency: annual\nsource: {name: s}\ngeography: g\nstatus: proposed\n---\n");
    fs.add("data/people.yaml",
           "- initials: AB\n  name: A B\n  role: Chair\n  organisation: O\n"
           "  role_at:\n    2023-01-01-x: Vice-Chair, O\n");
    Diagnostics d;
    SiteModel m = build_model(load_site(fs, d), d);
    REQUIRE(m.people.size() == 1);
    CHECK(m.people[0].title_at("2023-01-01-x") == "Vice-Chair, O");
    CHECK(m.people[0].title_at("other") == "Chair, O");
    Diagnostics v = validate(m, {});
    std::vector<std::string> unknown;
    for (const auto& diag : v.items())
        if (diag.code == "unknown-reference") unknown.push_back(diag.message);
    CHECK(unknown ==
          std::vector<std::string>{"unknown metric 'nosuch'", "unknown meeting '2023-01-01-x'"});
}
