#include "render/workbook/workbook_renderer.h"

#include "render/workbook/case_study_workbook.h"
#include "render/workbook/meeting_workbook.h"
#include "render/workbook/strategy_workbook.h"
#include "render/workbook/workbook_writer.h"

namespace icbgen {

FileSet render_workbooks(const SiteModel& model, const RenderContext& context, Diagnostics& diags) {
    using namespace workbook;
    std::vector<WorkbookSpec> specs;
    if (!model.priorities.empty() || !model.metrics.empty())
        specs.push_back(strategy_workbook(model, context.build_date));
    for (const auto& meeting : model.meetings)
        if (!meeting.agenda.empty()) specs.push_back(meeting_workbook(model, meeting, context.build_date));
    if (auto cs = case_study_workbook(model, context.build_date)) specs.push_back(std::move(*cs));

    FileSet out;
    for (const auto& spec : specs) {
        std::string error;
        if (auto bytes = write_workbook(spec, error)) out.add(spec.path, std::move(*bytes));
        else diags.error("workbook-write", {spec.path, 0, 0}, "could not write the workbook: " + error);
    }
    return out;
}

}  // namespace icbgen
