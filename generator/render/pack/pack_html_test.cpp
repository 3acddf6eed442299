#include "render/pack/pack_html.h"

#include <regex>

#include "render/pack/pack_test_site.h"
#include "templates/template_set.h"

namespace icbgen {

namespace {

struct Packs {
    MemoryFileSystem fs = pack_test::example_site();
    SiteModel model = pack_test::build(fs);
    Diagnostics diags;
    TemplateSet templates = TemplateSet::load(fs, diags);
    SiteMap site_map{model};
    RenderContext context{fs, templates, "https://example.nhs.uk/", "", "2024-01-10", 1, site_map};

    std::string html(const std::string& meeting, bool is_private) {
        auto out =
            render_pack_html(model, *model.find_meeting(meeting), is_private, context, diags);
        REQUIRE(out);
        REQUIRE_FALSE(diags.has_errors());
        return *out;
    }
};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Heading levels in document order.
std::vector<int> heading_levels(const std::string& html) {
    std::vector<int> levels;
    std::regex h("<h([1-6])[ >]");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), h); it != std::sregex_iterator();
         ++it)
        levels.push_back((*it)[1].str()[0] - '0');
    return levels;
}

}  // namespace

TEST_CASE("pack html: the public pack leaves out part II items entirely", "[pack]") {
    Packs p;
    std::string pub = p.html("2024-01-10-board", false);
    std::string priv = p.html("2024-01-10-board", true);
    for (const char* secret : {"Estates disposal", "Sale of the Riverside Clinic site",
                               "Quayside Holdings", "4.2 million", "estates-disposal"}) {
        CHECK_FALSE(contains(pub, secret));
        CHECK(contains(priv, secret));
    }
    CHECK(contains(pub,
                   "Items considered in private (part II) are not included in this public pack."));
    CHECK_FALSE(contains(priv, "are not included in this public pack"));
    CHECK(contains(priv, "Part II (private)"));
    CHECK(contains(priv, "<meta name=\"robots\" content=\"noindex, nofollow\">"));
}

TEST_CASE("pack html: agenda numbers, enclosures, leads and times", "[pack]") {
    Packs p;
    std::string pub = p.html("2024-01-10-board", false);
    // Enclosures A (minutes), B (paper); the private item keeps C in both packs' numbering.
    CHECK(contains(pub, "<td class=\"agenda-number\">1.</td>"));
    CHECK(contains(pub, "<td class=\"agenda-number\">4.</td>"));
    CHECK_FALSE(contains(pub, "<td class=\"agenda-number\">3.</td>"));
    CHECK(contains(pub, "<td class=\"agenda-enclosure\">A</td>"));
    CHECK(contains(pub, "<td class=\"agenda-enclosure\">B</td>"));
    CHECK(contains(pub, "<td class=\"agenda-enclosure\">–</td>"));
    CHECK(contains(pub,
                   "<span class=\"lead-initials\">BD/CE</span><span class=\"lead-person\">Bea Dee, "
                   "Director of Strategy</span><span class=\"lead-person\">Cal Eng, Chief "
                   "Finance Officer</span>"));
    CHECK(contains(pub, "<td class=\"agenda-time\">10:15</td>"));
    CHECK(contains(pub, "<td class=\"agenda-time\">11:00</td>"));  // item 4 follows on from item 3
    CHECK(contains(pub, "the meeting opens at 10:00 and closes at 12:00"));
}

TEST_CASE("pack html: cover sheets", "[pack]") {
    Packs p;
    std::string priv = p.html("2024-01-10-board", true);
    CHECK(contains(priv,
                   "<span class=\"item-label\">Item 2 Enclosure B</span> Strategy update</h2>"));
    CHECK(contains(priv, "<tr><th scope=\"row\">Executive Lead</th>"));   // one lead
    CHECK(contains(priv, "<tr><th scope=\"row\">Executive Leads</th>"));  // two leads
    CHECK(contains(
        priv,
        "<li class=\"\"><span class=\"box\" aria-hidden=\"true\">☐</span> Update / Information"));
    CHECK(contains(
        priv, "<li class=\"ticked\"><span class=\"box\" aria-hidden=\"true\">☒</span> Discussion"));
    CHECK(contains(priv, "<tr><th scope=\"row\">Financial impact</th><td><p>Within budget.</p>"));
    CHECK(contains(priv, "<tr><th scope=\"row\">Equality impact</th><td>Not stated</td></tr>"));
    CHECK(contains(priv, "class=\"pack-section enclosure paper draft\""));  // a draft paper
    CHECK(contains(priv, "<th scope=\"col\">Measure</th>"));                // the paper's table
}

TEST_CASE("pack html: the minutes approved and the action log", "[pack]") {
    Packs p;
    std::string pub = p.html("2024-01-10-board", false);
    CHECK(contains(pub, "class=\"pack-section enclosure minutes draft\" id=\"item-1\""));
    CHECK(contains(pub,
                   "<span class=\"item-label\">Item 1 Enclosure A</span> Minutes of the meeting on "
                   "4 October 2023"));
    CHECK(
        contains(pub, "<th scope=\"row\">Alex Chair <strong class=\"tag\">(Chair)</strong></th>"));
    CHECK(contains(pub,
                   "<li class=\"minute minute-decision\" id=\"minute-2023-10-04-board-1.02\"><span "
                   "class=\"minute-number\">1.02</span>"));
    CHECK(
        contains(pub, "<p class=\"action-meta\">Owner: Bea Dee. Due: Not set. Status: Open.</p>"));
    CHECK(contains(pub,
                   "<strong class=\"label\">Question from a member of the public:</strong> Will "
                   "there be more clinics?"));
    CHECK(contains(pub,
                   "<strong class=\"label\">Answered by</strong> Alex Chair, Chair, Example ICB: "
                   "Yes, in spring."));
    CHECK(contains(pub, "<td><a href=\"#minute-2023-10-04-board-2.02\">2.02</a></td>"));
    CHECK(contains(pub,
                   "<td>Publish the plan.</td><td>Cal Eng</td><td>1 December "
                   "2023</td><td>Done</td><td>This meeting, 10 January 2024</td>"));
    CHECK(contains(pub,
                   "<td>Bring the strategy back.</td><td>Bea Dee</td><td>Not "
                   "set</td><td>Open</td><td>–</td>"));
}

TEST_CASE("pack html: an accessible page", "[pack]") {
    Packs p;
    std::string pub = p.html("2024-01-10-board", false);
    CHECK(pub.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
    CHECK(contains(pub, "<title>Example Board, 10 January 2024: Meeting pack</title>"));
    CHECK(contains(pub, "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"));
    CHECK(contains(pub, "<main id=\"main\">"));
    CHECK(contains(pub, "<nav class=\"pack-contents\" aria-labelledby=\"contents\">"));
    CHECK(contains(pub, "<meta name=\"dcterms.created\" content=\"2024-01-10\">"));
    auto levels = heading_levels(pub);
    REQUIRE(levels.size() > 5);
    CHECK(levels[0] == 1);
    for (std::size_t i = 1; i < levels.size(); ++i) {
        INFO("heading " << i);
        CHECK(levels[i] <= levels[i - 1] + 1);
    }
    // Markdown headings never take an id the pack uses.
    CHECK(contains(pub,
                   "<li><a href=\"#item-2\">Item 2 Enclosure B: Strategy update (draft)</a></li>"));
}

TEST_CASE("pack html: the same input gives the same bytes", "[pack]") {
    Packs a, b;
    CHECK(a.html("2024-01-10-board", true) == b.html("2024-01-10-board", true));
}

}  // namespace icbgen
