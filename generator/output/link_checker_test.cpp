#include "output/link_checker.h"

#include <catch2/catch.hpp>

#include "core/diagnostic_format.h"

using namespace icbgen;

namespace {

std::vector<std::string> messages(const FileSet& files) {
    Diagnostics d;
    check_output_links(files, d);
    std::vector<std::string> out;
    for (const auto& item : d.items())
        out.push_back(item.location.path + ":" + std::to_string(item.location.line) + ":" +
                      std::to_string(item.location.column) + ": " + item.message);
    return out;
}

}  // namespace

TEST_CASE("output links: good links pass") {
    FileSet f;
    f.add("index.html",
          "<a href=\"metrics/x/index.html#data\">x</a><a href=\"#top\" id=\"top\">t</a>"
          "<a href=\"https://example.org/\">e</a><a href=\"mailto:a@b.c\">m</a>"
          "<img src=\"assets/a.png\" alt=\"\">");
    f.add("metrics/x/index.html",
          "<h2 id=\"data\">Data</h2><a href=\"../../index.html\">home</a>"
          "<a href=\"x.csv?download=1\">csv</a>");
    f.add("metrics/x/x.csv", "period,value\n");
    f.add("assets/a.png", "");
    CHECK(messages(f).empty());
}

TEST_CASE("output links: broken links name the page, line and column") {
    FileSet f;
    f.add("index.html",
          "<p>\n  <a href=\"metrics/y/index.html\">y</a>\n<a href=\"metrics/x/\">x</a>"
          "<a href=\"../up.html\">u</a><a href=\"/root.html\">r</a>"
          "<a href=\"metrics/x/index.html#nope\">n</a><script>if (a<b) {}</script>");
    f.add("metrics/x/index.html", "<p>x</p>");
    CHECK(messages(f) ==
          std::vector<std::string>{
              "index.html:2:6: the link 'metrics/y/index.html' names 'metrics/y/index.html', which "
              "is not in the output",
              "index.html:3:4: the link 'metrics/x/' names a folder, not a page",
              "index.html:3:30: the link '../up.html' points outside the website",
              "index.html:3:56: the link '/root.html' starts at the web server's root",
              "index.html:3:82: the link 'metrics/x/index.html#nope' names '#nope', which is not "
              "an id on 'metrics/x/index.html'",
          });
}
