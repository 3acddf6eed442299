#pragma once
// A metric's chart as inline SVG, drawn at build time: readable without JavaScript and in
// print, role="img" with a title and a description naming every value shown. A line per area
// when the headline series has two or more periods; otherwise bars for the latest period
// (areas and breakdowns side by side). A dashed line marks the target. Series differ in
// marker shape and dash pattern as well as colour, so colour is never the only cue.
#include <string>

#include "model/site_model.h"

namespace icbgen {

// The SVG, or "" when the metric has no values. `id` makes the element ids unique on the page.
std::string metric_chart_svg(const Metric& metric, const std::string& id);

}  // namespace icbgen
