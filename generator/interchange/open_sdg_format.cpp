// Open SDG's tidy data CSV: `Year`, any breakdown columns, `Units`, `Series`, `GeoCode`,
// `Value`. A blank breakdown means "all" and stays blank (icbgen's total row); GeoCode becomes
// the area. Rows without a value are left out: the format has no place for a note.
#include <algorithm>

#include "interchange/column_map.h"
#include "interchange/external_format.h"
#include "interchange/external_period.h"

namespace icbgen {

namespace {

const std::vector<ColumnSpec>& open_sdg_columns() {
    static const std::vector<ColumnSpec> columns = {
        {"period", "Year", false, true},    {"units", "Units", false, false},
        {"series", "Series", false, false}, {"area", "GeoCode", false, false},
        {"value", "Value", false, true},
    };
    return columns;
}

bool is_named_column(const std::string& header) {
    for (const auto& c : open_sdg_columns())
        if (header == c.header) return true;
    return false;
}

}  // namespace

ImportedTable read_open_sdg(const CsvTable& table, const ImportOptions& options,
                            Diagnostics& diags) {
    ImportedTable out;
    out.input_path = table.path;
    ColumnMap cols(table, open_sdg_columns(), "Open SDG", diags);
    if (!cols.complete()) return out;
    std::vector<std::size_t> breakdowns;  // every other column, in file order
    for (std::size_t i = 0; i < table.header.size(); ++i)
        if (!is_named_column(table.header[i])) breakdowns.push_back(i);

    for (const auto& r : table.rows) {
        const std::string& series = cols.field(r, "series");
        const std::string& units = cols.field(r, "units");
        if (!options.series.empty() && series != options.series) continue;
        if (!options.units.empty() && units != options.units) continue;
        const std::string& code = cols.field(r, "area");
        if (!options.areas.empty() &&
            std::find(options.areas.begin(), options.areas.end(), code) == options.areas.end())
            continue;
        const std::string& year = cols.field(r, "period");
        auto period = open_sdg_period(year);
        if (!period) {
            diags.error("import-bad-period", cols.where(r, "period"),
                        "the year '" + year + "' on line " + std::to_string(r.line) +
                            " is not a period icbgen can represent",
                        period_forms_hint());
            continue;
        }
        auto value = cols.number(r, "value", diags);
        if (!value) continue;
        if (value->empty()) {
            ++out.skipped;
            continue;
        }
        if (out.facts.title.empty()) {
            out.facts.title = series;
            out.facts.unit = unit_code_for(units);
        }
        ImportedRow row;
        row.line = r.line;
        row.period = *period;
        row.area = code;
        row.value = *value;
        for (std::size_t b : breakdowns) row.breakdown.emplace_back(table.header[b], r.fields[b]);
        row.source = "Open SDG data file " + options.input_name;
        if (!series.empty()) row.source += ", series " + series;
        out.rows.push_back(std::move(row));
    }
    out.facts.source_name = "Open SDG data file " + options.input_name;
    if (out.rows.empty() && !diags.has_errors())
        diags.error(
            "import-no-rows", {table.path, 1, 1},
            "no row of this file has a value" +
                std::string(options.series.empty() && options.units.empty() && options.areas.empty()
                                ? ""
                                : " for the series, units and areas asked for"),
            "check --series, --units and --area against the file");
    return out;
}

}  // namespace icbgen
