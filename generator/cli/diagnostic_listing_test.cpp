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

TEST_CASE("listing: --quiet shows errors only - two of a code are both shown", "[listing]") {
    CHECK(list_diagnostics(mixed(), nullptr, {false, true, false}) ==
          "data/metrics/a.csv:4:1: error[csv-negative]: message 4\n");
    std::vector<Diagnostic> two = {at(Severity::warning, "data-stale", 1),
                                   at(Severity::warning, "data-stale", 2)};
    CHECK(list_diagnostics(two, nullptr, {}) ==
          "data/metrics/a.csv:1:1: warning[data-stale]: message 1\n"
          "data/metrics/a.csv:2:1: warning[data-stale]: message 2\n");
}

TEST_CASE("listing: past ten errors of one code in one file, the rest are counted in one line",
          "[listing]") {
    std::vector<Diagnostic> many;
    for (int line = 1; line <= 13; ++line)
        many.push_back(at(Severity::error, "csv-bad-period", line));
    many.push_back(at(Severity::error, "csv-negative", 14));
    std::string expected;
    for (int line = 1; line <= 10; ++line)
        expected += "data/metrics/a.csv:" + std::to_string(line) +
                    ":1: error[csv-bad-period]: message " + std::to_string(line) + "\n";
    expected +=
        "error[csv-bad-period]: 3 more like this in data/metrics/a.csv (--verbose shows all)\n"
        "data/metrics/a.csv:14:1: error[csv-negative]: message 14\n";
    CHECK(list_diagnostics(many, nullptr, {}) == expected);
    CHECK(list_diagnostics(many, nullptr, {false, true, false}) == expected);
    // Eleven are all shown: a count line would save nothing.
    many.erase(many.begin() + 11, many.begin() + 13);
    CHECK(list_diagnostics(many, nullptr, {}).find("more like this") == std::string::npos);
    CHECK(list_diagnostics(many, nullptr, {true, false, false}).find("more like this") ==
          std::string::npos);
}

TEST_CASE("listing: quotes each diagnostic's own line of a file read once", "[listing]") {
    MemoryFileSystem fs;
    fs.add("data/metrics/a.csv", "period,value\n2023,1\r\n2024,x\n");
    std::vector<Diagnostic> two = {at(Severity::error, "csv-bad-value", 3),
                                   at(Severity::error, "csv-bad-value", 2),
                                   at(Severity::error, "csv-bad-value", 9)};
    CHECK(list_diagnostics(two, &fs, {}) ==
          "data/metrics/a.csv:3:1: error[csv-bad-value]: message 3\n"
          " 3 | 2024,x\n"
          "   | ^\n"
          "data/metrics/a.csv:2:1: error[csv-bad-value]: message 2\n"
          " 2 | 2023,1\n"
          "   | ^\n"
          "data/metrics/a.csv:9:1: error[csv-bad-value]: message 9\n");
}
