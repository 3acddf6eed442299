#pragma once
// The output paths of every file the website holds, in one place. Every path is relative to
// the output root and every page is a file ending in index.html, so the site works opened from
// disk as well as served. The pages of content entities follow the page patterns of the table
// of kinds (content/content_kinds.h); the site's own pages, the metric downloads, the meeting
// packs and the workbooks are named here, so every renderer that writes or links them agrees.
#include <cstddef>
#include <string>

namespace icbgen::site_paths {

std::string home();                           // index.html
std::string strategy();                       // strategy/index.html
std::string priority(const std::string& id);  // priorities/<id>/index.html
std::string metrics();                        // metrics/index.html
std::string metric(const std::string& id);    // metrics/<id>/index.html
// The metrics index narrowed to one progress status or one kind (no JavaScript needed):
std::string metrics_by_status(const std::string& code);  // metrics/status/<code>/index.html
std::string metrics_by_kind(const std::string& kind);    // metrics/kind/<kind>/index.html
// Long lists (the metrics index and its filters, area pages, the progress page's metrics,
// the case studies and their filters, the A to Z's letters) are split into pages of at most
// list_page_size() rows. Page 1 keeps the list's own address, so every link to a list stays
// right; page n >= 2 of "<dir>/index.html" is "<dir>/page/<n>/index.html".
std::string list_page(const std::string& first_page, std::size_t n);
// 500 rows, or fewer when the environment sets ICBGEN_LIST_PAGE_SIZE (tests use it to split
// a small corpus into many pages). Read once, here only.
std::size_t list_page_size();
// n for page n >= 2 of a list ("metrics/page/3/index.html" -> 3); 1 for any other page.
std::size_t list_page_number(const std::string& path);
std::string metric_csv(const std::string& id);   // metrics/<id>/<id>.csv
std::string metric_json(const std::string& id);  // metrics/<id>/<id>.json
std::string progress();                          // progress/index.html
std::string case_studies();                      // case-studies/index.html
// The case studies narrowed to those that inform one priority (no JavaScript needed):
std::string case_studies_by_priority(
    const std::string& id);  // case-studies/priority/<id>/index.html
std::string case_study(const std::string& id);
std::string engagements();  // engagement/index.html
std::string engagement(const std::string& id);
std::string charter();                       // charter/index.html
std::string meetings();                      // meetings/index.html
std::string meeting(const std::string& id);  // meetings/<id>/index.html
std::string paper(const std::string& meeting_id, const std::string& paper_id);
std::string forward_plan();  // meetings/forward-plan/index.html (content/forward-plan.yaml)
std::string actions();       // meetings/actions/index.html (every action, open and closed)
std::string decisions();     // decisions/index.html (every public minuted decision)
// The decisions register narrowed to one body or one year (no JavaScript needed):
std::string decisions_by_body(const std::string& body);  // decisions/<body slug>/index.html
std::string decisions_by_year(const std::string& year);  // decisions/<year>/index.html
std::string pack_html(const std::string& meeting_id);    // meetings/<id>/pack.html (pack renderer)
std::string pack_pdf(const std::string& meeting_id);     // meetings/<id>/pack.pdf (pack renderer)
std::string areas();                        // areas/index.html ("How is my area doing")
std::string area(const std::string& slug);  // areas/<slug>/index.html (area_slug below)
// The folder part of an area's address: "south-east-london-icb" for "South East London ICB"
// (lower case letters and digits, anything else one hyphen).
std::string area_slug(const std::string& area_name);
std::string search();  // search/index.html (with the A to Z)
// The A to Z's pages starting with one letter, when it is too long for the search page:
// search/a-z/<letter>/index.html, the letter in lower case ("a"), or "0-9" for the rest.
std::string search_letter(const std::string& letter);
std::string search_index_dir();  // pagefind/ (the search index, built by Pagefind)
std::string search_script();     // assets/search.js
std::string glossary();          // glossary/index.html
std::string interests();         // governance/interests/index.html (the register of interests)
std::string accessibility();     // accessibility/index.html
std::string not_found();         // 404.html
std::string sitemap();           // sitemap.xml
std::string robots();            // robots.txt
std::string feed();              // feed.xml (Atom)
std::string calendar();          // meetings.ics (every meeting)
// meetings/<slug of the body>.ics: the meetings of one body ("Integrated Care Partnership"
// gives meetings/integrated-care-partnership.ics).
std::string body_calendar(const std::string& body);
std::string all_data();  // downloads/all-data.zip (every metric CSV and datapackage.json)

// The private pack, relative to the private output folder (never the website).
std::string private_pack_html(const std::string& meeting_id);  // <id>/pack.html
std::string private_pack_pdf(const std::string& meeting_id);   // <id>/pack.pdf

// Workbooks written by the workbook renderer.
std::string strategy_workbook();                              // downloads/strategy-metrics.xlsx
std::string case_studies_workbook();                          // downloads/case-studies.xlsx
std::string meeting_workbook(const std::string& meeting_id);  // downloads/<id>-appendix.xlsx
// The OpenDocument copy of a workbook: the same path ending .ods instead of .xlsx.
std::string ods_copy(const std::string& xlsx_path);

// Static assets.
std::string nhsuk_dir();   // assets/nhsuk/ (nhsuk-frontend's CSS, JS and assets/)
std::string stylesheet();  // assets/site.css
std::string script();      // assets/site.js
// The organisation's logo, as site.yaml names it: assets/logo.svg or assets/logo.png.
std::string logo(const std::string& source_path);

// The relative URL from the page at `from` to the file at `to`: "../../metrics/x/index.html".
std::string relative(const std::string& from, const std::string& to);
// "../../" for "metrics/x/index.html": the way back to the output root.
std::string root_prefix(const std::string& from);
// The address a reader types for a page: "metrics/x/" for "metrics/x/index.html" (any
// "#fragment" kept), as absolute links from the packs use it.
std::string pretty(const std::string& path);

}  // namespace icbgen::site_paths
