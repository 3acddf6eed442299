#pragma once
// The page types of the website. Each adds the jobs for its pages; the view it builds is all
// its template sees (one builder file per page type: home_view.cpp, metric_view.cpp, ...).
#include <vector>

#include "render/site/page_job.h"
#include "render/site/site_data.h"

namespace icbgen {

void add_home_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_strategy_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_priority_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_metric_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_metrics_index_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_area_pages(const SiteData& data, std::vector<PageJob>& jobs);
// After the other pages are rendered: its A to Z lists them.
void add_search_page(const SiteData& data, const FileSet& rendered, std::vector<PageJob>& jobs);
void add_progress_page(const SiteData& data, std::vector<PageJob>& jobs);
// The index and its pages by priority, then a page per case study.
void add_case_study_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_case_studies_index_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_engagement_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_charter_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_meeting_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_paper_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_decision_pages(const SiteData& data, std::vector<PageJob>& jobs);
void add_actions_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_forward_plan_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_glossary_page(const SiteData& data, std::vector<PageJob>& jobs);
// Only when the site keeps a register of interests (SiteModel::keeps_register).
void add_interests_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_accessibility_page(const SiteData& data, std::vector<PageJob>& jobs);
void add_not_found_page(const SiteData& data, std::vector<PageJob>& jobs);

}  // namespace icbgen
