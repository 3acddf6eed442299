#include "output/atomic_writer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace icbgen;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("a new output replaces the old one whole") {
    fs::path dir = fs::temp_directory_path() / "icbgen-atomic-test";
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
    fs::remove_all(dir);
}

TEST_CASE("a failed write leaves the previous output untouched") {
    fs::path dir = fs::temp_directory_path() / "icbgen-atomic-fail";
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
