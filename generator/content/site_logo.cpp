#include "content/site_logo.h"

#include "content/yaml_document.h"

namespace icbgen {

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool looks_like_svg(const std::string& bytes) { return bytes.find("<svg") != std::string::npos; }

bool looks_like_png(const std::string& bytes) { return bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0; }

}  // namespace

SiteLogo load_site_logo(const FileSystem& fs, const SourceDocument& site, Diagnostics& diags) {
    SiteLogo logo;
    if (!site.yaml) return logo;
    const YAML::Node& root = site.yaml->root();
    if (!yaml_child(root, "logo").IsScalar()) return logo;
    logo.path = yaml_string(root, "logo");
    logo.location = site.yaml->location(root, "logo");
    if (logo.path.empty()) return logo;
    bool svg = ends_with(logo.path, ".svg"), png = ends_with(logo.path, ".png");
    if (!svg && !png) return logo;  // the schema reports the extension
    if (logo.path.front() == '/' || logo.path.find("..") != std::string::npos) {
        diags.error("logo-missing", logo.location,
                    "the logo '" + logo.path + "' is outside the site folder",
                    "put the file in the site folder and give its path from there, e.g. "
                    "'assets/logo.svg'");
        return logo;
    }
    auto bytes = fs.read(logo.path);
    if (!bytes) {
        diags.error("logo-missing", logo.location,
                    "the logo file '" + logo.path + "' does not exist",
                    "add the file, or correct the path (it is relative to the site folder)");
        return logo;
    }
    if (svg ? !looks_like_svg(*bytes) : !looks_like_png(*bytes)) {
        diags.error(
            "logo-unreadable", logo.location,
            "the logo file '" + logo.path + "' is not " + (svg ? "an SVG image" : "a PNG image"),
            "export the logo again as SVG or PNG");
        return logo;
    }
    logo.bytes = std::move(*bytes);
    return logo;
}

}  // namespace icbgen
