#pragma once
// Dates in front matter and YAML files: any value written YYYY-MM-DD must be a real day of the
// calendar (data/iso_date.h). 30 February passes a pattern but is `date-impossible`, an
// error at the value's own line. The form itself is the schema's to check.
#include "content/yaml_document.h"
#include "core/diagnostic.h"

namespace icbgen {

void check_date_values(const YamlDocument& doc, Diagnostics& diags);

}  // namespace icbgen
