// The accessibility statement required by the Public Sector Bodies (Websites and Mobile
// Applications) (No. 2) Accessibility Regulations 2018, from site.yaml's accessibility block.
#include "format/date_format.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

nlohmann::json accessibility_view(const SiteData& data) {
    const SiteInfo& site = data.model.site;
    const AccessibilityStatus& a = site.accessibility;
    PageMeta meta{site_paths::accessibility(),
                  "Accessibility statement",
                  "",
                  {{"Home", site_paths::home()}},
                  "How accessible this website is and how to report a problem."};
    meta.page_type = "Page";
    nlohmann::json v = page_view(data, meta);
    v["full"] = a.status == "full";
    v["partial"] = a.status == "partial";
    v["none"] = a.status != "full" && a.status != "partial";
    v["status_text"] = a.status == "full"      ? "fully compliant"
                       : a.status == "partial" ? "partially compliant"
                                               : "not compliant";
    v["issues"] = a.issues;
    v["tested"] = date_words(a.tested);
    v["prepared"] = date_words(a.tested);
    v["mailto"] = "mailto:" + site.contact_email;
    return v;
}

}  // namespace

void add_accessibility_page(const SiteData& data, std::vector<PageJob>& jobs) {
    jobs.push_back({site_paths::accessibility(), "accessibility.mustache",
                    [&data] { return accessibility_view(data); }});
}

}  // namespace icbgen
