#include "render/pack/pdf_renderer.h"

#include <catch2/catch.hpp>

namespace icbgen {

TEST_CASE("pdf: a missing WeasyPrint fails with a hint to run scripts/setup", "[pack]") {
    Diagnostics diags;
    PdfOptions options;
    options.command = "icbgen-no-such-weasyprint";
    auto out = render_pdfs({{"<html></html>", "the public pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0},
                            {"<html></html>", "the private pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0}},
                           options, diags);
    REQUIRE(out.size() == 2);
    CHECK_FALSE(out[0]);
    CHECK_FALSE(out[1]);
    REQUIRE(diags.items().size() == 1);  // reported once, not per PDF
    const Diagnostic& d = diags.items()[0];
    CHECK(d.code == "pdf-tool-missing");
    CHECK(d.location.path == "content/meetings/x/meeting.yaml");
    CHECK(d.message == "cannot make the PDF packs: the command 'icbgen-no-such-weasyprint' (WeasyPrint) was not found");
    CHECK(d.hint == "run scripts/setup, which installs Debian's weasyprint package");
}

TEST_CASE("pdf: a converter that fails is reported per PDF", "[pack]") {
    Diagnostics diags;
    PdfOptions options;
    options.command = "false";
    auto out = render_pdfs({{"<html></html>", "the public pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0}},
                           options, diags);
    CHECK_FALSE(out[0]);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].code == "pdf-failed");
    CHECK(diags.items()[0].message.rfind("WeasyPrint could not make the public pack of x: it exited with status 1", 0) == 0);
}

TEST_CASE("pdf: find_program looks on PATH", "[pack]") {
    CHECK(find_program("sh"));
    CHECK(find_program("/bin/sh") == std::optional<std::string>("/bin/sh"));
    CHECK_FALSE(find_program("icbgen-no-such-program"));
    CHECK_FALSE(find_program(""));
}

TEST_CASE("pdf: WeasyPrint makes the same bytes twice", "[pack][weasyprint]") {
    if (!find_program("weasyprint")) {
        WARN("weasyprint is not installed: skipped");
        return;
    }
    std::string html =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>T</title>"
        "<meta name=\"dcterms.created\" content=\"2024-01-10\"></head><body><h1>Pack</h1>"
        "<p>Text é</p></body></html>";
    PdfJob job{html, "a test pack", {"x", 0, 0}, 1704844800};
    Diagnostics diags;
    auto out = render_pdfs({job, job}, PdfOptions{}, diags);
    REQUIRE_FALSE(diags.has_errors());
    REQUIRE(out[0]);
    REQUIRE(out[1]);
    CHECK(out[0]->rfind("%PDF-1.7", 0) == 0);
    CHECK(*out[0] == *out[1]);
}

}  // namespace icbgen
