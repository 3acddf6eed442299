// OHID Fingertips indicator data, as its "Export table as CSV file" and data downloads write
// it. The header is matched by name, not position; the column comparing each area with its
// parent is named after the parent ("Compared to ICB value or percentiles", ...) and is
// matched by prefix; newer files add "Time period range"; other columns are ignored.
#include <algorithm>
#include <map>

#include "interchange/column_map.h"
#include "interchange/external_format.h"
#include "interchange/external_period.h"

namespace icbgen {

namespace {

const std::vector<ColumnSpec>& fingertips_columns() {
    static const std::vector<ColumnSpec> columns = {
        {"indicator", "Indicator ID", false, true},
        {"name", "Indicator Name", false, true},
        {"area_code", "Area Code", false, true},
        {"area", "Area Name", false, true},
        {"sex", "Sex", false, true},
        {"age", "Age", false, true},
        {"category_type", "Category Type", false, false},
        {"category", "Category", false, false},
        {"period", "Time period", false, true},
        {"value", "Value", false, true},
        {"lower_ci", "Lower CI 95.0 limit", false, false},
        {"upper_ci", "Upper CI 95.0 limit", false, false},
        {"numerator", "Count", false, false},
        {"denominator", "Denominator", false, false},
        {"note", "Value note", false, false},
        {"compared_england", "Compared to England value or percentiles", false, false},
        {"compared_goal", "Compared to goal", false, false},
        {"compared_parent", "Compared to ", true, false},
        {"sortable", "Time period Sortable", false, false},
        {"range", "Time period range", false, false},
    };
    return columns;
}

// The value seen most often, ties going to the one seen first.
std::string most_common(const std::vector<std::string>& seen) {
    std::map<std::string, int> counts;
    for (const auto& s : seen) ++counts[s];
    std::string best;
    int best_count = 0;
    for (const auto& s : seen)
        if (counts[s] > best_count) best = s, best_count = counts[s];
    return best;
}

}  // namespace

ImportedTable read_fingertips(const CsvTable& table, const ImportOptions& options,
                              Diagnostics& diags) {
    ImportedTable out;
    out.input_path = table.path;
    ColumnMap cols(table, fingertips_columns(), "Fingertips", diags);
    if (!cols.complete() || table.rows.empty()) return out;

    // The indicator: the one asked for, or the file's only one.
    std::string indicator = options.indicator;
    if (indicator.empty()) {
        for (const auto& r : table.rows) {
            const std::string& id = cols.field(r, "indicator");
            if (indicator.empty()) indicator = id;
            if (id != indicator) {
                diags.error(
                    "import-ambiguous", cols.where(r, "indicator"),
                    "this file holds more than one indicator (" + indicator + " and " + id + ")",
                    "choose one with --indicator ID");
                return out;
            }
        }
    }
    std::vector<const CsvRecord*> rows;
    for (const auto& r : table.rows)
        if (cols.field(r, "indicator") == indicator && cols.field(r, "category_type").empty() &&
            cols.field(r, "category").empty())
            rows.push_back(&r);

    // The headline rows: Persons (or, for an indicator without Persons rows, its most common
    // sex), and the indicator's standard age: the age most rows of that sex give.
    std::string sex = options.sex, age = options.age;
    if (sex.empty()) {
        std::vector<std::string> sexes;
        for (const auto* r : rows) sexes.push_back(cols.field(*r, "sex"));
        sex = std::find(sexes.begin(), sexes.end(), "Persons") != sexes.end() ? "Persons"
                                                                              : most_common(sexes);
    }
    if (age.empty()) {
        std::vector<std::string> ages;
        for (const auto* r : rows)
            if (cols.field(*r, "sex") == sex) ages.push_back(cols.field(*r, "age"));
        age = most_common(ages);
    }

    for (const auto* r : rows) {
        if (cols.field(*r, "sex") != sex || cols.field(*r, "age") != age) continue;
        const std::string& code = cols.field(*r, "area_code");
        if (!options.areas.empty() &&
            std::find(options.areas.begin(), options.areas.end(), code) == options.areas.end())
            continue;
        if (out.facts.title.empty()) out.facts.title = cols.field(*r, "name");
        ImportedRow row;
        row.line = r->line;
        const std::string& period = cols.field(*r, "period");
        auto mapped = fingertips_period(period);
        if (!mapped) {
            diags.error("import-bad-period", cols.where(*r, "period"),
                        "the time period '" + period + "' on line " + std::to_string(r->line) +
                            " is not a period icbgen can represent",
                        period_forms_hint());
            continue;
        }
        row.period = *mapped;
        row.area = cols.field(*r, "area");
        row.area_code = code;
        auto value = cols.number(*r, "value", diags);
        auto lower = cols.number(*r, "lower_ci", diags);
        auto upper = cols.number(*r, "upper_ci", diags);
        auto count = cols.number(*r, "numerator", diags);
        auto denominator = cols.number(*r, "denominator", diags);
        if (!value || !lower || !upper || !count || !denominator) continue;
        row.value = *value, row.lower_ci = *lower, row.upper_ci = *upper;
        row.numerator = *count, row.denominator = *denominator;
        row.note = cols.field(*r, "note");
        row.gives_ci = cols.has("lower_ci") || cols.has("upper_ci");
        row.gives_counts = cols.has("numerator") || cols.has("denominator");
        row.gives_note = true;
        if (row.value.empty() && row.note.empty()) {
            ++out.skipped;  // no figure and no reason: nothing to record
            continue;
        }
        row.source = "OHID Fingertips indicator " + indicator;
        if (cols.has("sortable"))
            row.source += ", Time period Sortable " + cols.field(*r, "sortable");
        row.source += ", file " + options.input_name;
        out.rows.push_back(std::move(row));
    }
    out.facts.source_name = "OHID Fingertips, indicator " + indicator;
    out.facts.source_url = "https://fingertips.phe.org.uk/";
    if (out.rows.empty() && !diags.has_errors())
        diags.error("import-no-rows", {table.path, 1, 1},
                    "no row of this file is indicator " + indicator + ", " + sex + ", " + age +
                        (options.areas.empty() ? "" : ", in the areas asked for") +
                        ", without a category, with a value or a note",
                    "check --indicator, --area, --sex and --age against the file");
    return out;
}

}  // namespace icbgen
