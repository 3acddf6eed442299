#pragma once
// Board meeting packs: per meeting a public pack (into the site) and a private pack (into the
// private output folder), as HTML and PDF.
#include <vector>

#include "core/diagnostic.h"
#include "core/file_set.h"
#include "model/site_model.h"
#include "render/pack/pdf_renderer.h"
#include "render/render_context.h"

namespace icbgen {

// A pack PDF not yet made (`icbgen serve` makes it when it is asked for).
struct DeferredPdf {
    bool is_private = false;
    std::string path;  // relative to site/ or private/
    PdfJob job;
};

struct PackOutput {
    FileSet public_files;                    // relative to site/
    FileSet private_files;                   // relative to private/
    std::vector<DeferredPdf> deferred_pdfs;  // only when render_packs was told to defer them
};

enum class PackPdfs { render, defer };

// Renders the packs of every meeting, or only of `meeting_id` when it is not empty. With
// PackPdfs::defer no PDF is made: each is left in `deferred_pdfs` instead.
PackOutput render_packs(const SiteModel& model, const RenderContext& context,
                        const std::string& meeting_id, Diagnostics& diags,
                        PackPdfs pdfs = PackPdfs::render);

// How pack PDFs are made: WeasyPrint (or $ICBGEN_WEASYPRINT), $ICBGEN_PDF_TIMEOUT, jobs, and
// the PDF cache folder (render/pack/pdf_cache.h; none when empty).
PdfOptions pack_pdf_options(int jobs, const std::string& cache_dir = {});

}  // namespace icbgen
