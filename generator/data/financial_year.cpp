#include "data/financial_year.h"

namespace icbgen {

std::optional<std::string> financial_year_spelling(const Period& period) {
    const std::string& t = period.text;
    if (period.kind != Period::Kind::span || period.end - period.start != 2 || t.size() != 7 ||
        t[4] != '-')
        return std::nullopt;
    return t.substr(0, 4) + "/" + t.substr(5);
}

void warn_financial_year_lookalike(const Period& period, const SourceLocation& loc,
                                   Diagnostics& diags) {
    auto fy = financial_year_spelling(period);
    if (!fy) return;
    std::string first = period.text.substr(0, 4);
    std::string second = std::to_string(static_cast<int>(period.end) - 1);
    diags.warning("period-financial-year", loc,
                  "'" + period.text + "' is read as the two calendar years " + first + " and " +
                      second + "; if it is a financial year, write it '" + *fy + "'",
                  "the financial year from April " + first + " to March " + second +
                      " is written '" + *fy + "'; two calendar years are written '" + first +
                      "-01.." + second + "-12'");
}

}  // namespace icbgen
