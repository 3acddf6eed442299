// The layout rules of docs/WORKBOOKS.md, checked on the workbook descriptions before writing.
#include <catch2/catch.hpp>

#include <algorithm>

#include "render/workbook/case_study_workbook.h"
#include "render/workbook/meeting_workbook.h"
#include "render/workbook/strategy_workbook.h"
#include "render/workbook/workbook_spec.h"
#include "render/workbook/workbook_writer.h"

using namespace icbgen;
using namespace icbgen::workbook;

namespace {

Metric metric(std::string id, std::vector<std::pair<std::string, double>> rows,
              std::string area = "SEL") {
    Metric m;
    m.id = id;
    m.title = "Title of " + id;
    m.kind = "outcome";
    m.unit = "percent";
    m.polarity = "higher-is-better";
    m.frequency = "annual";
    m.status = "example";
    m.geography = "South East London ICB";
    m.body.text = "Definition of **" + id + "**.\n\nMore.";
    if (!rows.empty()) {
        Series s;
        for (const auto& [period, value] : rows) {
            Observation o;
            o.period = *parse_period(period);
            o.value = value;
            o.value_decimals = 1;
            o.area = area;
            o.source = "A source";
            s.observations.push_back(o);
        }
        m.series = s;
    }
    return m;
}

SiteModel model() {
    SiteModel m;
    m.site.name = "NHS Example ICB";
    m.site.short_name = "Example ICB";
    m.site.publisher = "NHS Example ICB";
    m.site.contact_email = "data@example.org";
    m.strategy.title = "Example strategy";
    m.strategy.source.document = "Example pack";
    m.metrics.push_back(metric("tracked-metric", {{"2021", 40.5}, {"2022", 45.3}}));
    m.metrics.push_back(metric("untracked-metric", {}));
    Priority p;
    p.id = "prevention";
    p.title = "Prevention";
    p.order = 1;
    Ambition a;
    a.id = "measured";
    a.statement = "=SUM(A1) looks like a formula but is an ambition";
    a.metrics = {{"tracked-metric", {}}, {"untracked-metric", {}}};
    Ambition b;
    b.id = "unmeasured";
    b.statement = "Only an untracked metric";
    b.metrics = {{"untracked-metric", {}}};
    p.ambitions = {a, b};
    m.priorities.push_back(p);
    return m;
}

const Sheet* find(const WorkbookSpec& spec, const std::string& name) {
    for (const auto& s : spec.sheets)
        if (s.name == name) return &s;
    return nullptr;
}

int column(const Table& t, const std::string& prefix) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].header.rfind(prefix, 0) == 0) return static_cast<int>(i);
    FAIL("no column " << prefix);
    return -1;
}

}  // namespace

TEST_CASE("notes are numbered in order of first use and reused") {
    NoteBook notes;
    CHECK(notes.ref("first") == "[note 1]");
    CHECK(notes.ref("second") == "[note 2]");
    CHECK(notes.ref("first") == "[note 1]");
    CHECK(notes.notes().size() == 2);
    CHECK(notes_cell({}) == "[z]");
    CHECK(notes_cell({"[note 1]", "[note 2]"}) == "[note 1] [note 2]");
}

TEST_CASE("assemble: cover, contents and notes first, contents links every other sheet") {
    NoteBook notes;
    Table t{"T", {{"A " + notes.ref("a note")}}, {{Cell::num(1, 0)}}};
    auto spec =
        assemble("x.xlsx", {}, Cover{"Title", {"About"}, "Src", "Pub", "a@b", "2023-07-24", "", ""},
                 {table_sheet("Data", "Data", "The data", {}, t)}, notes);
    REQUIRE(spec.sheets.size() == 4);
    CHECK(spec.sheets[0].name == "Cover");
    CHECK(spec.sheets[1].name == "Contents");
    CHECK(spec.sheets[2].name == "Notes");
    CHECK(spec.sheets[3].name == "Data");
    const Table& contents = *spec.sheets[1].table;
    REQUIRE(contents.rows.size() == 3);
    for (const auto& row : contents.rows) CHECK(row[0].kind == Cell::Kind::sheet_link);
    CHECK(contents.rows[2][0].target == "Data");
    // A table that refers to notes says where they are; the notes sheet itself does not.
    CHECK(spec.sheets[3].lines.back().text.find("Notes worksheet") != std::string::npos);
    CHECK(spec.sheets[2].lines.size() == 1);
    auto next = std::find_if(spec.sheets[0].lines.begin(), spec.sheets[0].lines.end(),
                             [](const Line& l) { return l.text == "Next update"; });
    REQUIRE(next != spec.sheets[0].lines.end());
    CHECK((next + 1)->text == "Not yet scheduled");

    auto without =
        assemble("y.xlsx", {}, Cover{}, {table_sheet("Data", "Data", "d", {}, t)}, NoteBook{});
    CHECK(without.sheets.size() == 3);  // no notes, no notes sheet
}

