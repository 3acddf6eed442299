#include "render/site/site_renderer.h"

#include "render/site/abbr_marker.h"
#include "render/site/page_job.h"
#include "render/site/page_memo.h"
#include "render/site/site_data.h"
#include "render/site/site_files.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

FileSet render_site(const SiteModel& model, const RenderContext& context, Diagnostics& diags) {
    SiteData data(model, context);
    FileSet out(context.site_store);  // `build`: each file staged as it is added
    add_assets(data, out, diags);

    std::vector<PageJob> jobs;
    add_home_page(data, jobs);
    add_strategy_page(data, jobs);
    add_priority_pages(data, jobs);
    add_metrics_index_page(data, jobs);
    add_metric_pages(data, jobs);
    add_area_pages(data, jobs);
    add_progress_page(data, jobs);
    add_case_study_pages(data, jobs);
    add_engagement_pages(data, jobs);
    add_charter_page(data, jobs);
    add_meeting_pages(data, jobs);
    add_paper_pages(data, jobs);
    add_decision_pages(data, jobs);
    add_actions_page(data, jobs);
    add_forward_plan_page(data, jobs);
    add_glossary_page(data, jobs);
    add_interests_page(data, jobs);
    add_accessibility_page(data, jobs);
    add_not_found_page(data, jobs);

    // The first use of each abbreviation on a page carries its meaning (not on the glossary,
    // which is nothing but meanings).
    AbbrMarker marker(model.glossary);
    PageFinisher finish = [&marker](const std::string& path, std::string html) {
        return path == site_paths::glossary() ? html : marker.mark(html);
    };
    PageMemo* memo = context.page_memo;
    if (memo) {
        // A page's bytes depend on its view, the templates and (through the finisher) the
        // glossary.
        std::string salt;
        for (const auto& [name, source] : context.templates.sources())
            salt += name + '\0' + source + '\0';
        for (const auto& g : model.glossary) salt += g.abbr + '\0' + g.expansion + '\0';
        memo->begin(salt);
    }
    render_pages(jobs, context.templates, finish, context.jobs, out, diags, memo);
    // The search page's A to Z lists the pages just rendered.
    std::vector<PageJob> search_jobs;
    add_search_page(data, out, search_jobs);
    render_pages(search_jobs, context.templates, finish, context.jobs, out, diags, memo);
    if (memo) memo->end();

    add_metric_downloads(data, out, diags);
    add_all_data_zip(data, out, diags);
    add_feed(data, out);
    add_calendars(data, out);
    add_sitemap(data, out);
    return out;
}

}  // namespace icbgen
