#pragma once
// What pages say about a metric in a line: its latest headline value, the London and England
// comparators from its CSV's `area` column, its target and its progress status.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "model/site_model.h"
#include "render/site/page_layout.h"
#include "render/site/site_data.h"

namespace icbgen {

struct LatestValue {
    std::string area, period, text;  // period in words; text: the value with its unit, "52.1%"
};

// The latest value for `area` without a breakdown (the first row of that period in the file).
std::optional<LatestValue> latest_value(const Metric& metric, const std::string& area);

// "60% by 2033 (national target)", or "" without a target.
std::string target_text(const Metric& metric);

// {id, title, href, kind, tracked, latest{text, period, area}, london{...}, england{...},
// target, status{label, colour, code}, explanation, unit} for the page `meta`.
nlohmann::json metric_summary(const SiteData& data, const PageMeta& meta, const Metric& metric);

}  // namespace icbgen
