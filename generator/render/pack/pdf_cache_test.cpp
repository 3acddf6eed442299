#include "render/pack/pdf_cache.h"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace icbgen;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "icbgen-pdf-cache-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

const std::string kPdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";

}  // namespace

TEST_CASE("pdf cache: a whole PDF starts with %PDF- and ends with %%EOF", "[pdf_cache]") {
    CHECK(looks_like_whole_pdf(kPdf));
    CHECK(looks_like_whole_pdf("%PDF-1.7 x %%EOF"));
    CHECK(looks_like_whole_pdf("%PDF-1.7 x %%EOF\r\n"));
    CHECK_FALSE(looks_like_whole_pdf("%PDF-1.7\n1 0 obj\n"));  // cut short
    CHECK_FALSE(looks_like_whole_pdf("<html>%%EOF"));
    CHECK_FALSE(looks_like_whole_pdf(""));
}

TEST_CASE("pdf cache: a stored PDF comes back by its key, and only by it", "[pdf_cache]") {
    TempDir tmp;
    PdfCache cache(tmp.path / "pdf");
    CHECK_FALSE(cache.load("abc"));
    cache.store("abc", kPdf);
    REQUIRE(cache.load("abc"));
    CHECK(*cache.load("abc") == kPdf);
    CHECK_FALSE(cache.load("abd"));
    // No temporary file is left beside it.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path / "pdf")) ++files;
    CHECK(files == 1);
}

TEST_CASE("pdf cache: a damaged entry is deleted, not served", "[pdf_cache]") {
    TempDir tmp;
    PdfCache cache(tmp.path);
    std::ofstream(tmp.path / "abc.pdf", std::ios::binary) << kPdf.substr(0, 20);
    CHECK_FALSE(cache.load("abc"));
    CHECK_FALSE(fs::exists(tmp.path / "abc.pdf"));
    cache.store("def", "not a pdf");  // never stored
    CHECK_FALSE(fs::exists(tmp.path / "def.pdf"));
}

TEST_CASE("pdf cache: PDFs unused for the keeping time go, used ones and other files stay",
          "[pdf_cache]") {
    TempDir tmp;
    PdfCache cache(tmp.path / "pdf");
    cache.store("old", kPdf);
    cache.store("recent", kPdf);
    cache.store("used", kPdf);
    std::ofstream(tmp.path / "pdf" / "weasyprint-identity.txt") << "kept\n";
    std::ofstream(tmp.path / "pdf" / ".old.pdf.tmp-1-2") << "%PDF-1.7 cut sh";
    std::ofstream(tmp.path / "pdf" / ".new.pdf.tmp-3-4") << "%PDF-1.7 being written";
    const auto now = fs::file_time_type::clock::now();
    const std::chrono::hours day(24);
    auto age = [&](const std::string& name, std::chrono::hours by) {
        fs::last_write_time(tmp.path / "pdf" / name, now - by);
    };
    age("old.pdf", kPdfCacheKeep + day);
    age("recent.pdf", kPdfCacheKeep - day);
    age("used.pdf", kPdfCacheKeep + day);
    age("weasyprint-identity.txt", kPdfCacheKeep + day);
    age(".old.pdf.tmp-1-2", 2 * day);
    age(".new.pdf.tmp-3-4", std::chrono::hours(1));
    REQUIRE(cache.load("used"));  // marks it as used now

    CHECK(cache.prune(now, kPdfCacheKeep) == 2);
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(tmp.path / "pdf"))
        left.push_back(e.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{".new.pdf.tmp-3-4", "recent.pdf", "used.pdf",
                                           "weasyprint-identity.txt"});
    CHECK_FALSE(cache.load("old"));
    CHECK(cache.load("recent"));
}
