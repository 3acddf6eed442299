#include "render/pack/pdf_renderer.h"

#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace icbgen {

TEST_CASE("pdf: a missing WeasyPrint fails with a hint to run scripts/setup", "[pack]") {
    Diagnostics diags;
    PdfOptions options;
    options.command = "icbgen-no-such-weasyprint";
    auto out = render_pdfs(
        {{"<html></html>", "the public pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0},
         {"<html></html>", "the private pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0}},
        options, diags);
    REQUIRE(out.size() == 2);
    CHECK_FALSE(out[0]);
    CHECK_FALSE(out[1]);
    REQUIRE(diags.items().size() == 1);  // reported once, not per PDF
    const Diagnostic& d = diags.items()[0];
    CHECK(d.code == "pdf-tool-missing");
    CHECK(d.location.path == "content/meetings/x/meeting.yaml");
    CHECK(d.message ==
          "cannot make the PDF packs: the command 'icbgen-no-such-weasyprint' (WeasyPrint) was not "
          "found");
    CHECK(d.hint == "run scripts/setup, which installs Debian's weasyprint package");
}

namespace {

// A scratch folder holding executable scripts, removed at the end of the test.
struct ScriptFolder {
    std::filesystem::path dir;
    ScriptFolder() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "icbgen-pdf-test-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        dir = pattern;
    }
    ~ScriptFolder() { std::filesystem::remove_all(dir); }
    std::string add(const std::string& name, const std::string& text) {
        auto path = dir / name;
        std::ofstream(path) << text;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all);
        return path.string();
    }
};

}  // namespace

TEST_CASE("pdf: a converter that fails is reported per PDF", "[pack]") {
    // A stand-in `weasyprint` whose #! line names /bin/false as its Python.
    ScriptFolder scripts;
    Diagnostics diags;
    PdfOptions options;
    options.command = scripts.add("weasyprint", "#!/bin/false\n");
    auto out = render_pdfs(
        {{"<html></html>", "the public pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0}},
        options, diags);
    CHECK_FALSE(out[0]);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].code == "pdf-failed");
    CHECK(diags.items()[0].message.rfind(
              "WeasyPrint could not make the public pack of x: it exited with status 1", 0) == 0);
}

TEST_CASE("pdf: a command that is not a Python launcher is refused", "[pack]") {
    Diagnostics diags;
    PdfOptions options;
    options.command = "/bin/false";
    auto out = render_pdfs(
        {{"<html></html>", "the public pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0}},
        options, diags);
    CHECK_FALSE(out[0]);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].code == "pdf-tool-missing");
    CHECK(diags.items()[0].message ==
          "cannot make the PDF packs: the command '/bin/false' is not WeasyPrint's Python "
          "launcher (it has no #! line), and icbgen drives WeasyPrint through that Python to "
          "control what a PDF may load");
}

TEST_CASE("pdf: a run that never ends is stopped at the time limit", "[pack]") {
    // The stand-in's "Python" is a shell script that starts a long sleep and waits for it:
    // the whole process group must go when the time runs out.
    ScriptFolder scripts;
    std::string hang = scripts.add("hang", "#!/bin/sh\nsleep 600 &\nwait\n");
    PdfOptions options;
    options.command = scripts.add("weasyprint", "#!" + hang + "\n");
    options.timeout_seconds = 1;
    Diagnostics diags;
    auto out = render_pdfs(
        {{"<html></html>", "the public pack of x", {"content/meetings/x/meeting.yaml", 0, 0}, 0}},
        options, diags);
    CHECK_FALSE(out[0]);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].code == "pdf-failed");
    CHECK(
        diags.items()[0].message ==
        "WeasyPrint could not make the public pack of x: it took longer than 1 s and was stopped");
    CHECK(diags.items()[0].hint ==
          "a machine this busy may need more time: set ICBGEN_PDF_TIMEOUT to a number of seconds");
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

TEST_CASE("pdf: WeasyPrint loads the PDF's own files and nothing else", "[pack][weasyprint]") {
    if (!find_program("weasyprint")) {
        WARN("weasyprint is not installed: skipped");
        return;
    }
    ScriptFolder files;
    std::string outside = files.add("outside.svg",
                                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" "
                                    "height=\"4\"/>");
    std::string html =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>T</title>"
        "</head><body><p>Text</p><img alt=\"a\" src=\"file://" +
        outside +
        "\">"
        "<img alt=\"b\" src=\"http://127.0.0.1:9/b.png\"></body></html>";
    Diagnostics diags;
    auto out =
        render_pdfs({{html, "a test pack", {"m.yaml", 0, 0}, 1704844800}}, PdfOptions{}, diags);
    REQUIRE(out[0]);
    REQUIRE(diags.items().size() == 2);
    CHECK(diags.items()[0].code == "pdf-fetch-refused");
    CHECK(diags.items()[0].severity == Severity::warning);
    CHECK(diags.items()[0].message ==
          "a PDF pack of this meeting leaves out 'file://" + outside +
              "': PDFs load only the build's own files, never from the network or elsewhere on "
              "the disk");
    CHECK(diags.items()[1].message.find("'http://127.0.0.1:9/b.png'") != std::string::npos);
}

}  // namespace icbgen
