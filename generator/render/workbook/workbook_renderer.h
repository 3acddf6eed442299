#pragma once
// Workbooks: the strategy metrics workbook, the case studies workbook and one appendix per
// meeting, into site/downloads/, each as Excel (libxlsxwriter) and as OpenDocument (.ods).
#include "core/diagnostic.h"
#include "core/file_set.h"
#include "model/site_model.h"
#include "render/render_context.h"

namespace icbgen {

FileSet render_workbooks(const SiteModel& model, const RenderContext& context, Diagnostics& diags);

}  // namespace icbgen
