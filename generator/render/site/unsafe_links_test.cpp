// Defence in depth: even when `check` is bypassed (its unsafe-url errors ignored), neither the
// website nor the board pack writes a link or image with a scheme other than https:, http: or
// mailto: (docs/CONTENT_MODEL.md, "URLs").
#include <catch2/catch.hpp>
#include <regex>

#include "content/content_loader.h"
#include "core/url.h"
#include "model/model_builder.h"
#include "render/pack/pack_html.h"
#include "render/pack/pack_test_site.h"
#include "render/site/site_renderer.h"
#include "templates/template_set.h"

namespace icbgen {

namespace {

// An attribute value as a browser reads it: the character references our escaping writes.
std::string unescape(std::string s) {
    for (auto [from, to] : {std::pair<std::string, std::string>{"&quot;", "\""},
                            {"&#39;", "'"},
                            {"&lt;", "<"},
                            {"&gt;", ">"},
                            {"&amp;", "&"}}) {
        for (std::size_t at = s.find(from); at != std::string::npos;
             at = s.find(from, at + to.size()))
            s.replace(at, from.size(), to);
    }
    return s;
}

// Every href, src and xlink:href in `text` whose value is not a safe URL.
std::vector<std::string> unsafe_links(const std::string& text) {
    static const std::regex attr(R"re(\b(?:href|src|xlink:href)\s*=\s*"([^"]*)")re");
    std::vector<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), attr), end; it != end; ++it) {
        std::string value = unescape((*it)[1].str());
        std::string lower = value;
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!is_safe_url(value) || lower.find("javascript") != std::string::npos ||
            lower.find("data:") != std::string::npos)
            out.push_back(value);
    }
    return out;
}

}  // namespace

TEST_CASE("renderers write no unsafe link even when check is bypassed", "[url][site][pack]") {
    MemoryFileSystem fs = pack_test::example_site();
    fs.add("content/metrics/uptake.md",
           "---\ntitle: Uptake\nkind: outcome\nunit: percent\npolarity: higher-is-better\n"
           "frequency: annual\nsource: {name: Example, url: \" JaVaScRiPt:alert(1)\"}\n"
           "geography: Example\nstatus: proposed\n---\nSee [the method](data:text/html,x).\n");
    fs.add("content/case-studies/model.md",
           "---\ntitle: A model\nplace: Here\ndepth: summary\nmodel: A model of care.\n"
           "priorities: []\nsource: {document: Doc, url: \"&#106;avascript:alert(1)\"}\n---\n"
           "![chart](data:image/svg+xml;base64,PHN2Zy8+) [x](vbscript:msgbox)\n");
    fs.add("content/meetings/2024-01-10-board/papers/strategy-update.md",
           "---\ntitle: Strategy update\nauthors: [{name: Bea Dee}]\nexecutive_leads: [BD]\n"
           "purpose: [discussion]\nsummary: \"[s](javascript:alert(1))\"\n"
           "recommendation: Note.\nstatus: final\npart: public\n---\n"
           "[a](JAVASCRIPT:alert(1)) [b](<java\tscript:alert(2)>) <javascript:alert(3)> "
           "[c](//evil.example/) ![d](data:image/png;base64,AAAA) [e](https://example.org/)\n");
    Diagnostics diags;
    SiteModel model = build_model(load_site(fs, diags), diags);
    REQUIRE(diags.has_errors());  // check would have stopped here: the unsafe URLs are errors
    Diagnostics render_diags;
    TemplateSet templates = TemplateSet::load(fs, render_diags);
    SiteMap site_map(model);
    RenderContext context{fs, templates, "https://example.nhs.uk/", "", "2024-01-10", 1, site_map};

    FileSet site = render_site(model, context, render_diags);  // assets-missing is expected
    std::size_t pages = 0;
    bool safe_link_kept = false;
    for (const auto& [path, file] : site.files) {
        const std::string& bytes = file.bytes;
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
        ++pages;
        INFO(path);
        CHECK(unsafe_links(bytes) == std::vector<std::string>{});
        if (bytes.find("href=\"https://example.org/\"") != std::string::npos) safe_link_kept = true;
    }
    CHECK(pages > 5);
    CHECK(safe_link_kept);
    for (bool is_private : {false, true}) {
        auto pack = render_pack_html(model, *model.find_meeting("2024-01-10-board"), is_private,
                                     context, render_diags);
        REQUIRE(pack);
        CHECK(unsafe_links(*pack) == std::vector<std::string>{});
        CHECK(pack->find("href=\"https://example.org/\"") != std::string::npos);
    }
}

}  // namespace icbgen
