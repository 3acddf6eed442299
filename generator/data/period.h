#pragma once
// Reporting periods as written in indicator data: 2023, 2021/22, 2023/24 Q1, 2023 Q1,
// 2023-05, 2023-05-17, 2019-21 and dated windows 2019-04..2022-10.
#include <optional>
#include <string>
#include <string_view>

#include "data/iso_date.h"

namespace icbgen {

struct Period {
    enum class Kind { year, financial_year, quarter, month, day, span, window };
    Kind kind = Kind::year;
    std::string text;  // as written, normalised (trimmed)
    double start = 0;  // decimal years: 2021.25 is 1 April 2021
    double end = 0;    // exclusive

    double midpoint() const { return (start + end) / 2; }
    bool operator==(const Period& o) const { return text == o.text; }
};

// Parses a period; nullopt when the text is not one of the accepted forms.
std::optional<Period> parse_period(std::string_view text);

// The last day a period covers: 31 March 2022 for 2021/22, 31 December 2021 for 2019-21,
// 31 October 2022 for 2019-04..2022-10, the day itself for 2023-05-17. For the Atom feed's
// dates, which come from the data, never the clock.
IsoDate period_last_day(const Period& period);
// Written for people by format/period_format.h (period_words).

// Human-readable description of the accepted forms, for hints.
const char* period_forms();

}  // namespace icbgen
