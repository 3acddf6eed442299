#include "output/atomic_writer.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "output/commit_journal.h"
#include "output/output_marker.h"

using namespace icbgen;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("a new output replaces the old one whole", "[output]") {
    fs::path dir = fs::temp_directory_path() / ("icbgen-atomic-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    FileSet first;
    first.add("index.html", "one");
    first.add("old/page.html", "stale");
    REQUIRE(write_atomically(first, (dir / "site").string(), d));
    FileSet second;
    second.add("index.html", "two");
    REQUIRE(write_atomically(second, (dir / "site").string(), d));
    CHECK(slurp(dir / "site/index.html") == "two");
    CHECK_FALSE(fs::exists(dir / "site/old/page.html"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    CHECK(slurp(dir / "site" / kOutputMarkerName) == output_marker_text());
    fs::remove_all(dir);
}

TEST_CASE("a failed write leaves the previous output untouched", "[output]") {
    fs::path dir = fs::temp_directory_path() / ("icbgen-atomic-fail-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    FileSet good;
    good.add("index.html", "previous");
    REQUIRE(write_atomically(good, (dir / "site").string(), d));
    FileSet bad;
    bad.add("index.html", "new");
    bad.add("../escape.html", "outside");
    CHECK_FALSE(write_atomically(bad, (dir / "site").string(), d));
    CHECK(d.has_errors());
    CHECK(slurp(dir / "site/index.html") == "previous");
    CHECK_FALSE(fs::exists(dir / "escape.html"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("two outputs change together: a failure in the second leaves the first as it was",
          "[output]") {
    fs::path dir = fs::temp_directory_path() / ("icbgen-atomic-pair-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    FileSet pub, priv;
    pub.add("index.html", "public one");
    priv.add("pack.html", "private one");
    REQUIRE(write_outputs({{&pub, dir / "site"}, {&priv, dir / "private"}}, d));
    FileSet pub2, bad;
    pub2.add("index.html", "public two");
    bad.add("/etc/passwd", "outside");
    CHECK_FALSE(write_outputs({{&pub2, dir / "site"}, {&bad, dir / "private"}}, d));
    CHECK(slurp(dir / "site/index.html") == "public one");
    CHECK(slurp(dir / "private/pack.html") == "private one");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
    fs::remove_all(dir);
}

TEST_CASE("an interrupted commit is rolled back by the next run", "[output]") {
    fs::path dir =
        fs::temp_directory_path() / ("icbgen-atomic-recover-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    FileSet pub, priv;
    pub.add("index.html", "old public");
    priv.add("pack.html", "old private");
    REQUIRE(write_outputs({{&pub, dir / "site"}, {&priv, dir / "private"}}, d));
    // What a process killed after its first swap leaves: the new public tree in place, the old
    // one at the staging name, the new private tree staged, and the journal beside both.
    const long dead = 999999999;  // no such process
    fs::path old_public = leftover_path(dir / "site", Leftover::staging_new, dead);
    fs::path new_private = leftover_path(dir / "private", Leftover::staging_new, dead);
    fs::create_directories(old_public);
    fs::create_directories(new_private);
    std::ofstream(old_public / "index.html") << "new public";
    std::ofstream(new_private / "pack.html") << "new private";
    CommitJournal journal{
        dead,
        {{dir / "site", true, *folder_id(dir / "site"), *folder_id(old_public)},
         {dir / "private", true, *folder_id(dir / "private"), *folder_id(new_private)}}};
    REQUIRE(write_journal(journal, d));
    REQUIRE(exchange_paths(old_public, dir / "site"));
    CHECK(slurp(dir / "site/index.html") == "new public");

    Diagnostics recovered;
    recover_interrupted_writes({dir / "site"}, recovered);
    CHECK(slurp(dir / "site/index.html") == "old public");
    CHECK(slurp(dir / "private/pack.html") == "old private");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
    REQUIRE(recovered.items().size() == 2);
    CHECK(recovered.items()[0].message == "an earlier build was interrupted while replacing " +
                                              (dir / "site").string() +
                                              "; its previous contents were put back");
    fs::remove_all(dir);
}

TEST_CASE("leftovers of a dead process are swept, a live one's are kept", "[output]") {
    fs::path dir =
        fs::temp_directory_path() / ("icbgen-atomic-sweep-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "site");
    fs::path dead = leftover_path(dir / "site", Leftover::staging_new, 999999999);
    fs::path live = leftover_path(dir / "site", Leftover::staging_new, ::getppid());
    fs::create_directories(dead / "meetings");
    fs::create_directories(live);
    Diagnostics d;
    recover_interrupted_writes({dir / "site"}, d);
    CHECK_FALSE(fs::exists(dead));
    CHECK(fs::exists(live));
    CHECK(d.empty());
    fs::remove_all(dir);
}

TEST_CASE("a rebuild links the files it would write unchanged and writes the rest", "[output]") {
    fs::path dir = fs::temp_directory_path() / ("icbgen-atomic-link-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    auto ino = [&](const char* rel) {
        struct stat st {};
        ::stat((dir / "site" / rel).c_str(), &st);
        return st.st_ino;
    };
    Diagnostics d;
    FileSet first;
    first.add("same.html", "kept");
    first.add("a/b/deep.css", "deep");
    first.add("changed.html", "before");
    first.add("edited-by-hand.html", "original");
    REQUIRE(write_atomically(first, (dir / "site").string(), d));
    const auto same = ino("same.html"), deep = ino("a/b/deep.css"), changed = ino("changed.html"),
               edited = ino("edited-by-hand.html");
    // Someone edits the output: its bytes no longer match, so it is written afresh.
    std::ofstream(dir / "site/edited-by-hand.html") << "tampered";
    FileSet second = first;
    second.add("changed.html", "after");
    second.add("new/page.html", "new");
    REQUIRE(write_atomically(second, (dir / "site").string(), d));
    CHECK(ino("same.html") == same);
    CHECK(ino("a/b/deep.css") == deep);
    CHECK(ino("changed.html") != changed);
    CHECK(ino("edited-by-hand.html") != edited);
    CHECK(slurp(dir / "site/same.html") == "kept");
    CHECK(slurp(dir / "site/changed.html") == "after");
    CHECK(slurp(dir / "site/edited-by-hand.html") == "original");
    CHECK(slurp(dir / "site/new/page.html") == "new");
    // The previous tree is gone, so nothing is shared with anything else.
    CHECK(fs::hard_link_count(dir / "site/same.html") == 1);
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("many files are staged by several threads, each whole", "[output]") {
    fs::path dir = fs::temp_directory_path() / ("icbgen-atomic-many-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    FileSet files;
    for (int i = 0; i < 2000; ++i)
        files.add("f" + std::to_string(i % 37) + "/page-" + std::to_string(i) + ".html",
                  std::string(static_cast<std::size_t>(i), 'x') + std::to_string(i));
    REQUIRE(write_atomically(files, (dir / "site").string(), d));
    std::size_t found = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir / "site"))
        if (e.is_regular_file() && e.path().filename() != kOutputMarkerName) {
            ++found;
            auto rel = fs::relative(e.path(), dir / "site").generic_string();
            CHECK(slurp(e.path()) == files.files.at(rel).bytes);
        }
    CHECK(found == files.files.size());
    fs::remove_all(dir);
}
