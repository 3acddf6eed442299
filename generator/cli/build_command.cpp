#include "cli/build_command.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/app.h"
#include "core/diagnostic_format.h"
#include "output/atomic_writer.h"
#include "render/pack/pack_renderer.h"
#include "render/site/link_checker.h"
#include "render/site/site_renderer.h"
#include "render/workbook/workbook_renderer.h"
#include "templates/template_set.h"

#ifndef ICBGEN_DEFAULT_ASSETS
#define ICBGEN_DEFAULT_ASSETS ""
#endif

namespace fs = std::filesystem;

namespace icbgen {

namespace {

std::string default_assets(const std::string& root) {
    // The site's own node_modules first, then the copy set up beside the source tree.
    for (const auto& candidate :
         {fs::path(root) / "node_modules/nhsuk-frontend/dist/nhsuk", fs::path(ICBGEN_DEFAULT_ASSETS)})
        if (!candidate.empty() && fs::is_directory(candidate)) return candidate.string();
    return {};
}

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

int render_and_write(const CommonOptions& common, const BuildOptions& options, bool packs_only) {
    Timer timer;
    progress("checking content...");
    auto fe = run_front_end(common);
    progress("");
    if (!fe) return kExitUsage;
    auto fail = [&](int code) {
        print_diagnostics(*fe, common);
        std::cerr << (packs_only ? "pack" : "build") << ": failed with "
                  << counts_text(fe->diags) << "; nothing was written\n";
        return code;
    };
    if (fe->diags.has_errors()) return fail(kExitErrors);
    if (packs_only && !fe->model.find_meeting(options.meeting)) {
        std::vector<std::string> ids;
        for (const auto& m : fe->model.meetings) ids.push_back(m.id);
        fe->diags.error("unknown-reference", {"content/meetings", 0, 0},
                        "no meeting '" + options.meeting + "'", "meetings: " + [&] {
                            std::string s;
                            for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
                            return s;
                        }());
        return fail(kExitUsage);
    }

    Diagnostics render_diags;
    TemplateSet templates = TemplateSet::load(*fe->fs, render_diags);
    RenderContext context{*fe->fs,
                          templates,
                          options.base_url.empty() ? fe->model.site.base_url : options.base_url,
                          options.assets.empty() ? default_assets(common.root) : options.assets,
                          fe->model.strategy.published,
                          options.jobs};
    if (!context.base_url.empty() && context.base_url.back() != '/') context.base_url += '/';

    FileSet site_files;
    if (!packs_only) {
        progress("rendering the website...");
        site_files = render_site(fe->model, context, render_diags);
        progress("writing workbooks...");
        site_files.merge(render_workbooks(fe->model, context, render_diags));
    }
    progress("compiling meeting packs...");
    PackOutput packs = render_packs(fe->model, context, options.meeting, render_diags);
    progress("");
    site_files.merge(std::move(packs.public_files));
    // Every relative link in the finished website must land on a file in it.
    if (!packs_only) check_output_links(site_files, render_diags);

    fe->diags.append(render_diags);
    if (common.strict) fe->diags.promote_warnings();
    fe->diags.sort_and_dedupe();
    if (fe->diags.has_errors()) return fail(kExitErrors);

    std::string out = options.out.empty() ? (fs::path(common.root) / "site").string() : options.out;
    std::string private_out = options.private_out.empty()
                                  ? (fs::path(common.root) / "private").string()
                                  : options.private_out;
    Diagnostics io;
    if (packs_only) {
        // `pack` adds one meeting's packs to the existing outputs without disturbing the rest.
        auto add_existing = [](FileSet& set, const std::string& dir) {
            std::error_code ec;
            if (!fs::is_directory(dir, ec)) return;
            DiskFileSystem existing(dir);
            for (const auto& path : existing.list(""))
                if (!set.contains(path)) set.add(path, existing.read(path).value_or(""));
        };
        add_existing(site_files, out);
        add_existing(packs.private_files, private_out);
    }
    if (!site_files.files.empty()) write_atomically(site_files, out, io);
    if (!io.has_errors() && !packs.private_files.files.empty())
        write_atomically(packs.private_files, private_out, io);
    fe->diags.append(io);
    print_diagnostics(*fe, common);
    if (io.has_errors()) {
        std::cerr << "build: could not write the output\n";
        return kExitUsage;
    }
    std::size_t pages = 0;
    for (const auto& [path, _] : site_files.files)
        if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++pages;
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f ms", timer.ms());
    std::cout << (packs_only ? "pack: " : "build: ") << pages << " pages, "
              << site_files.files.size() << " files in " << out;
    if (!packs.private_files.files.empty())
        std::cout << ", " << packs.private_files.files.size() << " private files in "
                  << private_out;
    std::cout << "; " << counts_text(fe->diags) << "; " << ms << "\n";
    return kExitOk;
}

}  // namespace

int run_build(const CommonOptions& common, const BuildOptions& options) {
    return render_and_write(common, options, false);
}

int run_pack(const CommonOptions& common, const BuildOptions& options) {
    return render_and_write(common, options, true);
}

}  // namespace icbgen
