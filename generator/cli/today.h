#pragma once
// Today's date as YYYY-MM-DD (UTC), the date `check` judges data freshness against unless
// --as-of is given. SOURCE_DATE_EPOCH, when set to a number of seconds, stands in for the
// clock (the reproducible-builds convention), so tests can fix "today". `build` never asks:
// its outputs are judged at the content's own date, so they repeat.
#include <string>

namespace icbgen {

std::string today_iso();

}  // namespace icbgen
