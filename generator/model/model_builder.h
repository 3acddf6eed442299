#pragma once
// The model stage: turns loaded documents and series into a typed SiteModel. It reports what
// only it can see (duplicate ids, ids that are not slugs or do not match their file name) and
// leaves every other rule to the validators.
#include "content/content_loader.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

namespace icbgen {

// Takes the loaded site by value: its series move into the metrics (pass it with std::move).
SiteModel build_model(LoadedSite loaded, Diagnostics& diags);

}  // namespace icbgen
