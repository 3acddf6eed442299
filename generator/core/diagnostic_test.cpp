#include "core/diagnostic.h"

#include <catch2/catch.hpp>

#include "core/diagnostic_format.h"
#include "core/file_system.h"

using namespace icbgen;

TEST_CASE("diagnostics print like a compiler, with the source line and a caret") {
    MemoryFileSystem fs;
    fs.add("content/x.md", "---\ntitle: A\nkind: outcom\n---\n");
    Diagnostics ds;
    ds.error("bad-value", {"content/x.md", 3, 7}, "'kind' is 'outcom'", "did you mean 'outcome'?");
    const Diagnostic& d = ds.items()[0];
    CHECK(format_diagnostic(d, &fs) ==
          "content/x.md:3:7: error[bad-value]: 'kind' is 'outcom'\n"
          " 3 | kind: outcom\n"
          "   |       ^\n"
          "  = hint: did you mean 'outcome'?\n");
    CHECK(diagnostic_to_json(d)["line"] == 3);
}

TEST_CASE("diagnostics sort, dedupe and promote") {
    Diagnostics ds;
    ds.warning("w", {"b.md", 2, 1}, "second");
    ds.error("e", {"a.md", 9, 1}, "first");
    ds.warning("w", {"b.md", 2, 1}, "second");
    ds.sort_and_dedupe();
    REQUIRE(ds.items().size() == 2);
    CHECK(ds.items()[0].location.path == "a.md");
    CHECK(ds.count(Severity::warning) == 1);
    ds.promote_warnings();
    CHECK(ds.count(Severity::error) == 2);
}
