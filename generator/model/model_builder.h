#pragma once
// The model stage: turns loaded documents and series into a typed SiteModel. It reports what
// only it can see (duplicate ids, ids that are not slugs or do not match their file name) and
// leaves every other rule to the validators.
#include "content/content_loader.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

namespace icbgen {

SiteModel build_model(const LoadedSite& loaded, Diagnostics& diags);

}  // namespace icbgen
