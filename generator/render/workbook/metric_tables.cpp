#include "render/workbook/metric_tables.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <memory>

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

std::size_t observation_rows(const std::vector<const Metric*>& metrics) {
    std::size_t n = 0;
    for (const auto* m : metrics) n += m->tracked() ? m->series->observations.size() : 1;
    return n;
}

Table observations_table(const std::vector<const Metric*>& metrics, const std::string& name,
                         NoteBook& notes, std::size_t first, std::size_t count) {
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
    // Made row by row from the model each time a writer reads it: a million-row series is
    // never held as cells. One row is reused, so its strings keep their storage.
    // Rows first to first + count - 1 of the whole table (counted from 0).
    const std::size_t end = count > observation_rows(metrics) ? SIZE_MAX : first + count;
    t.source = [metrics, first, end](const RowSink& sink) {
        Row row(14);
        std::string dims, cats;
        std::size_t index = 0;  // the table's row number of the metric's first row
        for (const auto* m : metrics) {
            const std::size_t n = m->tracked() ? m->series->observations.size() : 1;
            if (index >= end) break;
            if (index + n <= first) {  // wholly before the slice
                index += n;
                continue;
            }
            const std::size_t from = first > index ? first - index : 0;
            const std::size_t to = std::min(n, end - index);
            index += n;
            const std::string unit = unit_of(m->unit).label;
            if (!m->tracked()) {
                Cell x = Cell::missing();
                row = {Cell::str(m->id),
                       Cell::str(m->title),
                       x,
                       x,
                       x,
                       x,
                       x,
                       Cell::str(unit),
                       x,
                       x,
                       x,
                       x,
                       Cell::str("No data yet: the metric is named but not yet measured."),
                       Cell::str(m->source_name.empty() ? kNotAvailable : m->source_name)};
                sink(row);
                row.assign(14, Cell{});
                continue;
            }
            set_text(row[0], m->id);
            set_text(row[1], m->title);
            set_text(row[7], unit);
            for (std::size_t k = from; k < to; ++k) {
                const Observation& o = m->series->observations[k];
                dims.clear();
                cats.clear();
                for (const auto& [d, c] : o.breakdown) {
                    if (c.empty()) continue;  // no category: a total row, not a breakdown
                    dims.append(dims.empty() ? "" : "; ").append(d);
                    cats.append(cats.empty() ? "" : "; ").append(c);
                }
                int d = o.value_decimals;
                set_text(row[2], period_words(o.period));
                set_text(row[3], area_of(*m, o));
                set_text(row[4], dims.empty() ? std::string_view(kNotApplicable) : dims);
                set_text(row[5], cats.empty() ? std::string_view("All") : cats);
                set_number(row[6], o.value, d);
                set_number(row[8], o.lower_ci, d);
                set_number(row[9], o.upper_ci, d);
                set_number(row[10], o.numerator, o.numerator ? decimals_of(*o.numerator) : 0);
                set_number(row[11], o.denominator, o.denominator ? decimals_of(*o.denominator) : 0);
                set_text(row[12], o.note.empty() ? std::string_view(kNotApplicable) : o.note);
                set_text(row[13], !o.source.empty()         ? std::string_view(o.source)
                                  : !m->source_name.empty() ? std::string_view(m->source_name)
                                                            : std::string_view(kNotAvailable));
                sink(row);
            }
        }
    };
    return t;
}

