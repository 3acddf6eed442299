#pragma once
// The definition written for a metric that an import creates (content/metrics/<id>.md): the
// title, unit and source the file gives, and every field the file cannot give marked "TODO"
// for the analyst to fill in. Fields the schema allows only certain values in (kind, unit,
// polarity, frequency, status) get the least committal one with a "# TODO" comment beside it.
#include <string>

#include "interchange/imported_row.h"

namespace icbgen {

std::string metric_stub(const std::string& id, const MetricFacts& facts,
                        const std::string& input_name);

}  // namespace icbgen
