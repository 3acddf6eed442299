#include "site_map/privacy.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {

Paper paper(const std::string& id, const std::string& part) {
    Paper p;
    p.id = id;
    p.part = part;
    return p;
}

AgendaItem item(const std::string& paper_id, const std::string& part) {
    AgendaItem i;
    if (!paper_id.empty()) i.paper = Ref{paper_id, {}};
    i.part = part;
    return i;
}

std::vector<std::string> ids(const std::vector<const Paper*>& papers) {
    std::vector<std::string> out;
    for (const Paper* p : papers) out.push_back(p->id);
    return out;
}

}  // namespace

TEST_CASE("privacy: a paper is private when marked so or on any private item") {
    Meeting m;
    m.papers = {paper("open", "public"), paper("marked", "private"), paper("shared", "public"),
                paper("under-private", "public"), paper("unlisted", "public")};
    m.agenda = {
        item("open", "public"),    item("marked", "public"),         item("shared", "public"),
        item("shared", "private"), item("under-private", "private"), item("", "public"),
        item("", "private")};
    CHECK_FALSE(paper_is_private(m, m.papers[0]));
    CHECK(paper_is_private(m, m.papers[1]));
    CHECK(paper_is_private(m, m.papers[2]));  // public itself, and on a public item too
    CHECK(paper_is_private(m, m.papers[3]));
    CHECK_FALSE(paper_is_private(m, m.papers[4]));
    CHECK(ids(public_papers(m)) == std::vector<std::string>{"open", "unlisted"});

    // An item is withheld when it is private or its paper is: the public item presenting the
    // shared paper is withheld with it, and so is the public item of the private paper.
    CHECK_FALSE(item_is_private(m, m.agenda[0]));
    CHECK(item_is_private(m, m.agenda[1]));
    CHECK(item_is_private(m, m.agenda[2]));
    CHECK(item_is_private(m, m.agenda[3]));
    CHECK(item_is_private(m, m.agenda[4]));
    CHECK_FALSE(item_is_private(m, m.agenda[5]));
    CHECK(item_is_private(m, m.agenda[6]));
    auto items = public_items(m);
    REQUIRE(items.size() == 2);
    CHECK(items[0] == &m.agenda[0]);
    CHECK(items[1] == &m.agenda[5]);
}

TEST_CASE("privacy: an item whose paper is missing is judged by its own part") {
    Meeting m;
    m.agenda = {item("missing", "public"), item("missing", "private")};
    CHECK_FALSE(item_is_private(m, m.agenda[0]));
    CHECK(item_is_private(m, m.agenda[1]));
}

TEST_CASE("privacy: an item of the minutes is private when the agenda item it records is") {
    Meeting m;
    m.papers = {paper("tender", "private")};
    AgendaItem open = item("", "public");
    open.title = "Welcome";
    AgendaItem closed = item("tender", "public");  // withheld: its paper is private
    closed.title = "Community pharmacy tender";
    m.agenda = {open, closed};
    MinuteItem welcome, tender, unmatched;
    welcome.title = "welcome";
    tender.title = "Community Pharmacy tender.";
    unmatched.title = "Any other business";
    CHECK_FALSE(minute_item_is_private(m, welcome));
    CHECK(minute_item_is_private(m, tender));  // matched ignoring case and punctuation
    CHECK_FALSE(minute_item_is_private(m, unmatched));
}
