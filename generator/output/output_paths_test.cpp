#include "output/output_paths.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "output/output_marker.h"

using namespace icbgen;
namespace fs = std::filesystem;

namespace {

struct ScratchSite {
    // One folder per process: ctest runs each test case as its own process, in parallel.
    fs::path dir =
        fs::temp_directory_path() / ("icbgen-output-paths-test-" + std::to_string(::getpid()));
    fs::path root = dir / "site-src";
    ScratchSite() {
        fs::remove_all(dir);
        for (const char* sub : {"content", "data", "templates"}) fs::create_directories(root / sub);
    }
    ~ScratchSite() { fs::remove_all(dir); }
    std::vector<std::string> messages(const std::string& out, const std::string& private_out) {
        Diagnostics d;
        check_output_folders(root.string(), out, private_out, d);
        std::vector<std::string> m;
        for (const auto& item : d.items()) {
            CHECK(item.code == "output-unsafe");
            m.push_back(item.message);
        }
        return m;
    }
};

}  // namespace

TEST_CASE("resolved paths lose '.', '..', trailing slashes and symbolic links", "[output]") {
    ScratchSite s;
    const std::string root = s.root.string();
    CHECK(resolved_path(root + "/") == s.root);
    CHECK(resolved_path(root + "/./content/../site/") == s.root / "site");
    fs::create_directory_symlink(s.root, s.dir / "link");
    CHECK(resolved_path((s.dir / "link/site").string()) == s.root / "site");
    CHECK(is_within(s.root / "site", s.root));
    CHECK(is_within(s.root, s.root));
    CHECK_FALSE(is_within(s.dir / "site-src2", s.root));
    CHECK_FALSE(is_within(s.dir, s.root));
}

TEST_CASE("the default outputs inside the site folder are accepted", "[output]") {
    ScratchSite s;
    CHECK(s.messages((s.root / "site").string(), (s.root / "private").string()).empty());
    CHECK(s.messages((s.dir / "www").string(), (s.dir / "papers").string()).empty());
}

TEST_CASE("an output that is, holds or lies inside the sources is refused", "[output]") {
    ScratchSite s;
    const std::string r = s.root.string(), priv = (s.dir / "private").string();
    const std::string why =
        "; icbgen replaces its output folders whole, so building there would "
        "delete the site's own files";
    CHECK(s.messages(r + "/", priv) ==
          std::vector<std::string>{"--out " + r + " is the site folder itself" + why});
    CHECK(s.messages(s.dir.string(), priv) ==
          std::vector<std::string>{"--out " + s.dir.string() + " contains the site folder " + r +
                                   why});
    CHECK(s.messages(r + "/content", priv) ==
          std::vector<std::string>{"--out " + r + "/content is the site's content/ folder" + why});
    CHECK(s.messages(r + "/site/../data/x", priv) ==
          std::vector<std::string>{"--out " + r + "/data/x lies inside the site's data/ folder" +
                                   why});
    CHECK(s.messages((s.dir / "www").string(), r + "/templates/p") ==
          std::vector<std::string>{"--private-out " + r +
                                   "/templates/p lies inside the site's templates/ folder" + why});
    // A content/ folder that is a link to elsewhere is protected where it really is.
    fs::create_directories(s.dir / "elsewhere/content");
    fs::remove_all(s.root / "content");
    fs::create_directory_symlink(s.dir / "elsewhere/content", s.root / "content");
    const std::string elsewhere = (s.dir / "elsewhere").string();
    CHECK(s.messages(elsewhere, priv) ==
          std::vector<std::string>{"--out " + elsewhere + " contains the site's content/ folder" +
                                   why});
}

TEST_CASE("private and public outputs must be apart", "[output]") {
    ScratchSite s;
    const std::string pub = (s.dir / "www").string();
    CHECK(s.messages(pub, pub + "/") ==
          std::vector<std::string>{"--out and --private-out are the same folder, " + pub +
                                   "; the private packs would be published with the website"});
    CHECK(s.messages(pub, pub + "/private") ==
          std::vector<std::string>{"--private-out " + pub +
                                   "/private lies inside the website's folder " + pub +
                                   "; the private packs would be published with the website"});
    CHECK(s.messages(pub + "/site", pub) ==
          std::vector<std::string>{"--out " + pub + "/site lies inside the private folder " + pub +
                                   "; each build would delete the other output"});
}

TEST_CASE("only empty folders and icbgen's own outputs are replaced without --force", "[output]") {
    ScratchSite s;
    fs::path out = s.dir / "out";
    auto codes = [&](bool force) {
        Diagnostics d;
        check_replaceable(out, "--out", force, d);
        return d.items().size();
    };
    CHECK(codes(false) == 0);  // missing
    fs::create_directories(out);
    CHECK(codes(false) == 0);  // empty
    std::ofstream(out / "report.docx") << "work";
    CHECK(codes(false) == 1);
    CHECK(codes(true) == 0);
    Diagnostics d;
    check_replaceable(out, "--out", false, d);
    CHECK(d.items().front().message ==
          "--out " + out.string() +
              " already holds files that icbgen did not write (it has no .icbgen-output file); "
              "building there would delete them");
    CHECK(d.items().front().hint ==
          "choose a new or empty folder for --out, or pass --force to replace this folder and "
          "everything in it");
    std::ofstream(out / kOutputMarkerName) << output_marker_text();
    CHECK(codes(false) == 0);
    fs::remove_all(out);
    std::ofstream(out) << "a file";
    CHECK(codes(true) == 1);
}

TEST_CASE("a file's path in an output tree stays inside it", "[output]") {
    CHECK(is_safe_relative("index.html"));
    CHECK(is_safe_relative("metrics/a/index.html"));
    CHECK_FALSE(is_safe_relative(""));
    CHECK_FALSE(is_safe_relative("/etc/passwd"));
    CHECK_FALSE(is_safe_relative("../escape.html"));
    CHECK_FALSE(is_safe_relative("a/../../b"));
    CHECK_FALSE(is_safe_relative("a/./b"));
}
