#include "site_map/site_paths.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("site paths follow the URL scheme") {
    CHECK(site_paths::priority("early-years") == "priorities/early-years/index.html");
    CHECK(site_paths::metric_csv("x") == "metrics/x/x.csv");
    CHECK(site_paths::paper("2023-07-24-icp", "vcse") ==
          "meetings/2023-07-24-icp/papers/vcse/index.html");
    CHECK(site_paths::pack_pdf("m") == "meetings/m/pack.pdf");
    CHECK(site_paths::meeting_workbook("m") == "downloads/m-appendix.xlsx");
}

TEST_CASE("relative links between output paths") {
    using site_paths::relative;
    CHECK(relative("index.html", "metrics/x/index.html") == "metrics/x/index.html");
    CHECK(relative("metrics/x/index.html", "index.html") == "../../index.html");
    CHECK(relative("metrics/a/index.html", "metrics/b/index.html") == "../b/index.html");
    CHECK(relative("metrics/a/index.html", "metrics/a/a.csv") == "a.csv");
    CHECK(relative("meetings/m/papers/p/index.html", "meetings/m/index.html") ==
          "../../index.html");
    CHECK(relative("priorities/p/index.html", "charter/index.html#commitment-x") ==
          "../../charter/index.html#commitment-x");
    CHECK(site_paths::root_prefix("404.html") == "");
}

TEST_CASE("site paths: the address a reader types for a page") {
    using site_paths::pretty;
    CHECK(pretty("index.html") == "");
    CHECK(pretty("metrics/x/index.html") == "metrics/x/");
    CHECK(pretty("charter/index.html#commitment-x") == "charter/#commitment-x");
    CHECK(pretty("meetings/m/pack.pdf") == "meetings/m/pack.pdf");
    CHECK(pretty("downloads/my-index.html") == "downloads/my-index.html");
}

TEST_CASE("site paths: packs and workbooks") {
    CHECK(site_paths::pack_html("m") == "meetings/m/pack.html");
    CHECK(site_paths::private_pack_html("m") == "m/pack.html");
    CHECK(site_paths::private_pack_pdf("m") == "m/pack.pdf");
    CHECK(site_paths::strategy_workbook() == "downloads/strategy-metrics.xlsx");
    CHECK(site_paths::case_studies_workbook() == "downloads/case-studies.xlsx");
}

TEST_CASE("site paths: feed, calendars, the data zip and OpenDocument copies") {
    CHECK(site_paths::feed() == "feed.xml");
    CHECK(site_paths::calendar() == "meetings.ics");
    CHECK(site_paths::body_calendar("Integrated Care Partnership") ==
          "meetings/integrated-care-partnership.ics");
    CHECK(site_paths::all_data() == "downloads/all-data.zip");
    CHECK(site_paths::ods_copy("downloads/strategy-metrics.xlsx") ==
          "downloads/strategy-metrics.ods");
    CHECK(site_paths::ods_copy(site_paths::meeting_workbook("m")) == "downloads/m-appendix.ods");
}

TEST_CASE("site paths: search, areas and the narrowed metrics lists") {
    CHECK(site_paths::search() == "search/index.html");
    CHECK(site_paths::search_index_dir() == "pagefind/");
    CHECK(site_paths::search_script() == "assets/search.js");
    CHECK(site_paths::areas() == "areas/index.html");
    CHECK(site_paths::area("london") == "areas/london/index.html");
    CHECK(site_paths::area_slug("South East London ICB") == "south-east-london-icb");
    CHECK(site_paths::area_slug("  Barking & Dagenham ") == "barking-dagenham");
    CHECK(site_paths::area_slug("Caf\xC3\xA9 2") == "caf-2");
    CHECK(site_paths::area_slug("&&") == "area");
    CHECK(site_paths::metrics_by_status("on-track") == "metrics/status/on-track/index.html");
    CHECK(site_paths::metrics_by_kind("outcome") == "metrics/kind/outcome/index.html");
    CHECK(site_paths::case_studies_by_priority("early-years") ==
          "case-studies/priority/early-years/index.html");
    CHECK(site_paths::search_letter("a") == "search/a-z/a/index.html");
    CHECK(site_paths::search_letter("0-9") == "search/a-z/0-9/index.html");
}

TEST_CASE("site paths: the pages of a long list") {
    using site_paths::list_page;
    using site_paths::list_page_number;
    CHECK(list_page(site_paths::metrics(), 1) == "metrics/index.html");
    CHECK(list_page(site_paths::metrics(), 2) == "metrics/page/2/index.html");
    CHECK(list_page(site_paths::metrics_by_kind("outcome"), 12) ==
          "metrics/kind/outcome/page/12/index.html");
    CHECK(list_page(site_paths::area("bexley"), 3) == "areas/bexley/page/3/index.html");
    CHECK(list_page(site_paths::case_studies_by_priority("early-years"), 2) ==
          "case-studies/priority/early-years/page/2/index.html");
    CHECK(list_page(site_paths::search_letter("s"), 4) == "search/a-z/s/page/4/index.html");
    CHECK(list_page_number("search/a-z/s/page/4/index.html") == 4);
    CHECK(list_page_number("metrics/page/2/index.html") == 2);
    CHECK(list_page_number("areas/bexley/page/31/index.html") == 31);
    CHECK(list_page_number("metrics/index.html") == 1);
    CHECK(list_page_number("metrics/page/index.html") == 1);  // a metric whose id is "page"
    CHECK(list_page_number("metrics/frontpage/2/index.html") == 1);
    CHECK(list_page_number("metrics/page/02/index.html") == 1);
    CHECK(list_page_number("metrics/page/1/index.html") == 1);
    CHECK(list_page_number("metrics/page/2/x.csv") == 1);
}
