#pragma once
// Board meeting packs: per meeting a public pack (into the site) and a private pack (into the
// private output folder), as HTML and PDF.
#include "core/diagnostic.h"
#include "core/file_set.h"
#include "model/site_model.h"
#include "render/render_context.h"

namespace icbgen {

struct PackOutput {
    FileSet public_files;   // relative to site/
    FileSet private_files;  // relative to private/
};

// Renders the packs of every meeting, or only of `meeting_id` when it is not empty.
PackOutput render_packs(const SiteModel& model, const RenderContext& context,
                        const std::string& meeting_id, Diagnostics& diags);

}  // namespace icbgen
