#pragma once
// One pack as one accessible HTML page; the same page, with its print styles, makes the PDF.
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/site_model.h"
#include "render/render_context.h"

namespace icbgen {

// The public pack (public items only) or the private pack (every item) of `meeting`.
std::optional<std::string> render_pack_html(const SiteModel& model, const Meeting& meeting,
                                            bool is_private, const RenderContext& context,
                                            Diagnostics& diags);

}  // namespace icbgen
