#pragma once
// WeasyPrint's PDFs kept between builds, named by the SHA-256 of their exact input, so that a
// build re-runs WeasyPrint only for a pack whose input changed (docs/BOARD_PACKS.md, "The PDF
// cache"). The input is everything the PDF can depend on: the pack's HTML (which carries its
// CSS and, as data: URLs, its images; the driver lets a PDF load no other file), the driver
// script, the PDF variant, SOURCE_DATE_EPOCH, and the WeasyPrint in use: its version and the
// size and time of its launcher, interpreter, package and metadata, and the times of the
// font folders (/usr/share/fonts, /usr/local/share/fonts, ~/.fonts, ~/.local/share/fonts and
// the folders inside them), which change when a font is added or removed.
//
// A cached file is <dir>/<hash>.pdf. It is written to a temporary name and renamed, so a
// reader sees a whole file or none; one that does not start with "%PDF-" and end with "%%EOF"
// is deleted and made again.
//
// The cache does not grow without end: every PDF a build uses is marked as used (its file's
// time set to now), and each build that uses the cache first removes the PDFs no build has
// used for kPdfCacheKeep (a pack edited every day for a week leaves a week of superseded
// PDFs at most), and any temporary file a killed build left over a day ago.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace icbgen {

inline constexpr std::chrono::hours kPdfCacheKeep{24 * 7};

class PdfCache {
public:
    explicit PdfCache(std::filesystem::path dir) : dir_(std::move(dir)) {}
    const std::filesystem::path& dir() const { return dir_; }

    // The cached PDF for this key, or nullopt (a damaged entry is removed). A PDF found is
    // marked as used now.
    std::optional<std::string> load(const std::string& key) const;
    // Removes the PDFs not used since `now - keep` and temporary files older than a day;
    // nothing else in the folder. Returns how many files were removed.
    std::size_t prune(std::filesystem::file_time_type now, std::chrono::hours keep) const;
    // Best effort: a cache that cannot be written only means the PDF is made again next time.
    void store(const std::string& key, const std::string& pdf) const;

private:
    std::filesystem::path dir_;
};

// A whole PDF file: "%PDF-" first and "%%EOF" last (trailing line ends and spaces allowed).
bool looks_like_whole_pdf(const std::string& bytes);

// What identifies the WeasyPrint that `interpreter` runs: its version and the size and time
// of the files it is made of, one per line. The version is found by running the interpreter
// once (without importing WeasyPrint) and remembered in the cache folder with those sizes and
// times, so later builds only look at the files. `env` is the children's environment.
std::string weasyprint_identity(const PdfCache& cache, const std::string& program,
                                const std::vector<std::string>& interpreter,
                                const std::vector<std::string>& env);

}  // namespace icbgen
