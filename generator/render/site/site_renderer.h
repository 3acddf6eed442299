#pragma once
// The public website: every page, the downloads and the NHS.UK frontend assets, as a FileSet.
#include "core/diagnostic.h"
#include "core/file_set.h"
#include "model/site_model.h"
#include "render/render_context.h"

namespace icbgen {

FileSet render_site(const SiteModel& model, const RenderContext& context, Diagnostics& diags);

}  // namespace icbgen
