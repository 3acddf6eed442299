#pragma once
// Which stretch of time a period denotes, whatever its notation. "2021/22" and "2021-22" (a
// financial year written with a hyphen, see financial_year.h), "2023 Q1" and "2022/23 Q4"
// (a calendar and a financial quarter), "2023" and "2023-01..2023-12" are the same period
// written two ways, and give the same key.
#include <string>

#include "data/period.h"

namespace icbgen {

// A key equal for two periods exactly when they cover the same time.
std::string period_key(const Period& period);

inline bool same_period(const Period& a, const Period& b) { return period_key(a) == period_key(b); }

}  // namespace icbgen
