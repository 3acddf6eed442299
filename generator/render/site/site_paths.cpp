#include "render/site/site_paths.h"

#include <algorithm>

namespace icbgen::site_paths {

namespace {
std::string page(const std::string& dir) { return dir + "/index.html"; }
}  // namespace

std::string home() { return "index.html"; }
std::string strategy() { return page("strategy"); }
std::string priority(const std::string& id) { return page("priorities/" + id); }
std::string metrics() { return page("metrics"); }
std::string metric(const std::string& id) { return page("metrics/" + id); }
std::string metric_csv(const std::string& id) { return "metrics/" + id + "/" + id + ".csv"; }
std::string metric_json(const std::string& id) { return "metrics/" + id + "/" + id + ".json"; }
std::string progress() { return page("progress"); }
std::string case_studies() { return page("case-studies"); }
std::string case_study(const std::string& id) { return page("case-studies/" + id); }
std::string engagements() { return page("engagement"); }
std::string engagement(const std::string& id) { return page("engagement/" + id); }
std::string charter() { return page("charter"); }
std::string meetings() { return page("meetings"); }
std::string meeting(const std::string& id) { return page("meetings/" + id); }
std::string paper(const std::string& meeting_id, const std::string& paper_id) {
    return page("meetings/" + meeting_id + "/papers/" + paper_id);
}
std::string pack_html(const std::string& meeting_id) { return "meetings/" + meeting_id + "/pack.html"; }
std::string pack_pdf(const std::string& meeting_id) { return "meetings/" + meeting_id + "/pack.pdf"; }
std::string glossary() { return page("glossary"); }
std::string accessibility() { return page("accessibility"); }
std::string not_found() { return "404.html"; }
std::string sitemap() { return "sitemap.xml"; }
std::string robots() { return "robots.txt"; }

std::string strategy_workbook() { return "downloads/strategy-metrics.xlsx"; }
std::string case_studies_workbook() { return "downloads/case-studies.xlsx"; }
std::string meeting_workbook(const std::string& meeting_id) {
    return "downloads/" + meeting_id + "-appendix.xlsx";
}

std::string nhsuk_dir() { return "assets/nhsuk/"; }
std::string stylesheet() { return "assets/site.css"; }
std::string script() { return "assets/site.js"; }

std::string root_prefix(const std::string& from) {
    std::string out;
    for (auto n = std::count(from.begin(), from.end(), '/'); n > 0; --n) out += "../";
    return out;
}

std::string relative(const std::string& from, const std::string& to) {
    // Share the common folders, then climb out of the rest of `from`.
    std::size_t common = 0;
    for (std::size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
        if (from[i] == '/') common = i + 1;
    return root_prefix(from.substr(common)) + to.substr(common);
}

}  // namespace icbgen::site_paths
