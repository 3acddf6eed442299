// The page a web server shows for a missing address. It may be served at any depth, so its
// links are absolute (from the base URL) rather than relative.
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json not_found_view(const SiteData& data) {
    PageMeta meta{site_paths::not_found(), "Page not found", "", {}, ""};
    nlohmann::json v = page_view(data, meta);
    std::string root = v["root"].get<std::string>();
    v["home"] = root + site_paths::home();
    v["strategy"] = root + site_paths::strategy();
    v["metrics"] = root + site_paths::metrics();
    v["mailto"] = "mailto:" + data.model.site.contact_email;
    return v;
}

}  // namespace

void add_not_found_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back(
        {site_paths::not_found(), "404.mustache", [&data] { return not_found_view(data); }});
}

}  // namespace icbgen
