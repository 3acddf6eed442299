#pragma once
// Reporting periods as written in indicator data: 2023, 2021/22, 2023/24 Q1, 2023 Q1,
// 2023-05, 2023-05-17, 2019-21 and dated windows 2019-04..2022-10.
#include <optional>
#include <string>
#include <string_view>

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

// A period as people write it on a page: "April 2019 to October 2022" for the window
// 2019-04..2022-10, "May 2023" for 2023-05, "17 May 2023" for 2023-05-17, "2019 to 2021" for
// the span 2019-21; years, financial years and quarters stay as written.
std::string period_words(const Period& period);
// The same for a period's text; text that is not a period is returned unchanged.
std::string period_words(std::string_view text);

// "January" for 1 ... "December" for 12; "" outside 1..12.
const char* month_name(int month);

// Human-readable description of the accepted forms, for hints.
const char* period_forms();

}  // namespace icbgen
