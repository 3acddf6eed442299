#pragma once
// The five groups the home page counts ambitions in (on track, needing acceleration, off
// track, too little data, insufficient local data), shared by the home page's cards and the
// progress page's lists they link to (progress/index.html#<id>).
#include <string>
#include <vector>

#include "progress/progress.h"

namespace icbgen {

struct StatusGroup {
    std::string id;           // the anchor on the progress page: "on-track", "off-track", ...
    std::string what;         // "on track", "needing acceleration", ...
    ProgressStatus shown_as;  // the tag the group is shown with
};

// In the order the home page shows them.
const std::vector<StatusGroup>& status_groups();
// The index in status_groups() of an ambition with `status`.
std::size_t status_group_of(ProgressStatus status);

}  // namespace icbgen
