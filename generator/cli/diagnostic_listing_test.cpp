#include "cli/diagnostic_listing.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {

Diagnostic at(Severity s, std::string code, int line) {
    return Diagnostic{
        s, std::move(code), {"data/metrics/a.csv", line, 1}, "message " + std::to_string(line), ""};
}

std::vector<Diagnostic> mixed() {
    // As sorted by place: warnings before and after the error.
    return {at(Severity::warning, "data-stale", 1),   at(Severity::warning, "data-stale", 2),
            at(Severity::note, "source-conflict", 3), at(Severity::error, "csv-negative", 4),
            at(Severity::warning, "data-stale", 5),   at(Severity::warning, "metric-no-data", 6)};
}

}  // namespace

TEST_CASE("listing: errors first, then warnings, a code seen three times shortened to a count",
          "[listing]") {
    CHECK(list_diagnostics(mixed(), nullptr, {}) ==
          "data/metrics/a.csv:4:1: error[csv-negative]: message 4\n"
          "data/metrics/a.csv:1:1: warning[data-stale]: message 1\n"
          "warning[data-stale]: 2 more like this (--verbose shows all)\n"
          "data/metrics/a.csv:6:1: warning[metric-no-data]: message 6\n");
}

TEST_CASE("listing: --verbose shows every warning, then the notes", "[listing]") {
    CHECK(list_diagnostics(mixed(), nullptr, {true, false, false}) ==
          "data/metrics/a.csv:4:1: error[csv-negative]: message 4\n"
          "data/metrics/a.csv:1:1: warning[data-stale]: message 1\n"
          "data/metrics/a.csv:2:1: warning[data-stale]: message 2\n"
          "data/metrics/a.csv:5:1: warning[data-stale]: message 5\n"
          "data/metrics/a.csv:6:1: warning[metric-no-data]: message 6\n"
          "data/metrics/a.csv:3:1: note[source-conflict]: message 3\n");
}

TEST_CASE("listing: --quiet shows errors only; two of a code are both shown", "[listing]") {
    CHECK(list_diagnostics(mixed(), nullptr, {false, true, false}) ==
          "data/metrics/a.csv:4:1: error[csv-negative]: message 4\n");
    std::vector<Diagnostic> two = {at(Severity::warning, "data-stale", 1),
                                   at(Severity::warning, "data-stale", 2)};
    CHECK(list_diagnostics(two, nullptr, {}) ==
          "data/metrics/a.csv:1:1: warning[data-stale]: message 1\n"
          "data/metrics/a.csv:2:1: warning[data-stale]: message 2\n");
}
