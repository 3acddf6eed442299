#pragma once
// The NHS often writes a financial year with a hyphen ("2023-24"), which icbgen reads as the
// two calendar years 2023 and 2024 (a span, like "2019-21"). Such periods are warned about
// wherever they are written, suggesting the financial year's own spelling ("2023/24").
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "data/period.h"

namespace icbgen {

// "2023/24" for the span "2023-24"; nullopt for any other period.
std::optional<std::string> financial_year_spelling(const Period& period);

// Warns ("period-financial-year") at `loc` when `period` is such a span.
void warn_financial_year_lookalike(const Period& period, const SourceLocation& loc,
                                   Diagnostics& diags);

}  // namespace icbgen
