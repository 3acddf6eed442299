// The case studies index: every case study under each priority it informs, then those that
// inform none, split into pages of at most site_paths::list_page_size() entries; and the same
// list narrowed to one priority, as pages of their own, so that the filter works without
// JavaScript and across pages (case-studies/priority/<id>/).
#include <memory>
#include <set>

#include "format/number_format.h"
#include "render/site/list_pages.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

// The list's entries in order: each priority's case studies, then the others. A case study
// that informs several priorities is an entry under each. Pages split this list; a group's
// heading is repeated on every page its entries reach.
struct CaseGroup {
    std::string id;     // "group-<id>" is the heading's id; "other" for the rest
    std::string title;  // the priority's title, or "Other models of care"
};
struct CaseEntry {
    std::size_t group;
    const CaseStudy* study;
};
struct CaseList {
    std::vector<CaseGroup> groups;
    std::vector<CaseEntry> entries;
};

const char* const kOtherGroup = "other";

// The whole list, or with `only` a priority's id, the entries under that priority alone.
CaseList case_list(const SiteModel& model, const std::string& only = {}) {
    CaseList list;
    for (const auto& p : model.priorities) {
        if (!only.empty() && p.id != only) continue;
        std::size_t group = list.groups.size();
        list.groups.push_back({p.id, p.title});
        for (const auto& c : model.case_studies)
            for (const auto& ref : c.priorities)
                if (ref.id == p.id) list.entries.push_back({group, &c});
    }
    if (only.empty()) {
        std::size_t group = list.groups.size();
        list.groups.push_back({kOtherGroup, "Other models of care"});
        for (const auto& c : model.case_studies)
            if (c.priorities.empty()) list.entries.push_back({group, &c});
    }
    return list;
}

// What the filter links need, worked out once from the whole list: the priorities that have
// case studies, in order, and the page where the others begin (0 when there are none).
struct CaseFilters {
    std::vector<const Priority*> priorities;
    std::size_t other_page = 0;
};

CaseFilters case_filters(const SiteModel& model, const CaseList& all) {
    CaseFilters f;
    std::vector<bool> used(all.groups.size(), false);
    for (std::size_t i = 0; i < all.entries.size(); ++i) {
        std::size_t g = all.entries[i].group;
        if (used[g]) continue;
        used[g] = true;
        if (all.groups[g].id == kOtherGroup)
            f.other_page = i / site_paths::list_page_size() + 1;
        else if (const Priority* p = model.find_priority(all.groups[g].id))
            f.priorities.push_back(p);
    }
    return f;
}

// The filter links: all case studies, each priority's page, and the others, which are the
// last part of the whole list (a link to where they begin). aria-current as on the metrics
// index: "page" on the first page of the list the link leads to, "true" on its later pages.
nlohmann::json filters_view(const PageMeta& meta, const std::string& list_path,
                            const CaseFilters& filters) {
    nlohmann::json links = nlohmann::json::array();
    auto current = [&](const std::string& path) -> nlohmann::json {
        if (path != list_path) return false;
        return meta.path == list_path ? "page" : "true";
    };
    auto link = [&](const std::string& text, const std::string& path) {
        links.push_back({{"text", text}, {"href", href(meta, path)}, {"current", current(path)}});
    };
    link("All case studies", site_paths::case_studies());
    for (const Priority* p : filters.priorities)
        link(p->title, site_paths::case_studies_by_priority(p->id));
    if (filters.other_page > 0)
        links.push_back({{"text", "Other models of care"},
                         {"href", href(meta, site_paths::list_page(site_paths::case_studies(),
                                                                   filters.other_page)) +
                                      "#group-" + kOtherGroup},
                         {"current", false}});
    return links;
}

