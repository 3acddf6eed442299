// OHID Fingertips indicator data, as its "Export table as CSV file" and data downloads write
// it. The header is matched by name, not position; the column comparing each area with its
// parent is named after the parent ("Compared to ICB value or percentiles", ...) and is
// matched by prefix; newer files add "Time period range"; other columns are ignored.
#include <algorithm>
#include <cmath>
#include <cstdlib>
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

double number_of(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

// Whether Count / Denominator times `scale` gives every row's value, to the value's own
// decimals (as `check` will test it: csv-ratio-mismatch).
bool counts_give_values(const std::vector<ImportedRow>& rows, double scale) {
    for (const auto& r : rows) {
        if (r.value.empty() || r.numerator.empty() || r.denominator.empty()) continue;
        double den = number_of(r.denominator);
        if (den == 0) return false;
        auto dot = r.value.find('.');
        int decimals = dot == std::string::npos ? 0 : static_cast<int>(r.value.size() - dot - 1);
        double tolerance = 0.5 * std::pow(10.0, -decimals) + 1e-9;
        if (std::fabs(number_of(r.numerator) / den * scale - number_of(r.value)) > tolerance)
            return false;
    }
    return true;
}

// Fingertips data files do not give the unit. When Count / Denominator gives each value at
// one scale, that says it: 100 a percentage, 1,000 or 100,000 a rate. When it gives none
// (a directly standardised rate is not a crude ratio), the counts are left out, since `check`
// would report every row (csv-ratio-mismatch), and the analyst is told.
void settle_counts(ImportedTable& out) {
    bool any = std::any_of(out.rows.begin(), out.rows.end(), [](const ImportedRow& r) {
        return !r.value.empty() && !r.numerator.empty() && !r.denominator.empty();
    });
    if (!any) return;
    struct Scale {
        double factor;
        const char* unit;
    };
    for (const Scale& s : {Scale{100, "percent"}, Scale{1000, "rate-per-1000"},
                           Scale{100000, "rate-per-100000"}, Scale{1, ""}})
        if (counts_give_values(out.rows, s.factor)) {
            out.facts.unit = s.unit;
            return;
        }
    for (auto& r : out.rows) r.numerator.clear(), r.denominator.clear(), r.gives_counts = false;
    out.remarks.push_back(
        "Count and Denominator were left out: they do not give the values at any one scale "
        "(the indicator may be a standardised rate)");
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
    settle_counts(out);
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
