// NHS Oversight Framework metrics CSV (NHS England): one row per organisation, metric and
// reporting date, with the peer group's median and quartiles. Organisations are areas (named
// by Trust_name, selected by Trust_code); the peer median, when asked for, is a comparator
// series of its own, area "Peer median (<Trust_type>)", as England and London are.
#include <algorithm>
#include <set>

#include "interchange/column_map.h"
#include "interchange/external_format.h"
#include "interchange/external_period.h"

namespace icbgen {

namespace {

const std::vector<ColumnSpec>& oversight_columns() {
    static const std::vector<ColumnSpec> columns = {
        {"region", "Region", false, false},
        {"trust_type", "Trust_type", false, false},
        {"trust_code", "Trust_code", false, true},
        {"trust_name", "Trust_name", false, true},
        {"metric", "Metric_ID", false, true},
        {"description", "Metric_description", false, true},
        {"period", "Reporting_date", false, true},
        {"units", "Units", false, false},
        {"value", "Value", false, true},
        {"median", "Median_value", false, false},
    };
    return columns;
}

}  // namespace

ImportedTable read_oversight(const CsvTable& table, const ImportOptions& options,
                             Diagnostics& diags) {
    ImportedTable out;
    out.input_path = table.path;
    ColumnMap cols(table, oversight_columns(), "NHS Oversight Framework", diags);
    if (!cols.complete() || table.rows.empty()) return out;
    if (options.peer_median && !cols.has("median")) {
        diags.error("import-missing-column", {table.path, 1, 1},
                    "this NHS Oversight Framework file has no 'Median_value' column",
                    "import it without --peer-median, or download the file with its medians");
        return out;
    }

    std::string metric = options.metric_id;
    if (metric.empty()) {
        for (const auto& r : table.rows) {
            const std::string& id = cols.field(r, "metric");
            if (metric.empty()) metric = id;
            if (id != metric) {
                diags.error("import-ambiguous", cols.where(r, "metric"),
                            "this file holds more than one metric (" + metric + " and " + id + ")",
                            "choose one with --metric-id, e.g. --metric-id " + metric);
                return out;
            }
        }
    }
    std::set<std::pair<std::string, std::string>> medians;  // (period, peer group) done
    for (const auto& r : table.rows) {
        if (cols.field(r, "metric") != metric) continue;
        const std::string& code = cols.field(r, "trust_code");
        if (!options.areas.empty() &&
            std::find(options.areas.begin(), options.areas.end(), code) == options.areas.end())
            continue;
        if (out.facts.title.empty()) {
            out.facts.title = cols.field(r, "description");
            out.facts.unit = unit_code_for(cols.field(r, "units"));
        }
        const std::string& date = cols.field(r, "period");
        auto period = oversight_period(date);
        if (!period) {
            diags.error("import-bad-period", cols.where(r, "period"),
                        "the reporting date '" + date + "' on line " + std::to_string(r.line) +
                            " is not a month icbgen can represent",
                        "reporting dates are written 'Mar-26' (March 2026); correct the row in "
                        "the downloaded file");
            continue;
        }
        auto value = cols.number(r, "value", diags);
        auto median = cols.number(r, "median", diags);
        if (!value || !median) continue;
        std::string source = "NHS Oversight Framework metric " + metric + ", reporting date " +
                             date + ", file " + options.input_name;
        if (!value->empty()) {
            ImportedRow row;
            row.line = r.line;
            row.period = *period;
            row.area = cols.field(r, "trust_name");
            row.area_code = code;
            row.value = *value;
            row.source = source;
            out.rows.push_back(std::move(row));
        } else {
            ++out.skipped;
        }
        if (options.peer_median && !median->empty()) {
            std::string group = cols.field(r, "trust_type");
            if (!medians.insert({*period, group}).second) continue;
            ImportedRow row;
            row.line = r.line;
            row.period = *period;
            row.area = group.empty() ? "Peer median" : "Peer median (" + group + ")";
            row.value = *median;
            row.source = source + ", Median_value";
            out.rows.push_back(std::move(row));
        }
    }
    out.facts.source_name = "NHS England, NHS Oversight Framework, metric " + metric;
    if (out.rows.empty() && !diags.has_errors())
        diags.error("import-no-rows", {table.path, 1, 1},
                    "no row of this file is metric " + metric +
                        (options.areas.empty() ? "" : " for the organisations asked for") +
                        " with a value",
                    "check --metric-id and --area against the file's Metric_ID and Trust_code");
    return out;
}

}  // namespace icbgen
