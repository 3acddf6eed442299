#include "render/zip_archive.h"

#include <catch2/catch.hpp>

using namespace icbgen;

namespace {
// Little-endian 16-bit field at `at`.
int u16(const std::string& s, std::size_t at) {
    return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}
}  // namespace

TEST_CASE("zip archives: same entries, same bytes - dated from the content - first entry stored") {
    std::vector<zip::Entry> entries = {{"mimetype", "application/x-test", true},
                                       {"a/b.txt", std::string(1000, 'x'), false}};
    std::string error;
    auto one = zip::write_archive(entries, "2023-07-24", error);
    auto two = zip::write_archive(entries, "2023-07-24", error);
    REQUIRE(one);
    REQUIRE(two);
    CHECK(*one == *two);
    // The first local header: signature, method 0 (stored), DOS time 0, date 2023-07-24, and
    // the name straight after the fixed 30 bytes, with no extra field.
    REQUIRE(one->substr(0, 4) == std::string("PK\x03\x04", 4));
    CHECK(u16(*one, 8) == 0);
    CHECK(u16(*one, 10) == 0);
    CHECK(u16(*one, 12) == (((2023 - 1980) << 9) | (7 << 5) | 24));
    CHECK(u16(*one, 28) == 0);
    CHECK(one->substr(30, 8) == "mimetype");
    CHECK(one->substr(38, 18) == "application/x-test");
    // The second entry is deflated: far smaller than its 1,000 bytes.
    CHECK(one->size() < 400);
    auto undated = zip::write_archive(entries, "", error);
    REQUIRE(undated);
    CHECK(u16(*undated, 12) == ((1 << 5) | 1));
}

TEST_CASE("zip archives: an entry written in pieces equals the same entry given whole") {
    std::vector<zip::Entry> whole = {{"mimetype", "application/x-test", true},
                                     {"a/b.txt", std::string(700, 'x') + "end", false}};
    std::vector<zip::Entry> pieces = {{"mimetype", "application/x-test", true},
                                      {"a/b.txt", "", false, [](const zip::Piece& piece) {
                                           for (int i = 0; i < 7; ++i) piece(std::string(100, 'x'));
                                           piece("");
                                           piece("end");
                                       }}};
    std::string error;
    auto one = zip::write_archive(whole, "2023-07-24", error);
    auto two = zip::write_archive(pieces, "2023-07-24", error);
    REQUIRE(one);
    REQUIRE(two);
    CHECK(error == "");
    CHECK(*one == *two);  // same deflate settings, sizes, CRC and flags: the same bytes
    // At another level too (the .ods files' content.xml).
    whole[1].level = pieces[1].level = 1;
    CHECK(*zip::write_archive(whole, "", error) == *zip::write_archive(pieces, "", error));
}

TEST_CASE("zip archives: read back, every entry in order with its bytes - not a zip is an error") {
    std::vector<zip::Entry> entries = {{"mimetype", "application/x-test", true},
                                       {"a/b.txt", std::string(1000, 'x') + "end", false},
                                       {"empty", "", false},
                                       {"c.xml", "", false, [](const zip::Piece& piece) {
                                            piece("<a>");
                                            piece("</a>");
                                        }}};
    std::string error;
    auto archive = zip::write_archive(entries, "2023-07-24", error);
    REQUIRE(archive);
    auto read = zip::read_archive(*archive, error);
    REQUIRE(read);
    CHECK(error == "");
    REQUIRE(read->size() == 4);
    CHECK((*read)[0].path == "mimetype");
    CHECK((*read)[0].bytes == "application/x-test");
    CHECK((*read)[1].path == "a/b.txt");
    CHECK((*read)[1].bytes == std::string(1000, 'x') + "end");
    CHECK((*read)[2].path == "empty");
    CHECK((*read)[2].bytes == "");
    CHECK((*read)[3].path == "c.xml");
    CHECK((*read)[3].bytes == "<a></a>");

    CHECK_FALSE(zip::read_archive("not a zip archive", error));
    CHECK(error.rfind("could not read the zip archive", 0) == 0);
    // A damaged entry (a byte of its compressed data changed) fails its CRC check.
    std::string damaged = *archive;
    const std::size_t at = damaged.find("a/b.txt") + 7 + 5;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x55);
    error.clear();
    CHECK_FALSE(zip::read_archive(damaged, error));
    CHECK(error != "");
}