// Page `number` of the list whose first page is `first`; `priority` is null for the whole list.
nlohmann::json case_studies_view(const SiteData& data, const PageMeta& first,
                                 const Priority* priority, const CaseList& list,
                                 const CaseFilters& filters, std::size_t number) {
    const SiteModel& model = data.model;
    ListPage page = list_page_of(list.entries.size(), number);
    PageMeta meta = list_page_meta(first, page);
    nlohmann::json v = page_view(data, meta);
    nlohmann::json groups = nlohmann::json::array();
    nlohmann::json items = nlohmann::json::array();
    auto close_group = [&](std::size_t g) {
        if (items.empty()) return;
        groups.push_back({{"id", list.groups[g].id},
                          {"title", list.groups[g].title},
                          {"items", std::move(items)}});
        items = nlohmann::json::array();
    };
    for (std::size_t i = page.first; i < page.last; ++i) {
        if (i > page.first && list.entries[i].group != list.entries[i - 1].group)
            close_group(list.entries[i - 1].group);
        const CaseStudy& c = *list.entries[i].study;
        items.push_back({{"title", c.title},
                         {"place", c.place},
                         {"href", href(meta, site_paths::case_study(c.id))}});
    }
    if (page.last > page.first) close_group(list.entries[page.last - 1].group);
    v["groups"] = std::move(groups);
    v["count"] = format_number(static_cast<double>(model.case_studies.size()));
    // No case studies, no workbook (a new site from `icbgen init`), so no link to one.
    if (!model.case_studies.empty()) {
        v["workbook_href"] = href(meta, site_paths::case_studies_workbook());
        v["workbook_ods_href"] =
            href(meta, site_paths::ods_copy(site_paths::case_studies_workbook()));
    }
    if (!filters.priorities.empty()) v["filters"] = filters_view(meta, first.path, filters);
    if (priority) {
        std::size_t n = list.entries.size();
        v["narrowed"] = {{"shown", format_number(static_cast<double>(n))},
                         {"verb", n == 1 ? "informs" : "inform"},
                         {"priority", priority->title},
                         {"all_href", href(meta, site_paths::case_studies())}};
        // The narrowed lists repeat the index: only the index itself is in the search index.
        v["searchable"] = false;
    }
    // A case study that informs several priorities is an entry under each: count entries,
    // not case studies, when they differ.
    std::set<const CaseStudy*> distinct;
    for (const auto& e : list.entries) distinct.insert(e.study);
    v["paging"] = paging_view(meta, first.path, page,
                              distinct.size() == list.entries.size() ? "Case studies" : "Entries");
    return v;
}

// One job for each page of `list`, whose first page is `first`.
void add_list_pages(const SiteData& data, std::vector<PageJob>& jobs, const PageMeta& first,
                    const Priority* priority, CaseList list,
                    const std::shared_ptr<const CaseFilters>& filters) {
    auto shared = std::make_shared<const CaseList>(std::move(list));
    std::size_t pages = list_page_count(shared->entries.size());
    for (std::size_t n = 1; n <= pages; ++n)
        jobs.push_back({site_paths::list_page(first.path, n), "case-studies.mustache",
                        [&data, first, priority, shared, filters, n] {
                            return case_studies_view(data, first, priority, *shared, *filters, n);
                        }});
}

PageMeta index_meta(std::string path, std::string title, std::string description) {
    std::vector<Crumb> crumbs = {{"Home", site_paths::home()}};
    if (path != site_paths::case_studies())
        crumbs.push_back({"Case studies", site_paths::case_studies()});
    PageMeta meta{std::move(path), std::move(title), "case-studies", std::move(crumbs),
                  std::move(description)};
    meta.page_type = "Case studies";
    return meta;
}

}  // namespace

void add_case_studies_index_pages(const SiteData& data, std::vector<PageJob>& jobs) {
    CaseList all = case_list(data.model);
    auto filters = std::make_shared<const CaseFilters>(case_filters(data.model, all));
    add_list_pages(data, jobs,
                   index_meta(site_paths::case_studies(), "Case studies",
                              "Models of integrated care elsewhere that inspire our priorities."),
                   nullptr, std::move(all), filters);
    for (const Priority* p : filters->priorities)
        add_list_pages(
            data, jobs,
            index_meta(site_paths::case_studies_by_priority(p->id), "Case studies: " + p->title,
                       "The case studies that inform the priority " + p->title + "."),
            p, case_list(data.model, p->id), filters);
}

}  // namespace icbgen
