#pragma once
// The areas the metrics' data covers, for "How is my area doing": every value in a CSV's
// `area` column, the organisation's own area (site.yaml's `area` and its `area_aliases`) as
// one area, with a page each (site_paths::area). Rows whose area is "Area not stated" are no
// area and get no page.
#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

struct SiteArea {
    std::string name;                    // for people: the own area's name, else the CSV's
    std::string slug;                    // site_paths::area_slug(name)
    std::vector<std::string> csv_names;  // the CSV `area` values it stands for
    bool own = false;                    // the organisation's own area
};

// Own area first, then the others in alphabetical order, then London, then England (the
// comparators). Only areas with at least one value (any metric, no breakdown).
std::vector<SiteArea> site_areas(const SiteModel& model);

// The areas of `areas` that `metric` has a value for (no breakdown), in the same order.
std::vector<const SiteArea*> metric_areas(const std::vector<SiteArea>& areas, const Metric& metric);

// The CSV area name under which `metric` has values for `area` (the first of its csv_names),
// or nothing.
std::optional<std::string> metric_csv_area(const SiteArea& area, const Metric& metric);

}  // namespace icbgen
