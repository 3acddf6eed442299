#pragma once
#include "cli/front_end.h"

namespace icbgen {

// `icbgen check`: load and validate, render nothing.
int run_check(const CommonOptions& options);

}  // namespace icbgen
