#include "render/workbook/metric_tables.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "data/period.h"
#include "format/number_format.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "format/words.h"
#include "progress/progress.h"
#include "render/workbook/workbook_format.h"

namespace icbgen::workbook {

namespace {

const char* kValueNote =
    "Values are numbers in the unit given in the Unit column. Percentages are stored as "
    "percentages, not fractions: 52.1% is stored as 52.1.";
const char* kConflictNote =
    "Where the source gives two different figures for the same thing, both are kept as rows "
    "for the same period and the row's note starts 'Source conflict:'.";

Cell optional_number(const std::optional<double>& v, int decimals) {
    return v ? Cell::num(*v, decimals) : Cell::missing();
}

std::string area_of(const Metric& m, const Observation& o) {
    return o.area.empty() ? m.geography : o.area;
}

std::string headline_of(const Metric& m) {
    std::string h = headline_area(m);
    if (h.empty()) h = m.headline_area;
    if (h.empty() && m.series) {
        auto areas = m.series->areas();
        if (!areas.empty()) h = areas.front();
    }
    return h;
}

// The breakdown of an observation, leaving out dimensions with no category (a total row).
std::vector<std::pair<std::string, std::string>> breakdown_of(const Observation& o) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [d, c] : o.breakdown)
        if (!c.empty()) out.emplace_back(d, c);
    return out;
}

struct SeriesKey {
    std::string area;
    std::vector<std::pair<std::string, std::string>> breakdown;
    // A lookup key: the area and categories, separated by a control character.
    std::string text() const {
        std::string t = area;
        for (const auto& [d, c] : breakdown) t += "\x1f" + d + "\x1e" + c;
        return t;
    }
};

// A chart of more lines than this cannot be read; the table keeps to a sensible width.
constexpr std::size_t kMaxChartSeries = 10;
constexpr std::size_t kMaxTableSeries = 200;

}  // namespace

Table observations_table(const std::vector<const Metric*>& metrics, const std::string& name,
                         NoteBook& notes) {
    bool conflict = false;
    for (const auto* m : metrics)
        if (m->series)
            for (const auto& o : m->series->observations)
                conflict = conflict || o.note.rfind("Source conflict:", 0) == 0;
    Table t;
    t.name = name;
    t.columns = {{"Metric ID", 30},
                 {"Metric", 36, true},
                 {"Period", 18},
                 {"Area", 18, true},
                 {"Breakdown", 13},
                 {"Category", 20, true},
                 {"Value " + notes.ref(kValueNote), 13},
                 {"Unit", 11},
                 {"Lower confidence limit", 12},
                 {"Upper confidence limit", 12},
                 {"Numerator", 12},
                 {"Denominator", 12},
                 {conflict ? "Note " + notes.ref(kConflictNote) : "Note", 50, true},
                 {"Source", 45, true}};
    for (const auto* m : metrics) {
        if (!m->tracked()) {
            Cell x = Cell::missing();
            t.rows.push_back({Cell::str(m->id), Cell::str(m->title), x, x, x, x, x,
                              Cell::str(unit_of(m->unit).label), x, x, x, x,
                              Cell::str("No data yet: the metric is named but not yet measured."),
                              Cell::str(m->source_name.empty() ? kNotAvailable : m->source_name)});
            continue;
        }
        for (const auto& o : m->series->observations) {
            std::vector<std::string> dims, cats;
            for (const auto& [d, c] : breakdown_of(o)) {
                dims.push_back(d);
                cats.push_back(c);
            }
            int d = o.value_decimals;
            t.rows.push_back(
                {Cell::str(m->id), Cell::str(m->title), Cell::str(period_words(o.period)),
                 Cell::str(area_of(*m, o)),
                 Cell::str(dims.empty() ? kNotApplicable : join(dims, "; ")),
                 Cell::str(cats.empty() ? "All" : join(cats, "; ")), optional_number(o.value, d),
                 Cell::str(unit_of(m->unit).label), optional_number(o.lower_ci, d),
                 optional_number(o.upper_ci, d),
                 optional_number(o.numerator, o.numerator ? decimals_of(*o.numerator) : 0),
                 optional_number(o.denominator, o.denominator ? decimals_of(*o.denominator) : 0),
                 Cell::str(o.note.empty() ? kNotApplicable : o.note),
                 Cell::str(!o.source.empty()         ? o.source
                           : !m->source_name.empty() ? m->source_name
                                                     : kNotAvailable)});
        }
    }
    return t;
}

