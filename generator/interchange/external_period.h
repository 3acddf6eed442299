#pragma once
// Periods as other publishers write them, mapped to icbgen's notation (data/period.h). Each
// function returns the icbgen text, or nullopt for a form icbgen cannot represent.
#include <optional>
#include <string>
#include <string_view>

namespace icbgen {

// OHID Fingertips "Time period": "2021" and "2021/22" stay; "2019 - 21" becomes "2019-21"
// (a span of calendar years); "2018/19 - 20/21" (pooled financial years) becomes the window
// "2018-04..2021-03"; "2021/22 Q1" stays (a financial quarter); "2021 Q1" stays (a calendar
// quarter); "Jan 2022" and "January 2022" become "2022-01".
std::optional<std::string> fingertips_period(std::string_view text);

// NHS Oversight Framework "Reporting_date": "Mar-26" becomes "2026-03" (years 2000 to 2099);
// "Mar-2026" is read too.
std::optional<std::string> oversight_period(std::string_view text);

// Open SDG "Year": any period icbgen reads (data/period.h), as normalised there.
std::optional<std::string> open_sdg_period(std::string_view text);

}  // namespace icbgen

namespace icbgen {
// The hint for a period that has no icbgen form.
const char* period_forms_hint();
}  // namespace icbgen
