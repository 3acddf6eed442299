#include "render/pack/pack_renderer.h"

#include <cstdlib>

#include "data/iso_date.h"
#include "render/pack/pack_format.h"
#include "render/pack/pack_html.h"
#include "render/pack/pdf_renderer.h"
#include "site_map/site_paths.h"

namespace icbgen {

PackOutput render_packs(const SiteModel& model, const RenderContext& context,
                        const std::string& meeting_id, Diagnostics& diags, PackPdfs pdf_mode) {
    PackOutput out;
    struct Pending {
        FileSet* set;
        std::string pdf_path;
    };
    std::vector<PdfJob> jobs;
    std::vector<Pending> pending;
    for (const auto& m : model.meetings) {
        if (!meeting_id.empty() && m.id != meeting_id) continue;
        if (m.agenda.empty()) continue;  // no agenda, no pack
        SourceLocation origin{"content/meetings/" + m.id + "/meeting.yaml", 0, 0};
        for (bool is_private : {false, true}) {
            auto html = render_pack_html(model, m, is_private, context, diags);
            if (!html) continue;
            FileSet& set = is_private ? out.private_files : out.public_files;
            set.add(is_private ? site_paths::private_pack_html(m.id) : site_paths::pack_html(m.id),
                    *html);
            jobs.push_back(
                {*html, std::string(is_private ? "the private" : "the public") + " pack of " + m.id,
                 origin,
                 // 0 (1970) only for a date the checks already refused
                 epoch_seconds(std::string_view(m.date)).value_or(0)});
            pending.push_back({&set, is_private ? site_paths::private_pack_pdf(m.id)
                                                : site_paths::pack_pdf(m.id)});
        }
    }
    if (pdf_mode == PackPdfs::defer) {
        for (std::size_t i = 0; i < jobs.size(); ++i)
            out.deferred_pdfs.push_back(
                {pending[i].set == &out.private_files, pending[i].pdf_path, std::move(jobs[i])});
        return out;
    }
    auto pdfs = render_pdfs(jobs, pack_pdf_options(context.jobs, context.pdf_cache_dir), diags);
    for (std::size_t i = 0; i < pdfs.size(); ++i)
        if (pdfs[i]) pending[i].set->add(pending[i].pdf_path, std::move(*pdfs[i]));
    return out;
}

PdfOptions pack_pdf_options(int jobs, const std::string& cache_dir) {
    PdfOptions options;
    if (const char* command = std::getenv("ICBGEN_WEASYPRINT"); command && *command)
        options.command = command;
    if (const char* timeout = std::getenv("ICBGEN_PDF_TIMEOUT"); timeout && std::atoi(timeout) > 0)
        options.timeout_seconds = std::atoi(timeout);
    options.jobs = jobs;
    options.cache_dir = cache_dir;
    return options;
}

}  // namespace icbgen
