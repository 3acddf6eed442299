// Mistakes caught at their source, run the way `icbgen check` runs: an in-memory site through
// load_site, build_model and validate, comparing whole messages and hints.
#include <catch2/catch.hpp>

#include "content/content_loader.h"
#include "model/model_builder.h"
#include "validate/validator.h"

using namespace icbgen;

namespace {

const char* const kMetric =
    "---\ntitle: M\nkind: output\nunit: percent\npolarity: higher-is-better\nfrequency: annual\n"
    "source: {name: s}\ngeography: g\nstatus: example\n---\n";

// "path:line:col: code: message | hint" for every diagnostic with `code`.
std::vector<std::string> found(const MemoryFileSystem& fs, const std::string& code) {
    Diagnostics d;
    SiteModel model = build_model(load_site(fs, d), d);
    d.append(validate(model, {}));
    d.sort_and_dedupe();
    std::vector<std::string> out;
    for (const auto& e : d.items())
        if (e.code == code)
            out.push_back(e.location.path + ":" + std::to_string(e.location.line) + ":" +
                          std::to_string(e.location.column) + ": " + e.message + " | " + e.hint);
    return out;
}

}  // namespace

TEST_CASE("source checks: a misnamed CSV is an error with did you mean", "[source_checks]") {
    MemoryFileSystem fs;
    fs.add("content/metrics/bowel-screening-uptake.md", kMetric);
    fs.add("data/metrics/bowel-screening-uptak.csv", "period,value\n2022,50\n");
    fs.add("data/metrics/waiting-times.csv", "period,value\n2022,50\n");
    CHECK(found(fs, "series-orphan") ==
          std::vector<std::string>{
              "data/metrics/bowel-screening-uptak.csv:1:1: no metric is called "
              "'bowel-screening-uptak', so this data is shown nowhere | did you mean "
              "'bowel-screening-uptake'? rename the file to "
              "data/metrics/bowel-screening-uptake.csv",
              "data/metrics/waiting-times.csv:1:1: no metric is called 'waiting-times', so this "
              "data is shown nowhere | add content/metrics/waiting-times.md, or rename the file "
              "after the metric it measures"});
}

TEST_CASE("source checks: relative links and images", "[source_checks]") {
    MemoryFileSystem fs;
    fs.add("content/metrics/a.md", kMetric);
    fs.add("content/metrics/b.md", std::string(kMetric) +
                                       "See [a](a.md#method), [x](../strategy/x.md),\n"
                                       "[home](www.example.org) and ![chart](chart.png).\n");
    CHECK(found(fs, "link-relative") ==
          std::vector<std::string>{
              "content/metrics/b.md:11:5: the link 'a.md#method' is a relative path, which "
              "icbgen cannot publish | write it as '@/metrics/a.md#method': internal links name "
              "the content file after '@/'",
              "content/metrics/b.md:11:23: the link '../strategy/x.md' is a relative path, which "
              "icbgen cannot publish | internal links name a content file after '@/', e.g. "
              "@/metrics/<id>.md or @/strategy/priorities/<id>.md; web addresses start https://",
              "content/metrics/b.md:12:1: the link 'www.example.org' is a relative path, which "
              "icbgen cannot publish | write web addresses in full: 'https://www.example.org'",
              "content/metrics/b.md:12:29: the image 'chart.png' is a relative path, which icbgen "
              "cannot publish | icbgen does not publish image files: give the figure as a table "
              "or in words, or link to it at its full https:// address"});
    fs.add("content/metrics/b.md", std::string(kMetric) +
                                       "[a](@/metrics/a.md) [b](#top) [c](https://x.org) "
                                       "[d](mailto:a@b.org) [e](/accessibility/)\n");
    CHECK(found(fs, "link-relative").empty());
}

TEST_CASE("source checks: raw HTML is named where it was written", "[source_checks]") {
    MemoryFileSystem fs;
    fs.add("content/metrics/a.md", std::string(kMetric) +
                                       "Some <b>bold</b> text.\n\n<div class=\"note\">\nA note.\n"
                                       "</div>\n\n<!-- for editors -->\n");
    const std::string hint =
        "write it in Markdown instead (**bold**, lists, tables, a line "
        "ending in '\\' for a line break): icbgen never publishes raw HTML";
    CHECK(found(fs, "raw-html") ==
          std::vector<std::string>{
              "content/metrics/a.md:11:6: the HTML '<b>' will not be published: icbgen leaves "
              "raw HTML out | " +
                  hint,
              "content/metrics/a.md:13:1: the HTML '<div class=\"note\">' and the 2 lines after "
              "it will not be published: icbgen leaves raw HTML out | " +
                  hint});
}

TEST_CASE("source checks: enum values get did you mean from common spellings", "[source_checks]") {
    MemoryFileSystem fs;
    std::string metric = kMetric;
    metric.replace(metric.find("unit: percent"), 13, "unit: \"%\"");
    fs.add("content/metrics/a.md", metric);
    CHECK(found(fs, "bad-value") ==
          std::vector<std::string>{
              "content/metrics/a.md:4:7: 'unit' is '%', which is not one of: percent, "
              "percentage-points, percent-change, rate-per-1000, rate-per-100000, count, gbp, "
              "days, weeks, minutes, years, ratio, score | "
              "did you mean 'percent'?"});
}

TEST_CASE("source checks: CSV header case and financial-year periods", "[source_checks]") {
    MemoryFileSystem fs;
    fs.add("content/metrics/a.md", kMetric);
    fs.add("data/metrics/a.csv", "Period,Area,value\n2022,x,50\n");
    CHECK(found(fs, "csv-header-case") ==
          std::vector<std::string>{
              "data/metrics/a.csv:1:1: the column 'Period' is not written in lower case | "
              "column names are lower case: 'period'",
              "data/metrics/a.csv:1:8: the column 'Area' is not written in lower case | column "
              "names are lower case: 'area'"});
    CHECK(found(fs, "csv-missing-column").empty());
    fs.add("data/metrics/a.csv", "value,period\n50,2023-24\n");
    CHECK(found(fs, "period-financial-year").size() == 1);
    CHECK(found(fs, "period-financial-year")[0].rfind("data/metrics/a.csv:2:4: '2023-24'", 0) == 0);
}
