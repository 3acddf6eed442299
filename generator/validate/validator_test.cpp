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
    const char* metric = "---\ntitle: M\nkind: output\nunit: percent\npolarity: higher-is-better\n"
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