TEST_CASE("strategy workbook: traceability marks missing data as not available, with a note") {
    SiteModel m = model();
    auto spec = strategy_workbook(m, "2023-07-24");
    CHECK(spec.path == "downloads/strategy-metrics.xlsx");
    CHECK(spec.properties.created == "2023-07-24");
    std::vector<std::string> names;
    for (const auto& s : spec.sheets) names.push_back(s.name);
    CHECK(names == std::vector<std::string>{"Cover", "Contents", "Notes", "Traceability", "Metrics",
                                            "Data", "tracked-metric"});

    const Table& t = *find(spec, "Traceability")->table;
    REQUIRE(t.rows.size() == 3);
    int value = column(t, "Latest value"), notes_col = column(t, "Notes");
    // The formula-looking statement stays text.
    CHECK(t.rows[0][2].kind == Cell::Kind::text);
    CHECK(t.rows[0][2].text == "=SUM(A1) looks like a formula but is an ambition");
    CHECK(t.rows[1][value].text == "[x]");
    CHECK(t.rows[1][notes_col].text.find("[note") != std::string::npos);
    // The unmeasured ambition carries the "not yet measured" note.
    const auto& notes = find(spec, "Notes")->table->rows;
    auto note_number = [&](const std::string& start) {
        for (const auto& r : notes)
            if (r[1].text.rfind(start, 0) == 0) return r[0].text;
        return std::string("missing");
    };
    CHECK(t.rows[2][notes_col].text.find(note_number("No metric of this ambition")) !=
          std::string::npos);
    CHECK(t.rows[0][notes_col].text.find(note_number("No metric of this ambition")) ==
          std::string::npos);

    const Sheet& chart = *find(spec, "tracked-metric");
    REQUIRE(chart.chart);
    CHECK(chart.chart->series.size() == 1);
    CHECK(chart.chart->alt_text.find("SEL: 40.5% in 2021, 45.3% in 2022.") != std::string::npos);

    const Table& data = *find(spec, "Data")->table;
    const std::vector<Row> rows = all_rows(data);
    REQUIRE(rows.size() == 2);
    CHECK(data.row_count() == 2);
    CHECK(rows[1][column(data, "Value")].kind == Cell::Kind::number);
    CHECK(rows[1][column(data, "Value")].number == 45.3);
    CHECK(rows[1][column(data, "Lower confidence")].text == "[x]");
}

