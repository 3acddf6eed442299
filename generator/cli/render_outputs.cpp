#include "cli/render_outputs.h"
#include "core/free_memory.h"

#include <filesystem>
#include <optional>

#include "cli/search_index.h"
#include "core/stage_times.h"
#include "output/link_checker.h"
#include "render/site/site_renderer.h"
#include "render/workbook/workbook_renderer.h"
#include "templates/template_set.h"

#ifndef ICBGEN_DEFAULT_ASSETS
#define ICBGEN_DEFAULT_ASSETS ""
#endif

namespace fs = std::filesystem;

namespace icbgen {

std::string default_assets(const std::string& root) {
    for (const auto& candidate : {fs::path(root) / "node_modules/nhsuk-frontend/dist/nhsuk",
                                  fs::path(ICBGEN_DEFAULT_ASSETS)})
        if (!candidate.empty() && fs::is_directory(candidate)) return candidate.string();
    return {};
}

namespace {

// Renderers need the templates and the context; each phase makes its own (cheap: the shipped
// templates are compiled in, the site's overrides are a few files).
template <typename Render>
void with_context(const FrontEnd& fe, const std::string& root, const RenderOptions& options,
                  Diagnostics& diags, Render render) {
    TemplateSet templates = TemplateSet::load(*fe.fs, diags);
    templates.use_memo(options.template_memo);
    RenderContext context{*fe.fs,
                          templates,
                          options.base_url.empty() ? fe.model.site.base_url : options.base_url,
                          options.assets.empty() ? default_assets(root) : options.assets,
                          fe.model.strategy.published,
                          options.jobs,
                          fe.site_map,
                          options.pdf_cache_dir,
                          options.page_memo,
                          options.site_store};
    if (!context.base_url.empty() && context.base_url.back() != '/') context.base_url += '/';
    render(context);
}

}  // namespace

RenderedOutputs render_pages(const FrontEnd& fe, const std::string& root,
                             const RenderOptions& options) {
    RenderedOutputs out;
    with_context(fe, root, options, out.diags, [&](const RenderContext& context) {
        {
            StageTimer timer("pages");
            out.site = render_site(fe.model, context, out.diags);
        }
        StageTimer timer("packs");
        PackOutput packs = render_packs(fe.model, context, "", out.diags,
                                        options.defer_pdfs ? PackPdfs::defer : PackPdfs::render);
        out.site.merge(std::move(packs.public_files));
        out.private_files = std::move(packs.private_files);
        out.deferred_pdfs = std::move(packs.deferred_pdfs);
    });
    return out;
}

void finish_outputs(const FrontEnd& fe, const std::string& root, const RenderOptions& options,
                    RenderedOutputs& out) {
    // A website whose files could not all be staged (a full disk) is not indexed or checked:
    // the write stage reports why it cannot be written.
    auto staging_failed = [&] { return options.site_store && options.site_store->failed(); };
    if (staging_failed()) return;
    // What the render threads freed stays in their malloc arenas, where the workbooks' threads
    // would not reuse it: given back first, it is not counted again on top of theirs.
    give_back_free_memory();
    // The search index, over the public HTML only (cli/search_index.h), before the link check
    // so that its files are part of what is checked and written. Pagefind runs in its own
    // process while the workbooks (which add no HTML page) are made.
    std::optional<SearchIndexJob> search;
    if (!out.diags.has_errors())
        search.emplace(start_search_index(out.site, find_pagefind(root, options.pagefind),
                                          options.search_cache_dir));
    with_context(fe, root, options, out.diags, [&](const RenderContext& context) {
        StageTimer timer("workbooks");
        out.site.merge(render_workbooks(fe.model, context, out.diags));
    });
    if (out.diags.has_errors() || staging_failed()) return;
    {
        StageTimer timer("search index");
        search->finish(out.site, out.diags);
    }
    // Every relative link in the finished website (pages, workbooks and public packs merged)
    // must land on a file in it (unless rendering already failed: a missing PDF would be
    // reported again by each page linking to it). The output stage's check
    // (output/link_checker.h). A deferred PDF counts as there: it is made when asked for.
    if (out.diags.has_errors() || staging_failed()) return;
    std::vector<std::string> deferred;
    for (const auto& pdf : out.deferred_pdfs)
        if (!pdf.is_private) deferred.push_back(pdf.path);
    StageTimer timer("link check");
    check_output_links(out.site, out.diags, options.jobs, deferred);
}

RenderedOutputs render_outputs(const FrontEnd& fe, const std::string& root,
                               const RenderOptions& options) {
    RenderedOutputs out = render_pages(fe, root, options);
    finish_outputs(fe, root, options, out);
    return out;
}

}  // namespace icbgen
