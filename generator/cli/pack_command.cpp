#include "cli/pack_command.h"

#include <filesystem>
#include <iostream>

#include "cli/app.h"
#include "cli/output_folders.h"
#include "cli/pdf_cache_option.h"
#include "core/diagnostic_format.h"
#include "output/file_replacer.h"
#include "output/output_paths.h"
#include "render/pack/pack_renderer.h"
#include "site_map/site_paths.h"
#include "templates/template_set.h"

namespace fs = std::filesystem;

namespace icbgen {

namespace {

// "meetings: a, b, c"
std::string meeting_list(const SiteModel& model) {
    std::string s;
    for (const auto& m : model.meetings) s += (s.empty() ? "meetings: " : ", ") + m.id;
    return s;
}

}  // namespace

int run_pack(const CommonOptions& common, const BuildOptions& options) {
    auto fe = run_front_end(common);
    if (!fe) return kExitUsage;
    auto fail = [&](int code) {
        fe->diags.sort_and_dedupe();
        print_diagnostics(*fe, common);
        std::cerr << "pack: failed with " << counts_text(fe->diags) << "; nothing was written\n";
        return code;
    };

    Diagnostics outputs;
    OutputFolders folders =
        prepare_output_folders(common, options, EarlierBuild::required, outputs);
    fe->diags.append(outputs);
    if (outputs.has_errors()) return fail(kExitUsage);
    if (fe->diags.has_errors()) return fail(kExitErrors);
    const Meeting* meeting = fe->model.find_meeting(options.meeting);
    if (!meeting) {
        fe->diags.error("unknown-reference", {"content/meetings", 0, 0},
                        "no meeting '" + options.meeting + "'", meeting_list(fe->model));
        return fail(kExitUsage);
    }
    if (meeting->agenda.empty()) {
        fe->diags.error("meeting-no-agenda",
                        {"content/meetings/" + meeting->id + "/meeting.yaml", 0, 0},
                        "meeting '" + meeting->id + "' has no agenda, so it has no packs",
                        "add its agenda to meeting.yaml");
        return fail(kExitUsage);
    }

    Diagnostics render_diags;
    TemplateSet templates = TemplateSet::load(*fe->fs, render_diags);
    RenderContext context{*fe->fs,
                          templates,
                          options.base_url.empty() ? fe->model.site.base_url : options.base_url,
                          options.assets,
                          fe->model.strategy.published,
                          options.jobs,
                          fe->site_map,
                          pdf_cache_folder(common, options)};
    if (!context.base_url.empty() && context.base_url.back() != '/') context.base_url += '/';
    PackOutput packs = render_packs(fe->model, context, meeting->id, render_diags);
    fe->diags.append(render_diags);
    if (common.strict) fe->diags.promote_warnings();
    fe->diags.sort_and_dedupe();
    if (fe->diags.has_errors()) return fail(kExitErrors);

    Diagnostics io;
    replace_files(
        {{&packs.public_files,
          folders.public_dir,
          {site_paths::pack_html(meeting->id), site_paths::pack_pdf(meeting->id)},
          "--out"},
         {&packs.private_files,
          folders.private_dir,
          {site_paths::private_pack_html(meeting->id), site_paths::private_pack_pdf(meeting->id)},
          "--private-out"}},
        io);
    fe->diags.append(io);
    if (io.has_errors()) return fail(kExitUsage);
    print_diagnostics(*fe, common);
    std::cout << "pack: " << meeting->id << ": " << packs.public_files.files.size() << " files in "
              << folders.public_dir.string() << ", " << packs.private_files.files.size()
              << " private files in " << folders.private_dir.string() << "; "
              << counts_text(fe->diags) << "\n";
    return kExitOk;
}

}  // namespace icbgen
