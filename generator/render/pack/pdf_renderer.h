#pragma once
// HTML to PDF through WeasyPrint, run as a separate process per document (several at once),
// each in its own temporary folder; the PDF bytes are read back and the folder removed.
// WeasyPrint is driven by a small Python script compiled into icbgen (weasyprint_driver.py),
// run under the Python of the `weasyprint` command, whose URL fetcher lets a PDF load only
// files from its own temporary folder: no network, no other file. Each run has a time limit.
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace icbgen {

struct PdfJob {
    std::string html;       // a complete document; anything it loads from outside is refused
    std::string what;       // for messages: "the public pack of 2023-07-24-icp"
    SourceLocation origin;  // where a failure is reported (the meeting.yaml)
    long long source_date_epoch = 0;  // seconds: fonts' timestamps, so that bytes repeat
};

struct PdfOptions {
    std::string command = "weasyprint";  // a name looked up on PATH, or a path
    int jobs = 0;                        // processes at once; 0 = hardware threads (at most 4)
    bool tagged = true;                  // --pdf-variant pdf/ua-1: a tagged PDF
    int timeout_seconds = 120;           // per PDF; a run that takes longer is stopped
    std::string cache_dir;  // PDFs kept by the hash of their input (pdf_cache.h); empty = none
};

// One entry per job, in order: the PDF bytes, or nullopt when that PDF could not be made (an
// error diagnostic says why). With a cache, a PDF whose exact input was made before is taken
// from it and WeasyPrint is not run for it. A missing command is reported once; a resource the PDF
// was not allowed to load is a `pdf-fetch-refused` warning.
std::vector<std::optional<std::string>> render_pdfs(const std::vector<PdfJob>& jobs,
                                                    const PdfOptions& options, Diagnostics& diags);

// The command's full path: `command` itself when it holds a '/', else the first match on PATH.
std::optional<std::string> find_program(const std::string& command);

}  // namespace icbgen
