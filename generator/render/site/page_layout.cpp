#include "render/site/page_layout.h"

#include "core/base64.h"
#include "core/url.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

struct NavItem {
    const char* text;
    const char* section;
    std::string path;
};

std::vector<NavItem> navigation() {
    return {{"Strategy", "strategy", site_paths::strategy()},
            {"Metrics", "metrics", site_paths::metrics()},
            {"Case studies", "case-studies", site_paths::case_studies()},
            {"Engagement", "engagement", site_paths::engagements()},
            {"Charter", "charter", site_paths::charter()},
            {"Meetings", "meetings", site_paths::meetings()}};
}

}  // namespace

std::string href(const PageMeta& meta, const std::string& to) {
    return site_paths::relative(meta.path, to);
}

nlohmann::json page_view(const SiteData& data, const PageMeta& meta) {
    const SiteInfo& site = data.model.site;
    nlohmann::json v;
    v["lang"] = site.language.empty() ? "en-GB" : site.language;
    v["title"] = meta.title;
    std::string first = meta.doc_title.empty() ? meta.title : meta.doc_title;
    v["page_title"] = first == site.name ? site.name : first + " \xE2\x80\x93 " + site.name;
    v["description"] = meta.description;
    v["canonical"] = data.context.base_url + meta.path;
    // The 404 page is served at any depth, so its links are absolute.
    bool absolute = meta.path == site_paths::not_found() && !data.context.base_url.empty();
    std::string root = absolute ? data.context.base_url : site_paths::root_prefix(meta.path);
    auto link = [&](const std::string& to) { return absolute ? root + to : href(meta, to); };
    v["root"] = root;
    v["css"] = link(site_paths::nhsuk_dir() + "nhsuk-frontend.min.css");
    v["site_css"] = link(site_paths::stylesheet());
    v["js"] = link(site_paths::script());
    v["favicon_ico"] = link(site_paths::nhsuk_dir() + "assets/images/favicon.ico");
    v["favicon_svg"] = link(site_paths::nhsuk_dir() + "assets/images/favicon.svg");
    v["home_href"] = link(site_paths::home());
    // The organisation's logo in the header, as NHS.UK's header shows one (site.yaml `logo:`).
    const SiteInfo& info = data.model.site;
    // The 404 page carries it inline, so it shows wherever the page is served from.
    v["logo_src"] = !info.has_logo() ? ""
                    : absolute       ? data_url(info.logo_media_type(), info.logo_bytes)
                                     : link(site_paths::logo(info.logo_path));
    // Every page points feed readers at the site's Atom feed (render/site/feed.cpp).
    v["feed"] = link(site_paths::feed());
    v["feed_title"] = feed_title(site);
    // Every page but the 404 page (and the search page, which says so itself) is indexed by
    // Pagefind: its <main> is marked data-pagefind-body.
    v["searchable"] = meta.path != site_paths::not_found();
    v["search_href"] = link(site_paths::search());
    v["page_type"] = meta.page_type;
    v["site"] = {{"name", site.name},
                 {"short_name", site.short_name.empty() ? site.name : site.short_name},
                 {"publisher", site.publisher},
                 {"licence", site.licence},
                 {"contact_email", site.contact_email}};
    v["phase_text"] = site.phase_banner;
    v["phase_tag"] = data.model.strategy.status == "final" ? "Final" : "Draft";

    nlohmann::json nav = nlohmann::json::array();
    for (const auto& item : navigation())
        nav.push_back({{"text", item.text},
                       {"href", link(item.path)},
                       {"current", meta.section == item.section}});
    v["nav"] = std::move(nav);

    nlohmann::json crumbs = nlohmann::json::array();
    for (const auto& c : meta.crumbs) crumbs.push_back({{"text", c.text}, {"href", link(c.path)}});
    v["crumbs"] = crumbs;
    if (!meta.crumbs.empty())
        v["back"] = {{"text", meta.crumbs.back().text}, {"href", link(meta.crumbs.back().path)}};

    v["footer_links"] = nlohmann::json::array({
        {{"text", "Accessibility statement"}, {"href", link(site_paths::accessibility())}},
        {{"text", "How progress is measured"}, {"href", link(site_paths::progress())}},
        {{"text", "Glossary of abbreviations"}, {"href", link(site_paths::glossary())}},
        {{"text", "A to Z of pages"}, {"href", link(site_paths::search()) + "#a-to-z"}},
        {{"text", "Contact us"}, {"href", "mailto:" + site.contact_email}},
    });
    if (data.model.keeps_register()) {
        nlohmann::json link_to_register = nlohmann::json::object(
            {{"text", "Register of interests"}, {"href", link(site_paths::interests())}});
        v["footer_links"].insert(v["footer_links"].begin() + 3, link_to_register);
    }
    return v;
}

nlohmann::json status_tag(ProgressStatus status) {
    return {{"label", progress_label(status)},
            {"colour", progress_tag_colour(status)},
            {"code", progress_code(status)}};
}

nlohmann::json source_view(const SourceRef& source) {
    if (source.document.empty()) return nullptr;
    return {
        {"document", source.document}, {"section", source.section}, {"url", safe_href(source.url)}};
}

std::set<std::string> layout_ids() {
    return {"maincontent", "minutes",         "chart",
            "data",        "search",          "search-field",
            "a-to-z",      "on-track",        "needs-acceleration",
            "off-track",   "not-enough-data", "insufficient-local-data"};
}

}  // namespace icbgen
