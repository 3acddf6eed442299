#include "render/site/site_data.h"

#include "markdown/markdown.h"
#include "render/site/content_links.h"
#include "render/site/site_paths.h"

namespace icbgen {

SiteData::SiteData(const SiteModel& m, const RenderContext& c)
    : model(m), context(c), progress(m), areas(site_areas(m)) {}

std::string SiteData::person(const std::string& initials) const {
    const Person* p = model.find_person(initials);
    return p && !p->name.empty() ? p->name : initials;
}

std::string SiteData::markdown(const std::string& text, const std::string& page,
                               std::set<std::string>& ids, int min_level) const {
    if (text.empty()) return {};
    auto rewrite = [&](const std::string& url) -> std::optional<std::string> {
        if (url.rfind("@/", 0) != 0) return std::nullopt;
        // An unresolvable target stays as written; the output link check then names the page.
        auto target = context.site_map.public_address(url.substr(2));
        if (!target) return std::nullopt;
        return site_paths::relative(page, *target);
    };
    HtmlOptions options;
    options.min_heading_level = min_level;
    options.used_ids = &ids;
    options.table_wrapper_class = "nhsuk-table-container";
    return markdown_to_html(text, rewrite, options);
}

}  // namespace icbgen
