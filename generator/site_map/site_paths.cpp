#include "site_map/site_paths.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "content/content_kinds.h"
#include "core/text.h"

namespace icbgen::site_paths {

namespace {
std::string page(const std::string& dir) { return dir + "/index.html"; }
// The page of an entity of `kind`, from the table of kinds.
std::string entity(DocumentKind kind, const std::string& meeting_id, const std::string& id) {
    return expand_pattern(content_kind(kind).page, meeting_id, id);
}
}  // namespace

std::string home() { return "index.html"; }
std::string strategy() { return entity(DocumentKind::strategy, "", ""); }
std::string priority(const std::string& id) { return entity(DocumentKind::priority, "", id); }
std::string metrics() { return page("metrics"); }
std::string metric(const std::string& id) { return entity(DocumentKind::metric, "", id); }
std::string metrics_by_status(const std::string& code) { return page("metrics/status/" + code); }
std::string metrics_by_kind(const std::string& kind) { return page("metrics/kind/" + kind); }
std::string list_page(const std::string& first_page, std::size_t n) {
    if (n <= 1) return first_page;
    std::string dir = first_page.substr(0, first_page.size() - std::string("index.html").size());
    return dir + "page/" + std::to_string(n) + "/index.html";
}
std::size_t list_page_number(const std::string& path) {
    const std::string tail = "/index.html";
    if (!path.ends_with(tail)) return 1;
    std::size_t end = path.size() - tail.size();
    std::size_t start = end;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(path[start - 1]))) --start;
    if (start == end || end - start > 9 || path[start] == '0') return 1;
    const std::string dir = "page/";
    if (start < dir.size() || path.compare(start - dir.size(), dir.size(), dir) != 0) return 1;
    if (start > dir.size() && path[start - dir.size() - 1] != '/') return 1;
    std::size_t n = std::stoul(path.substr(start, end - start));
    return n >= 2 ? n : 1;
}
std::size_t list_page_size() {
    static const std::size_t size = [] {
        std::size_t n = 500;
        if (const char* env = std::getenv("ICBGEN_LIST_PAGE_SIZE"); env && std::atoi(env) > 0)
            n = static_cast<std::size_t>(std::atoi(env));
        return n;
    }();
    return size;
}
std::string metric_csv(const std::string& id) { return "metrics/" + id + "/" + id + ".csv"; }
std::string metric_json(const std::string& id) { return "metrics/" + id + "/" + id + ".json"; }
std::string progress() { return page("progress"); }
std::string case_studies() { return page("case-studies"); }
std::string case_studies_by_priority(const std::string& id) {
    return page("case-studies/priority/" + id);
}
std::string case_study(const std::string& id) { return entity(DocumentKind::case_study, "", id); }
std::string engagements() { return page("engagement"); }
std::string engagement(const std::string& id) { return entity(DocumentKind::engagement, "", id); }
std::string charter() { return entity(DocumentKind::charter, "", ""); }
std::string meetings() { return page("meetings"); }
std::string meeting(const std::string& id) { return entity(DocumentKind::meeting, id, ""); }
std::string paper(const std::string& meeting_id, const std::string& paper_id) {
    return entity(DocumentKind::paper, meeting_id, paper_id);
}
std::string forward_plan() { return entity(DocumentKind::forward_plan, "", ""); }
std::string actions() { return page("meetings/actions"); }
std::string decisions() { return page("decisions"); }
std::string decisions_by_body(const std::string& body) {
    return page("decisions/" + area_slug(body));
}
std::string decisions_by_year(const std::string& year) { return page("decisions/" + year); }
std::string pack_html(const std::string& meeting_id) {
    return "meetings/" + meeting_id + "/pack.html";
}
std::string pack_pdf(const std::string& meeting_id) {
    return "meetings/" + meeting_id + "/pack.pdf";
}
std::string areas() { return page("areas"); }
std::string area(const std::string& slug) { return page("areas/" + slug); }
std::string area_slug(const std::string& area_name) {
    std::string out;
    for (unsigned char c : area_name) {
        if (std::isalnum(c) && c < 0x80)
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "area" : out;
}
std::string search() { return page("search"); }
std::string search_letter(const std::string& letter) { return page("search/a-z/" + letter); }
std::string search_index_dir() { return "pagefind/"; }
std::string search_script() { return "assets/search.js"; }
std::string glossary() { return page("glossary"); }
std::string interests() { return page("governance/interests"); }
std::string accessibility() { return page("accessibility"); }
std::string not_found() { return "404.html"; }
std::string sitemap() { return "sitemap.xml"; }
std::string robots() { return "robots.txt"; }
std::string feed() { return "feed.xml"; }
std::string calendar() { return "meetings.ics"; }
std::string body_calendar(const std::string& body) {
    return "meetings/" + suggest_slug(body) + ".ics";
}
std::string all_data() { return "downloads/all-data.zip"; }

std::string private_pack_html(const std::string& meeting_id) { return meeting_id + "/pack.html"; }
std::string private_pack_pdf(const std::string& meeting_id) { return meeting_id + "/pack.pdf"; }

std::string strategy_workbook() { return "downloads/strategy-metrics.xlsx"; }
std::string case_studies_workbook() { return "downloads/case-studies.xlsx"; }
std::string meeting_workbook(const std::string& meeting_id) {
    return "downloads/" + meeting_id + "-appendix.xlsx";
}

std::string ods_copy(const std::string& xlsx_path) {
    const std::string ext = ".xlsx";
    if (xlsx_path.ends_with(ext))
        return xlsx_path.substr(0, xlsx_path.size() - ext.size()) + ".ods";
    return xlsx_path + ".ods";
}

std::string nhsuk_dir() { return "assets/nhsuk/"; }
std::string stylesheet() { return "assets/site.css"; }
std::string script() { return "assets/site.js"; }

std::string logo(const std::string& source_path) {
    bool png =
        source_path.size() >= 4 && source_path.compare(source_path.size() - 4, 4, ".png") == 0;
    return png ? "assets/logo.png" : "assets/logo.svg";
}

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

std::string pretty(const std::string& path) {
    std::string file = path.substr(0, path.find('#'));
    std::string fragment = path.substr(file.size());
    const std::string index = "index.html";
    if (file == index)
        file.clear();
    else if (file.size() > index.size() &&
             file.compare(file.size() - index.size() - 1, index.size() + 1, "/" + index) == 0)
        file.resize(file.size() - index.size());
    return file + fragment;
}

}  // namespace icbgen::site_paths