TEST_CASE("meeting appendix: public items only, actions up to the meeting, cited data") {
    SiteModel m = model();
    Person bc;
    bc.initials = "BC";
    bc.name = "Ben Collins";
    m.people.push_back(bc);
    Meeting earlier;
    earlier.id = "2023-04-25-icp";
    earlier.body = "Partnership";
    earlier.date = "2023-04-25";
    Minutes minutes;
    MinuteItem item;
    MinuteParagraph action;
    action.kind = "action";
    action.text = "+44 is not a number: bring proposals back";
    action.owner = Ref{"BC", {}};
    action.status = "open";
    action.number = "1.01";
    item.paragraphs.push_back(action);
    minutes.items.push_back(item);
    earlier.minutes = minutes;
    earlier.agenda.push_back(AgendaItem{});

    Meeting meeting;
    meeting.id = "2023-07-24-icp";
    meeting.body = "Partnership";
    meeting.date = "2023-07-24";
    meeting.timed = true;
    AgendaItem pub, priv;
    pub.title = "Public item";
    pub.number = 1;
    pub.computed_start = 900;
    pub.computed_end = 930;
    priv.title = "Confidential item";
    priv.part = "private";
    priv.number = 2;
    meeting.agenda = {pub, priv};
    Paper open, closed, under_private;
    open.id = "open";
    open.title = "Open paper";
    open.part = "public";
    open.cites = {{"tracked-metric", {}}};
    closed.id = "closed";
    closed.title = "Closed paper";
    closed.part = "private";
    closed.cites = {{"untracked-metric", {}}};
    under_private.id = "under-private";  // public itself, but presented under a private item
    under_private.part = "public";
    under_private.cites = {{"untracked-metric", {}}};
    priv.paper = Ref{"under-private", {}};
    AgendaItem public_item_private_paper;
    public_item_private_paper.title = "Public item, private paper";
    public_item_private_paper.paper = Ref{"closed", {}};
    meeting.agenda = {pub, priv, public_item_private_paper};
    meeting.papers = {open, closed, under_private};
    m.meetings = {earlier, meeting};

    auto spec = meeting_workbook(m, m.meetings[1], "2023-07-24");
    CHECK(spec.path == "downloads/2023-07-24-icp-appendix.xlsx");
    const Table& agenda = *find(spec, "Agenda")->table;
    REQUIRE(agenda.rows.size() == 1);
    CHECK(agenda.rows[0][1].text == "Public item");
    CHECK(agenda.rows[0][4].kind == Cell::Kind::time);

    const Table& actions = *find(spec, "Actions")->table;
    REQUIRE(actions.rows.size() == 1);
    CHECK(actions.rows[0][3].text == "+44 is not a number: bring proposals back");
    CHECK(actions.rows[0][4].text == "Ben Collins (BC)");
    CHECK(actions.rows[0][5].text == "[x]");  // no due date
    CHECK(actions.rows[0][8].text.find("[note") != std::string::npos);

    const Table& data = *find(spec, "Data")->table;
    for (const auto& row : all_rows(data))
        CHECK(row[0].text == "tracked-metric");  // not the private cite

    // The earlier meeting's appendix: no times given, so [x] with a note; no cited data.
    auto early = meeting_workbook(m, m.meetings[0], "2023-07-24");
    CHECK(find(early, "Data") == nullptr);
    CHECK(find(early, "Agenda")->table->rows[0][4].text == "[x]");
}

TEST_CASE("case studies: qualitative outcomes are not available with a note, figures are numbers") {
    SiteModel m = model();
    CHECK_FALSE(case_study_workbook(m, "2023-07-24"));  // nothing to tabulate
    CaseStudy cs;
    cs.id = "bristol";
    cs.title = "Bristol";
    cs.priorities = {{"prevention", {}}};
    Outcome figure, words;
    figure.text = "-39% outpatient attendances";
    figure.value = 39;
    figure.unit = "percent";
    figure.kind = "observed";
    words.text = "@families said it helped";
    words.kind = "qualitative";
    cs.outcomes = {figure, words};
    m.case_studies.push_back(cs);
    auto spec = case_study_workbook(m, "2023-07-24");
    REQUIRE(spec);
    const Table& t = *find(*spec, "Outcomes")->table;
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][3].text == "Prevention");
    CHECK(t.rows[0][4].text == "-39% outpatient attendances");
    CHECK(t.rows[0][5].kind == Cell::Kind::number);
    CHECK(t.rows[1][5].text == "[x]");
    CHECK(t.rows[1][12].text.find("[note") != std::string::npos);
}

TEST_CASE("case studies: the cover names a few sources, and points to the column for many") {
    SiteModel m = model();
    auto add = [&](int i) {
        CaseStudy cs;
        cs.id = "study-" + std::to_string(i);
        cs.title = "Study " + std::to_string(i);
        cs.source.document = "Evaluation report number " + std::to_string(i);
        Outcome o;
        o.text = "Fewer admissions";
        o.kind = "qualitative";
        cs.outcomes = {o};
        m.case_studies.push_back(cs);
    };
    auto cover_source = [&]() {
        auto spec = case_study_workbook(m, "2023-07-24");
        REQUIRE(spec);
        const Sheet& cover = *find(*spec, "Cover");
        for (std::size_t i = 0; i + 1 < cover.lines.size(); ++i)
            if (cover.lines[i].text == "Source") return cover.lines[i + 1].text;
        return std::string("(no Source heading)");
    };
    add(1);
    add(2);
    CHECK(cover_source() == "Evaluation report number 1; Evaluation report number 2.");
    for (int i = 3; i <= 5000; ++i) add(i);
    CHECK(cover_source() ==
          "The 5000 source documents named in the Source column of the Outcomes sheet.");
}

