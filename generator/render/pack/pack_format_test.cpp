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

TEST_CASE("pack links: content paths to site URLs and pack anchors", "[pack]") {
    CHECK(site_path_for("metrics/bowel-screening-uptake.md") == "metrics/bowel-screening-uptake/");
    CHECK(site_path_for("strategy/_index.md") == "strategy/");
    CHECK(site_path_for("strategy/priorities/early-years.md") == "priorities/early-years/");
    CHECK(site_path_for("charter/_index.md") == "charter/");
    CHECK(site_path_for("charter/fair-funding.md") == "charter/#commitment-fair-funding");
    CHECK(site_path_for("meetings/2023-07-24-icp/papers/vcse-charter.md") ==
          "meetings/2023-07-24-icp/papers/vcse-charter/");
    CHECK(site_path_for("meetings/2023-04-25-icp/minutes.md") == "meetings/2023-04-25-icp/#minutes");
    CHECK(site_path_for("meetings/2023-04-25-icp/meeting.yaml") == "meetings/2023-04-25-icp/");
    PackLinkTargets targets{"https://example.nhs.uk/",
                            {"meetings/2023-07-24-icp/papers/vcse-charter.md",
                             "meetings/2023-04-25-icp/minutes.md"}};
    auto rewrite = pack_link_rewriter(targets);
    CHECK(rewrite("@/metrics/x.md#data") == "https://example.nhs.uk/metrics/x/#data");
    CHECK(rewrite("@/charter/x.md#a") == "https://example.nhs.uk/charter/#a");
    CHECK(rewrite("@/meetings/2023-07-24-icp/papers/vcse-charter.md") == "#paper-vcse-charter");
    CHECK(rewrite("@/meetings/2023-04-25-icp/minutes.md") == "#minutes-2023-04-25-icp");
    CHECK(rewrite("https://www.england.nhs.uk/") == std::nullopt);
}

}  // namespace icbgen
