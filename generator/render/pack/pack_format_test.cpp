#include "render/pack/pack_format.h"

#include <catch2/catch.hpp>

#include "render/pack/pack_links.h"

namespace icbgen {

TEST_CASE("pack format: item labels", "[pack]") {
    AgendaItem item;
    item.number = 2;
    item.enclosure = "B";
    CHECK(item_label(item) == "Item 2 Enclosure B");
    item.enclosure.clear();
    CHECK(item_label(item) == "Item 2");
    CHECK(initials_list({{"RD", {}}, {"KW", {}}}) == "RD/KW");
}

TEST_CASE("pack links: site map addresses as absolute URLs, and pack anchors", "[pack]") {
    SiteModel model;
    model.metrics.resize(1);
    model.metrics[0].id = "x";
    model.charter.present = true;
    model.charter.commitments.resize(1);
    model.charter.commitments[0].id = "fair-funding";
    Meeting july, april;
    july.id = "2023-07-24-icp";
    july.papers.resize(2);
    july.papers[0].id = "vcse-charter";
    july.papers[1].id = "estates";
    july.papers[1].part = "private";
    april.id = "2023-04-25-icp";
    april.minutes.emplace();
    model.meetings = {april, july};
    SiteMap site_map(model);
    PackLinkTargets targets{
        "https://example.nhs.uk/",
        &site_map,
        {"meetings/2023-07-24-icp/papers/vcse-charter.md", "meetings/2023-04-25-icp/minutes.md"}};
    auto rewrite = pack_link_rewriter(targets);
    CHECK(rewrite("@/metrics/x.md") == "https://example.nhs.uk/metrics/x/");
    CHECK(rewrite("@/metrics/x.md#data") == "https://example.nhs.uk/metrics/x/#data");
    CHECK(rewrite("@/strategy/_index.md") == "https://example.nhs.uk/strategy/");
    CHECK(rewrite("@/charter/_index.md") == "https://example.nhs.uk/charter/");
    CHECK(rewrite("@/charter/fair-funding.md") ==
          "https://example.nhs.uk/charter/#commitment-fair-funding");
    CHECK(rewrite("@/charter/fair-funding.md#a") == "https://example.nhs.uk/charter/#a");
    CHECK(rewrite("@/meetings/2023-07-24-icp/meeting.yaml") ==
          "https://example.nhs.uk/meetings/2023-07-24-icp/");
    CHECK(rewrite("@/meetings/2023-07-24-icp/papers/vcse-charter.md") == "#paper-vcse-charter");
    CHECK(rewrite("@/meetings/2023-04-25-icp/minutes.md") == "#minutes-2023-04-25-icp");
    // A private paper has no public address: the link is left for the checks to report.
    CHECK(rewrite("@/meetings/2023-07-24-icp/papers/estates.md") == std::nullopt);
    CHECK(rewrite("@/metrics/unknown.md") == std::nullopt);
    CHECK(rewrite("https://www.england.nhs.uk/") == std::nullopt);
}

}  // namespace icbgen