TEST_CASE("assemble: past kMaxTableRows, every table is a plain range and each sheet says so") {
    auto data = [](std::size_t n) {
        Table t{"Data_table", {{"Period"}}, {}};
        t.rows.assign(n, {Cell::str("2023")});
        return table_sheet("Data", "Data", "The data", {"One line."}, std::move(t));
    };
    NoteBook notes;
    WorkbookSpec small = assemble("a.xlsx", {}, {}, {data(kMaxTableRows)}, notes);
    CHECK_FALSE(small.plain_ranges);
    CHECK(small.sheets[2].lines[0].text == "This worksheet contains one table.");

    WorkbookSpec big = assemble("a.xlsx", {}, {}, {data(kMaxTableRows + 1)}, notes);
    CHECK(big.plain_ranges);
    REQUIRE(big.sheets[1].name == "Contents");
    CHECK(big.sheets[1].lines[0].text ==
          "This worksheet contains one table, set out as a plain range rather than an Excel "
          "table (a table of this workbook has over 100,000 rows, too many for Excel tables); "
          "its column headings are in row 4.");
    CHECK(big.sheets[2].lines[0].text.find("its column headings are in row 4.") !=
          std::string::npos);
    CHECK(big.sheets[2].table_row() + 1 == 4);  // 1-based: title, two lines, then the headings
}

TEST_CASE("write_workbook: a workbook with a table past kMaxTableRows is written, streamed") {
    Table t{"Data_table", {{"Period"}, {"Value"}}, {}};
    for (std::size_t i = 0; i <= kMaxTableRows; ++i)
        t.rows.push_back({Cell::str("2023"), Cell::num(static_cast<double>(i), 0)});
    NoteBook notes;
    std::vector<Sheet> content;
    content.push_back(table_sheet("Data", "Data", "The data", {"One line."}, std::move(t)));
    WorkbookSpec spec = assemble("a.xlsx", {}, {}, std::move(content), notes);
    std::string error;
    auto bytes = write_workbook(spec, error);
    CHECK(error == "");
    CHECK(bytes);
}

TEST_CASE("strategy workbook: past kMaxMetricSheets metrics with data, sheets only for measures") {
    SiteModel m = model();
    // tracked-metric measures an ambition; as many others again have data but measure none.
    for (std::size_t i = 0; i < kMaxMetricSheets; ++i)
        m.metrics.push_back(metric("other-" + std::to_string(1000 + i), {{"2022", 1.5}}));
    auto spec = strategy_workbook(m, "2023-07-24");
    std::vector<std::string> names;
    for (const auto& s : spec.sheets) names.push_back(s.name);
    CHECK(names == std::vector<std::string>{"Cover", "Contents", "Notes", "Traceability", "Metrics",
                                            "Data", "tracked-metric"});
    const std::string said =
        "101 metrics have data, too many for a worksheet each: only the 1 metric that measures "
        "an ambition has a worksheet of its own, with a chart. Every figure of every metric is "
        "on the Data worksheet and in the website's data download, downloads/all-data.zip.";
    const Sheet& contents = *find(spec, "Contents");
    REQUIRE(contents.lines.size() >= 3);
    CHECK(contents.lines[2].text == said);
    const Sheet& metrics = *find(spec, "Metrics");
    CHECK(std::any_of(metrics.lines.begin(), metrics.lines.end(),
                      [&](const Line& l) { return l.text == said; }));
    // Every figure is still in the Data table; a metric without a sheet links to it.
    CHECK(find(spec, "Data")->table->row_count() == 2 + kMaxMetricSheets);
    const Table& defs = *metrics.table;
    int sheet_col = column(defs, "Worksheet");
    for (const auto& row : defs.rows) {
        const Cell& c = row[static_cast<std::size_t>(sheet_col)];
        if (row[0].text == "tracked-metric")
            CHECK(c.target == "tracked-metric");
        else if (row[0].text == "untracked-metric")
            CHECK(c.text == "[z]");
        else
            CHECK((c.kind == Cell::Kind::sheet_link && c.target == "Data"));
    }

    // At the limit, every metric with data has its own sheet, and nothing is said.
    m.metrics.pop_back();
    auto all = strategy_workbook(m, "2023-07-24");
    CHECK(all.sheets.size() == 6 + kMaxMetricSheets);
    CHECK(find(all, "Contents")->lines.size() == 2);
}
