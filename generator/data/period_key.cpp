#include "data/period_key.h"

#include <cmath>
#include <cstdio>

#include "data/financial_year.h"

namespace icbgen {

std::string period_key(const Period& period) {
    Period p = period;
    // "2021-22" reads as two calendar years, but an editor who also writes "2021/22" in the
    // same series means the financial year (the period-financial-year warning says so).
    if (auto fy = financial_year_spelling(period))
        if (auto parsed = parse_period(*fy)) p = *parsed;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f..%.0f", std::round(p.start * 1e6),
                  std::round(p.end * 1e6));
    return buf;
}

}  // namespace icbgen
