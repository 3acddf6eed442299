#include "render/workbook/workbook_renderer.h"

namespace icbgen {

FileSet render_workbooks(const SiteModel&, const RenderContext&, Diagnostics&) { return {}; }

}  // namespace icbgen
