#pragma once
// Reporting periods as people write them on a page. Periods are parsed by data/period.h.
#include <string>
#include <string_view>

#include "data/period.h"

namespace icbgen {

// "April 2019 to October 2022" for the window 2019-04..2022-10, "May 2023" for 2023-05,
// "17 May 2023" for 2023-05-17, "2019 to 2021" for the span 2019-21; years, financial years
// and quarters stay as written.
std::string period_words(const Period& period);
// The same for a period's text; text that is not a period is returned unchanged.
std::string period_words(std::string_view text);

}  // namespace icbgen
