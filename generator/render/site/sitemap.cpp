#include "core/text.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::string xml(const std::string& s) { return escape_markup(s, true); }

}  // namespace

void add_sitemap(const SiteData& data, FileSet& out) {
    const std::string& base = data.context.base_url;
    std::string xml_text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& [path, _] : out.files) {
        if (!path.ends_with("index.html")) continue;  // pages only: not 404.html, not downloads
        xml_text += "  <url><loc>" + xml(base + path) + "</loc></url>\n";
    }
    xml_text += "</urlset>\n";
    out.add(site_paths::sitemap(), xml_text);
    out.add(site_paths::robots(),
            "User-agent: *\nAllow: /\n\nSitemap: " + base + site_paths::sitemap() + "\n");
}

}  // namespace icbgen
