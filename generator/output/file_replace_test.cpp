#include "output/file_replace.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace icbgen;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
}  // namespace

TEST_CASE("a file is replaced whole, leaving nothing beside it") {
    fs::path dir = fs::temp_directory_path() / ("icbgen-replace-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::path target = dir / "data" / "metrics" / "x.csv";
    Diagnostics d;
    REQUIRE(replace_file(target.string(), "period,value\n2021,1\n", d));
    CHECK(slurp(target) == "period,value\n2021,1\n");
    REQUIRE(replace_file(target.string(), "period,value\n2021,2\n", d));
    CHECK(slurp(target) == "period,value\n2021,2\n");
    CHECK(std::distance(fs::directory_iterator(target.parent_path()), fs::directory_iterator()) ==
          1);
    CHECK(d.empty());

    // A target that cannot be replaced (a folder) is reported and left as it was.
    fs::create_directories(dir / "folder");
    CHECK_FALSE(replace_file((dir / "folder").string(), "text", d));
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "io");
    CHECK(fs::is_directory(dir / "folder"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
    fs::remove_all(dir);
}
