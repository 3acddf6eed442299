#include "render/workbook/workbook_renderer.h"

#include <functional>

#include "render/workbook/case_study_workbook.h"
#include "render/workbook/meeting_workbook.h"
#include "render/workbook/ods_writer.h"
#include "render/workbook/strategy_workbook.h"
#include "render/workbook/workbook_writer.h"
#include "site_map/site_paths.h"

namespace icbgen {

FileSet render_workbooks(const SiteModel& model, const RenderContext& context, Diagnostics& diags) {
    using namespace workbook;
    // Each workbook is described, written and its description dropped before the next one is
    // built, so only one workbook is held in memory at a time.
    std::vector<std::function<std::optional<WorkbookSpec>()>> plans;
    if (!model.priorities.empty() || !model.metrics.empty())
        plans.emplace_back(
            [&] { return std::optional(strategy_workbook(model, context.build_date)); });
    for (const auto& meeting : model.meetings)
        if (!meeting.agenda.empty())
            plans.emplace_back([&] {
                return std::optional(meeting_workbook(model, meeting, context.build_date));
            });
    plans.emplace_back([&] { return case_study_workbook(model, context.build_date); });

    FileSet out;
    for (const auto& plan : plans) {
        std::optional<WorkbookSpec> spec = plan();
        if (!spec) continue;
        // Each workbook twice from one description: Excel, and OpenDocument beside it.
        std::string error;
        if (auto bytes = write_workbook(*spec, error))
            out.add(spec->path, std::move(*bytes));
        else
            diags.error("workbook-write", {spec->path, 0, 0},
                        "could not write the workbook: " + error);
        std::string ods = site_paths::ods_copy(spec->path);
        if (auto bytes = write_ods(*spec, error))
            out.add(ods, std::move(*bytes));
        else
            diags.error("workbook-write", {ods, 0, 0}, "could not write the workbook: " + error);
    }
    return out;
}

}  // namespace icbgen
