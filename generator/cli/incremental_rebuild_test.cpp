// `serve` rebuilds through a parse cache (content/parse_cache.h) and a page memo
// (render/site/page_memo.h), and other renders through a template memo (templates/template_set.h).
// After each of a series of edits to a copy of the shipped site, the rebuild through them must give
// exactly what a fresh build gives: the same diagnostics and the same pages, downloads and packs,
// byte for byte. Both run the calls serve's rebuild makes (run_front_end with the cache,
// render_pages with the memo and deferred PDFs).
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/front_end.h"
#include "cli/render_outputs.h"
#include "content/parse_cache.h"
#include "core/diagnostic_format.h"
#include "render/site/page_memo.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

struct ScratchSite {
    std::string root = (fs::temp_directory_path() / "icbgen-incremental-XXXXXX").string();
    ScratchSite() {
        REQUIRE(::mkdtemp(root.data()));
        for (const char* folder : {"content", "data"})
            fs::copy(folder, fs::path(root) / folder, fs::copy_options::recursive);
    }
    ~ScratchSite() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    std::string read(const std::string& path) const {
        std::ifstream in(fs::path(root) / path, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
    void write(const std::string& path, const std::string& text) const {
        fs::create_directories((fs::path(root) / path).parent_path());
        std::ofstream(fs::path(root) / path, std::ios::binary) << text;
    }
    // Replaces the first `from` in the file with `to`; the file must hold it.
    void replace(const std::string& path, const std::string& from, const std::string& to) const {
        std::string text = read(path);
        auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        write(path, text.replace(at, from.size(), to));
    }
};

struct Build {
    std::vector<std::string> diagnostics;  // each in full, as serve prints them
    std::optional<RenderedOutputs> outputs;
};

Build build(const std::string& root, ParseCache* parses, PageMemo* pages, TemplateMemo* templates) {
    CommonOptions common;
    common.root = root;
    auto fe = run_front_end(common, parses);
    REQUIRE(fe);
    Build out;
    if (!fe->diags.has_errors()) {
        RenderOptions options;
        options.defer_pdfs = true;
        options.page_memo = pages;
        options.template_memo = templates;
        out.outputs = render_pages(*fe, root, options);
        if (templates) templates->forget_unused();
        fe->diags.append(out.outputs->diags);
        fe->diags.sort_and_dedupe();
    }
    for (const auto& d : fe->diags.items())
        out.diagnostics.push_back(format_diagnostic(d, fe->fs.get()));
    return out;
}

void require_same_files(const FileSet& incremental, const FileSet& full) {
    for (const auto& [path, bytes] : full.files) {
        INFO(path);
        REQUIRE(incremental.contains(path));
        REQUIRE(incremental.read(path) == full.read(path));
    }
    REQUIRE(incremental.files.size() == full.files.size());
}

void require_same(const Build& incremental, const Build& full) {
    REQUIRE(incremental.diagnostics == full.diagnostics);
    REQUIRE(incremental.outputs.has_value() == full.outputs.has_value());
    if (!full.outputs) return;
    require_same_files(incremental.outputs->site, full.outputs->site);
    require_same_files(incremental.outputs->private_files, full.outputs->private_files);
    REQUIRE(incremental.outputs->deferred_pdfs.size() == full.outputs->deferred_pdfs.size());
    for (std::size_t i = 0; i < full.outputs->deferred_pdfs.size(); ++i) {
        const auto& a = incremental.outputs->deferred_pdfs[i];
        const auto& b = full.outputs->deferred_pdfs[i];
        REQUIRE(a.path == b.path);
        REQUIRE(a.is_private == b.is_private);
        REQUIRE(a.job.html == b.job.html);
    }
}

}  // namespace

TEST_CASE("serve's incremental rebuild gives what a full build gives, edit after edit") {
    ScratchSite site;
    ParseCache parses;
    PageMemo pages;
    TemplateMemo templates;
    const std::string md = "content/metrics/adult-depression-prevalence.md";
    const std::string csv = "data/metrics/adult-depression-prevalence.csv";
    const std::string original_md = site.read(md);

    auto step = [&](const std::string& what) {
        INFO(what);
        Build incremental = build(site.root, &parses, &pages, &templates);
        Build full = build(site.root, nullptr, nullptr, nullptr);
        require_same(incremental, full);
        return incremental;
    };

    Build first = step("the first build");
    REQUIRE(first.outputs);
    std::size_t files = parses.parsed;
    REQUIRE(parses.reused == 0);
    std::size_t all_pages = pages.rendered;

    // Nothing changed: nothing parsed or rendered again.
    step("no change");
    CHECK(parses.parsed == 0);
    CHECK(parses.reused == files);
    CHECK(pages.rendered == 0);
    CHECK(pages.reused == all_pages);

    site.replace(md, "title: Prevalence of depression in adults",
                 "title: Prevalence of depression in adults, edited");
    step("a metric's title");
    CHECK(parses.parsed == 1);
    CHECK(pages.rendered > 0);
    CHECK(pages.rendered < all_pages);

    site.replace(csv, "2023,SEL,10.4,", "2023,SEL,10.7,");
    step("a CSV value");
    CHECK(parses.parsed == 1);
    CHECK(pages.rendered < all_pages);

    site.replace("content/strategy/priorities/early-years.md", "\n---\n",
                 "\n---\n\nA paragraph added by an edit.\n\n");
    step("a priority's Markdown body");

    site.replace("data/glossary.yaml", "Accident and emergency department",
                 "Accident and emergency department (edited)");
    step("a glossary expansion, which every page's abbreviations use");
    CHECK(pages.rendered == all_pages);

    std::ifstream shipped("templates/partials/footer.mustache", std::ios::binary);
    std::stringstream footer;
    footer << shipped.rdbuf();
    REQUIRE_FALSE(footer.str().empty());
    site.write("templates/partials/footer.mustache", footer.str() + "<!-- the site's own -->\n");
    step("a template of the site's own");
    CHECK(pages.reused == 0);

    fs::remove(fs::path(site.root) / "templates/partials/footer.mustache");
    step("the template removed again");

    site.write(md, original_md + "\n");
    site.replace(md, "kind: outcome", "kind: [outcome");
    Build broken = step("a YAML error");
    REQUIRE_FALSE(broken.outputs);

    site.write(md, original_md);
    step("the error fixed");
    CHECK(parses.parsed == 1);

    fs::copy_file(fs::path(site.root) / md,
                  fs::path(site.root) / "content/metrics/adult-depression-prevalence-copy.md");
    step("a file added");

    fs::remove(fs::path(site.root) / "content/metrics/adult-depression-prevalence-copy.md");
    step("the file deleted");
    CHECK(parses.parsed == 0);
}

}  // namespace icbgen