std::string chart_alt_text(const Metric& metric, const std::vector<SeriesValues>& drawn,
                           const std::vector<std::string>& periods) {
    std::string text = "Line chart of " + metric.title + " (" + unit_of(metric.unit).words + ") ";
    text += periods.size() == 1 ? "for one period, " + periods.front() + "."
                                : "over " + std::to_string(periods.size()) + " periods, from " +
                                      periods.front() + " to " + periods.back() + ".";
    for (const auto& s : drawn) {
        text += " " + s.label + ": ";
        std::vector<std::string> parts;
        auto show = [&](std::size_t i) {
            const auto& [period, v] = s.points[i];
            return format_value(v.first, metric.unit, v.second) + " in " + period;
        };
        if (s.points.size() <= 6) {
            for (std::size_t i = 0; i < s.points.size(); ++i) parts.push_back(show(i));
            text += join(parts, ", ") + ".";
        } else {
            auto [lo, hi] = std::minmax_element(
                s.points.begin(), s.points.end(),
                [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
            text += "from " + show(0) + " to " + show(s.points.size() - 1) + "; lowest " +
                    show(static_cast<std::size_t>(lo - s.points.begin())) + ", highest " +
                    show(static_cast<std::size_t>(hi - s.points.begin())) + ".";
        }
    }
    return text;
}

Sheet metric_chart_sheet(const Metric& metric, Names& names, NoteBook& notes) {
    const auto& obs = metric.series->observations;
    std::string headline = headline_of(metric);

    // Series: the headline area without breakdown first, then in order of first appearance.
    std::vector<SeriesKey> keys;
    std::map<std::string, std::size_t> key_index;  // lookups stay fast for long files
    for (const auto& o : obs) {
        SeriesKey k{area_of(metric, o), breakdown_of(o)};
        if (key_index.emplace(k.text(), keys.size()).second) keys.push_back(k);
    }
    std::stable_partition(keys.begin(), keys.end(), [&](const SeriesKey& k) {
        return k.area == headline && k.breakdown.empty();
    });
    std::size_t all_series = keys.size();
    if (keys.size() > kMaxTableSeries) keys.resize(kMaxTableSeries);
    key_index.clear();
    for (std::size_t i = 0; i < keys.size(); ++i) key_index[keys[i].text()] = i;
    bool one_area = std::all_of(keys.begin(), keys.end(),
                                [&](const SeriesKey& k) { return k.area == keys.front().area; });
    auto label = [&](const SeriesKey& k) {
        if (k.breakdown.empty()) return k.area;
        std::vector<std::string> cats;
        for (const auto& [d, c] : k.breakdown) cats.push_back(c);
        return one_area ? join(cats, ", ") : k.area + ": " + join(cats, ", ");
    };

    // Periods in time order.
    std::vector<const Period*> periods;
    std::map<std::string, std::size_t> period_index;
    for (const auto& o : obs)
        if (period_index.emplace(o.period.text, periods.size()).second)
            periods.push_back(&o.period);
    std::stable_sort(periods.begin(), periods.end(), [](const Period* a, const Period* b) {
        return a->midpoint() != b->midpoint() ? a->midpoint() < b->midpoint() : a->end < b->end;
    });
    for (std::size_t i = 0; i < periods.size(); ++i) period_index[periods[i]->text] = i;

    // One pass over the file: the first value for each period and series; a second is a conflict.
    bool conflict = false;
    std::vector<std::vector<const Observation*>> grid(periods.size(),
                                                      std::vector<const Observation*>(keys.size()));
    for (const auto& o : obs) {
        auto k = key_index.find(SeriesKey{area_of(metric, o), breakdown_of(o)}.text());
        if (!o.value || k == key_index.end()) continue;
        const Observation*& cell = grid[period_index[o.period.text]][k->second];
        if (cell)
            conflict = true;
        else
            cell = &o;
    }

    Table t;
    t.name = names.table("Series_" + metric.id);
    t.columns.push_back({"Period", 18});
    for (const auto& k : keys) {
        std::string header = label(k) + " (" + unit_of(metric.unit).label + ")";
        t.columns.push_back(
            {header, std::clamp(static_cast<double>(header.size()) * 0.9, 12.0, 30.0)});
    }
    std::vector<bool> complete(keys.size(), true);
    std::vector<SeriesValues> values(keys.size());
    for (std::size_t p = 0; p < periods.size(); ++p) {
        std::vector<Cell> row{Cell::str(period_words(*periods[p]))};
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (const Observation* o = grid[p][i]) {
                row.push_back(Cell::num(*o->value, o->value_decimals));
                values[i].points.push_back(
                    {period_words(*periods[p]), {*o->value, o->value_decimals}});
            } else {
                row.push_back(Cell::missing());
                complete[i] = false;
            }
        }
        t.rows.push_back(std::move(row));
    }

    std::vector<std::string> lines{
        "Unit: " + unit_of(metric.unit).words + ". Source: " +
            (metric.source_name.empty() ? std::string("not stated") : metric.source_name) + ".",
        "The same figures, with the note and source of each row, are on the Data worksheet."};
    if (all_series > keys.size())
        lines.push_back("This table shows the first " + std::to_string(keys.size()) + " of " +
                        std::to_string(all_series) +
                        " series; every series is on the Data worksheet.");
    if (conflict)
        lines.push_back(
            "Where the source gives two figures for one period, this table and the chart "
            "show the first; both are on the Data worksheet. " +
            notes.ref(kConflictNote));
    LineChart chart{metric.title, "", "Period", unit_of(metric.unit).title(), "#,##0", 0, {}};
    std::vector<SeriesValues> drawn;
    std::vector<std::string> gaps;
    std::size_t over = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        values[i].label = label(keys[i]);
        if (!complete[i]) {
            gaps.push_back(values[i].label);
        } else if (chart.series.size() < kMaxChartSeries) {
            chart.series.emplace_back(values[i].label, static_cast<int>(i + 1));
            drawn.push_back(values[i]);
        } else {
            ++over;
        }
    }
    if (!gaps.empty())
        lines.push_back(
            "Not drawn in the chart, because a period has no value: " +
            (gaps.size() <= 10 ? join(gaps, ", ") : std::to_string(gaps.size()) + " series") + ".");
    if (over > 0)
        lines.push_back("The chart draws the first " + std::to_string(kMaxChartSeries) +
                        " complete series; " + std::to_string(over) +
                        " more are in the table only.");
    std::vector<std::string> period_texts;
    for (const auto* p : periods) period_texts.push_back(period_words(*p));
    chart.alt_text = chart_alt_text(metric, drawn, period_texts);

    Sheet s = table_sheet(names.sheet(metric.id), metric.title,
                          metric.title + ": the series by period, with a line chart",
                          std::move(lines), std::move(t));
    if (!chart.series.empty()) {
        s.lines.front().text = "This worksheet contains one table and one chart.";
        s.chart = std::move(chart);
    }
    return s;
}

}  // namespace icbgen::workbook