std::vector<Sheet> observation_sheets(const std::vector<const Metric*>& metrics,
                                      const std::string& sheet, const std::string& table,
                                      const std::string& title, const std::string& description,
                                      const std::vector<std::string>& lines, Names& names,
                                      NoteBook& notes, std::size_t max_rows) {
    const std::size_t total = observation_rows(metrics);
    const std::size_t parts = std::max<std::size_t>(1, (total + max_rows - 1) / max_rows);
    if (parts == 1)
        return {table_sheet(sheet, title, description, lines,
                            observations_table(metrics, table, notes))};
    std::vector<Sheet> out;
    for (std::size_t p = 0; p < parts; ++p) {
        const std::size_t first = p * max_rows, count = std::min(max_rows, total - first);
        auto n = [](std::size_t v) { return format_number(static_cast<double>(v), 0); };
        std::vector<std::string> part_lines = lines;
        part_lines.push_back("Part " + n(p + 1) + " of " + n(parts) + " of the table: rows " +
                             n(first + 1) + " to " + n(first + count) + " of " + n(total) +
                             ". A worksheet holds at most 1,048,576 rows, so the table is split "
                             "over the sheets " +
                             sheet + " to " + sheet + " (" + n(parts) + "), in the same order.");
        std::string part_sheet = p == 0 ? sheet : names.sheet(sheet + " (" + n(p + 1) + ")");
        std::string part_table = p == 0 ? table : names.table(table + "_" + n(p + 1));
        out.push_back(table_sheet(part_sheet, title + " (part " + n(p + 1) + ")",
                                  description + " (part " + n(p + 1) + " of " + n(parts) + ")",
                                  std::move(part_lines),
                                  observations_table(metrics, part_table, notes, first, count)));
    }
    return out;
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

Sheet metric_chart_sheet(const Metric& metric, Names& names, NoteBook& notes,
                         std::size_t max_periods) {
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
    // A worksheet holds at most 1,048,576 rows: past max_periods, the latest periods.
    const std::size_t all_periods = periods.size();
    if (periods.size() > max_periods)
        periods.erase(periods.begin(),
                      periods.begin() + static_cast<std::ptrdiff_t>(periods.size() - max_periods));
    period_index.clear();
    for (std::size_t i = 0; i < periods.size(); ++i) period_index[periods[i]->text] = i;

    // One pass over the file: the first value for each period and series; a second is a conflict.
    bool conflict = false;
    std::vector<std::vector<const Observation*>> grid(periods.size(),
                                                      std::vector<const Observation*>(keys.size()));
    for (const auto& o : obs) {
        auto k = key_index.find(SeriesKey{area_of(metric, o), breakdown_of(o)}.text());
        if (!o.value || k == key_index.end()) continue;
        auto p = period_index.find(o.period.text);
        if (p == period_index.end()) continue;  // an earlier period than the table shows
        const Observation*& cell = grid[p->second][k->second];
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
    std::vector<std::string> period_texts;
    for (const auto* p : periods) period_texts.push_back(period_words(*p));
    for (std::size_t p = 0; p < periods.size(); ++p)
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (!grid[p][i]) complete[i] = false;
    // The rows are made from the grid each time a writer reads them (periods × series cells
    // of a long series are never held as cells).
    auto cells =
        std::make_shared<const std::vector<std::vector<const Observation*>>>(std::move(grid));
    auto labels = std::make_shared<const std::vector<std::string>>(period_texts);
    t.source = [cells, labels](const RowSink& sink) {
        Row row;
        for (std::size_t p = 0; p < cells->size(); ++p) {
            const auto& line = (*cells)[p];
            row.resize(line.size() + 1);
            set_text(row[0], (*labels)[p]);
            for (std::size_t i = 0; i < line.size(); ++i) {
                if (const Observation* o = line[i])
                    set_number(row[i + 1], *o->value, o->value_decimals);
                else
                    set_text(row[i + 1], kNotAvailable);
            }
            sink(row);
        }
    };

    std::vector<std::string> lines{
        "Unit: " + unit_of(metric.unit).words + ". Source: " +
            (metric.source_name.empty() ? std::string("not stated") : metric.source_name) + ".",
        "The same figures, with the note and source of each row, are on the Data worksheet."};
    if (all_periods > periods.size())
        lines.push_back("This table shows the latest " +
                        format_number(static_cast<double>(periods.size()), 0) + " of " +
                        format_number(static_cast<double>(all_periods), 0) +
                        " periods, as many as a worksheet can hold; every figure is on the Data "
                        "worksheet.");
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
        std::string name = label(keys[i]);
        if (!complete[i]) {
            gaps.push_back(name);
        } else if (chart.series.size() < kMaxChartSeries) {
            chart.series.emplace_back(name, static_cast<int>(i + 1));
            // A drawn series has a value in every period.
            SeriesValues v{name, {}};
            for (std::size_t p = 0; p < cells->size(); ++p) {
                const Observation* o = (*cells)[p][i];
                v.points.push_back({period_texts[p], {*o->value, o->value_decimals}});
            }
            drawn.push_back(std::move(v));
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
