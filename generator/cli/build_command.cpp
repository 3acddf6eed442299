#include "cli/build_command.h"
#include "core/free_memory.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/output_folders.h"
#include "cli/pdf_cache_option.h"
#include "cli/render_outputs.h"
#include "core/diagnostic_format.h"
#include "core/stage_times.h"
#include "output/atomic_writer.h"
#include "output/output_paths.h"
#include "output/staging_folder.h"
#include "output/unchanged_output.h"

namespace icbgen {

namespace {

struct Timer {
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    double ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    }
};

void progress(const std::string& what) {
    if (::isatty(STDERR_FILENO)) std::cerr << "\r\033[K" << what << std::flush;
}

}  // namespace

int run_build(const CommonOptions& common, const BuildOptions& options) {
    Timer timer;
    StageTimer whole("whole build");
    const char* command = "build";
    progress("checking content...");
    auto fe = run_front_end(common);
    progress("");
    if (!fe) return kExitUsage;
    // The loaded files (hundreds of MB for a large site) were freed once the model was built,
    // but malloc keeps that memory in the main thread's arena, where the render threads (each
    // with an arena of its own) do not reuse it: given back now, it is not counted again on
    // top of what the pages take (docs/PERFORMANCE.md, "Memory of the pages").
    give_back_free_memory();
    auto fail = [&](int code) {
        fe->diags.sort_and_dedupe();
        print_diagnostics(*fe, common);
        std::cerr << command << ": failed with " << counts_text(fe->diags)
                  << "; nothing was written\n";
        return code;
    };

    // The output folders before anything else: one that holds the site's sources, or the
    // other output, or someone's files, is refused before a page is rendered.
    Diagnostics outputs;
    OutputFolders folders =
        prepare_output_folders(common, options, EarlierBuild::optional, outputs);
    fe->diags.append(outputs);
    if (outputs.has_errors()) return fail(kExitUsage);
    if (fe->diags.has_errors()) return fail(kExitErrors);

    progress("rendering the website, workbooks and packs...");
    // The website's files go into the public output's staging folder as they are made, so
    // that the pages are never all in memory (output/staging_folder.h); the write stage swaps
    // that folder in. A build that fails before then deletes it (with `staging`); the private
    // output is small and stays in memory until then.
    std::shared_ptr<StagingFolder> staging = StagingFolder::for_output(folders.public_dir);
    RenderOptions render_options{options.base_url,
                                 options.assets,
                                 options.jobs,
                                 false,
                                 pdf_cache_folder(common, options),
                                 options.pagefind,
                                 search_cache_folder(common, options)};
    render_options.site_store = staging;
    RenderedOutputs rendered = render_outputs(*fe, common.root, render_options);
    progress("");
    FileSet& site_files = rendered.site;
    Diagnostics& render_diags = rendered.diags;

    fe->diags.append(render_diags);
    if (common.strict) fe->diags.promote_warnings();
    fe->diags.sort_and_dedupe();
    // A website that could not be staged (a full disk) fails in the write stage, which says why.
    if (fe->diags.has_errors() && !staging->failed()) return fail(kExitErrors);

    // Both folders are replaced together, or neither is.
    Diagnostics io;
    progress("writing...");
    // Outputs that already hold exactly these files are left as they are.
    if (StageTimer timer("write");
        staging->failed() || !output_is_unchanged(site_files, folders.public_dir) ||
        !output_is_unchanged(rendered.private_files, folders.private_dir))
        write_outputs(
            {{&site_files, folders.public_dir}, {&rendered.private_files, folders.private_dir}},
            io);
    progress("");
    fe->diags.append(io);
    print_diagnostics(*fe, common);
    if (io.has_errors()) {
        std::cerr << command << ": could not write the output\n";
        return kExitUsage;
    }
    std::size_t pages = 0;
    for (const auto& [path, _] : site_files.files)
        if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++pages;
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f ms", timer.ms());
    std::cout << command << ": " << pages << " pages, " << site_files.files.size() << " files in "
              << folders.public_dir.string() << ", " << rendered.private_files.files.size()
              << " private files in " << folders.private_dir.string();
    std::cout << "; " << counts_text(fe->diags) << "; " << ms << "\n";
    return kExitOk;
}

}  // namespace icbgen
