#include "core/file_system.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

// The compiled CSS refers to its icons from the web server's root ("url(/assets/images/...)");
// relative to the stylesheet they work opened from disk and under any base URL.
std::string relative_css_urls(std::string css) {
    const std::string from = "url(/assets/", to = "url(assets/";
    for (std::size_t at = css.find(from); at != std::string::npos; at = css.find(from, at))
        css.replace(at, from.size(), to);
    return css;
}

}  // namespace

void add_assets(const SiteData& data, FileSet& out, Diagnostics& diags) {
    const std::string& dir = data.context.assets_dir;
    const std::string hint =
        "run scripts/setup to install nhsuk-frontend (npm ci), or pass --assets with the path of "
        "node_modules/nhsuk-frontend/dist/nhsuk";
    DiskFileSystem assets(dir.empty() ? "." : dir);
    if (dir.empty() || !assets.exists("nhsuk-frontend.min.css")) {
        diags.error("assets-missing", {dir.empty() ? "node_modules/nhsuk-frontend" : dir, 0, 0},
                    "the NHS.UK frontend assets were not found" +
                        (dir.empty() ? std::string() : " in '" + dir + "'"),
                    hint);
        return;
    }
    for (const char* name : {"nhsuk-frontend.min.css", "nhsuk-frontend.min.js"}) {
        auto bytes = assets.read(name);
        if (!bytes) {
            diags.error("assets-missing", {dir + "/" + name, 0, 0}, "could not read this file",
                        hint);
            continue;
        }
        out.add(site_paths::nhsuk_dir() + name,
                std::string(name).ends_with(".css") ? relative_css_urls(*bytes) : *bytes);
    }
    for (const auto& path : assets.list("assets"))
        if (auto bytes = assets.read(path)) out.add(site_paths::nhsuk_dir() + path, *bytes);

    if (data.model.site.has_logo())
        out.add(site_paths::logo(data.model.site.logo_path), data.model.site.logo_bytes);

    if (auto css = data.context.templates.render("assets/site.css.mustache", {}, diags))
        out.add(site_paths::stylesheet(), *css);
    if (auto js = data.context.templates.render("assets/site.js.mustache", {}, diags))
        out.add(site_paths::script(), *js);
    if (auto js = data.context.templates.render("assets/search.js.mustache", {}, diags))
        out.add(site_paths::search_script(), *js);
}

}  // namespace icbgen
