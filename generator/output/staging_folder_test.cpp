#include "output/staging_folder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "output/atomic_writer.h"
#include "output/folder_swap.h"
#include "output/link_checker.h"
#include "output/output_marker.h"
#include "output/unchanged_output.h"

using namespace icbgen;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

ino_t ino(const fs::path& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

// A scratch folder of its own, removed at the end.
struct Scratch {
    fs::path dir;
    explicit Scratch(const std::string& name)
        : dir(fs::temp_directory_path() /
              ("icbgen-staging-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Scratch() { fs::remove_all(dir); }
    std::size_t entries() const {
        return static_cast<std::size_t>(
            std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
    }
};

}  // namespace

TEST_CASE("a staged file is on disk as it is added, and only its size is kept", "[output]") {
    Scratch s("add");
    const fs::path out = s.dir / "site";
    auto staging = StagingFolder::for_output(out);
    CHECK(staging->folder() == leftover_path(out, Leftover::staging_new, ::getpid()));
    CHECK_FALSE(fs::exists(staging->folder()));  // nothing made before the first file
    FileSet files(staging);
    files.add("index.html", "<h1>Home</h1>");
    files.add("metrics/x/index.html", std::string(100000, 'x'));
    REQUIRE(fs::is_regular_file(staging->folder() / "metrics/x/index.html"));
    CHECK(slurp(staging->folder() / "index.html") == "<h1>Home</h1>");
    const FileSet::File& page = files.files.at("metrics/x/index.html");
    CHECK(page.stored);
    CHECK(page.bytes.empty());
    CHECK(page.size == 100000);
    CHECK(files.read("metrics/x/index.html") == std::string(100000, 'x'));
    CHECK_FALSE(fs::exists(out));

    Diagnostics d;
    REQUIRE(write_atomically(files, out.string(), d));
    CHECK(d.items().empty());
    CHECK(slurp(out / "index.html") == "<h1>Home</h1>");
    CHECK(slurp(out / "metrics/x/index.html") == std::string(100000, 'x'));
    CHECK(slurp(out / kOutputMarkerName) == output_marker_text());
    CHECK(s.entries() == 1);  // the staging folder is the output now
}

TEST_CASE("a rebuild stages links to the unchanged files, never writing through them", "[output]") {
    Scratch s("rebuild");
    const fs::path out = s.dir / "site";
    {
        FileSet first;
        first.add("same.html", "kept");
        first.add("changed.html", "before");
        Diagnostics d;
        REQUIRE(write_atomically(first, out.string(), d));
    }
    const ino_t same = ino(out / "same.html"), changed = ino(out / "changed.html");

    auto staging = StagingFolder::for_output(out);
    FileSet files(staging);
    files.add("same.html", "kept");
    files.add("changed.html", "before");
    CHECK(files.files.at("same.html").unchanged);
    CHECK(ino(staging->folder() / "changed.html") == changed);
    CHECK(output_is_unchanged(files, out));
    // Added again with other bytes: a new file, and the previous output's stays as it was.
    files.add("changed.html", "after");
    CHECK_FALSE(files.files.at("changed.html").unchanged);
    CHECK(ino(staging->folder() / "changed.html") != changed);
    CHECK(slurp(out / "changed.html") == "before");
    CHECK_FALSE(output_is_unchanged(files, out));

    Diagnostics d;
    REQUIRE(write_atomically(files, out.string(), d));
    CHECK(ino(out / "same.html") == same);
    CHECK(slurp(out / "changed.html") == "after");
    CHECK(s.entries() == 1);
}

TEST_CASE("a build that fails after staging leaves the output and nothing beside it", "[output]") {
    Scratch s("fail");
    const fs::path out = s.dir / "site";
    {
        FileSet first;
        first.add("index.html", "previous");
        Diagnostics d;
        REQUIRE(write_atomically(first, out.string(), d));
    }
    SECTION("the build stops before the write stage") {
        fs::path folder;
        {
            auto staging = StagingFolder::for_output(out);
            folder = staging->folder();
            FileSet files(staging);
            files.add("index.html", "new");
            files.add("a/b/page.html", "new page");
            REQUIRE(fs::exists(folder / "a/b/page.html"));
        }  // the build returns: its FileSet and the staging folder go
        CHECK_FALSE(fs::exists(folder));
    }
    SECTION("a file that cannot be staged fails the write stage, which says why") {
        auto staging = StagingFolder::for_output(out);
        FileSet files(staging);
        files.add("index.html", "new");
        files.add("../escape.html", "outside");
        files.add("later.html", "not staged after a failure");
        CHECK(staging->failed());
        CHECK_FALSE(fs::exists(staging->folder() / "later.html"));
        CHECK_FALSE(fs::exists(s.dir / "escape.html"));
        Diagnostics d;
        CHECK_FALSE(write_atomically(files, out.string(), d));
        REQUIRE(d.items().size() == 1);
        CHECK(d.items()[0].message ==
              "refusing to write outside the output: ../escape.html; the previous output is "
              "unchanged");
    }
    CHECK(slurp(out / "index.html") == "previous");
    CHECK(s.entries() == 1);
}

TEST_CASE("output links: a staged page is read back to be checked", "[output]") {
    Scratch s("links");
    auto staging = StagingFolder::for_output(s.dir / "site");
    FileSet files(staging);
    files.add("index.html",
              "<p>\n  <a href=\"x/index.html#top\">x</a> <a href=\"y.html\">y</a>\n"
              "<a href=\"x/index.html#gone\">g</a><a href=\"#here\" id=\"here\">h</a>"
              "<a href=\"#nope\">n</a>");
    files.add("x/index.html", "<h1 id=\"top\">X</h1>");
    Diagnostics d;
    check_output_links(files, d);
    std::vector<std::string> found;
    for (const auto& item : d.items())
        found.push_back(item.location.path + ":" + std::to_string(item.location.line) + ":" +
                        std::to_string(item.location.column) + ": " + item.message);
    CHECK(found ==
          std::vector<std::string>{
              "index.html:2:39: the link 'y.html' names 'y.html', which is not in the output",
              "index.html:3:4: the link 'x/index.html#gone' names '#gone', which is not an id on "
              "'x/index.html'",
              "index.html:3:68: the link '#nope' names '#nope', which is not an id on "
              "'index.html'",
          });
}
