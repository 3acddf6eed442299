#include "content/content_loader.h"

#include <catch2/catch.hpp>

#include "model/model_builder.h"
#include "validate/validator.h"

using namespace icbgen;

namespace {
std::vector<std::string> codes(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.items()) out.push_back(x.code + "@" + std::to_string(x.location.line));
    return out;
}
}  // namespace

TEST_CASE("YAML syntax errors point at the file's own line, after the front-matter fence") {
    MemoryFileSystem fs;
    fs.add("content/metrics/m.md", "---\ntitle: A\nkind: [output\n---\nbody\n");
    Diagnostics d;
    load_site(fs, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "yaml-syntax");
    CHECK(d.items()[0].location.line >= 3);
}

TEST_CASE("schema problems are reported in words, at the value's line") {
    MemoryFileSystem fs;
    fs.add("content/metrics/m.md",
           "---\ntitle: A\nkind: outcom\nunit: percent\npolarity: up\nfrequency: annual\n"
           "source: {name: s}\ngeography: g\nstatus: example\nbaseline: {period: 2021}\n---\n");
    Diagnostics d;
    load_site(fs, d);
    d.sort_and_dedupe();
    CHECK(codes(d) == std::vector<std::string>{"bad-value@3", "bad-value@5", "missing-field@10"});
    CHECK(d.items()[0].hint == "did you mean 'outcome'?");
}

TEST_CASE("files that are not content are ignored with a warning") {
    MemoryFileSystem fs;
    fs.add("content/notes.md", "---\ntitle: x\n---\n");
    fs.add("content/.swap.md", "junk");
    Diagnostics d;
    load_site(fs, d);
    CHECK(codes(d) == std::vector<std::string>{"unknown-file@0"});
}

TEST_CASE("alias bombs and deep nesting are refused, not expanded") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; ++c, ++prev)
        bomb += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" +
                prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
    MemoryFileSystem fs;
    fs.add("data/glossary.yaml", bomb);
    fs.add("data/people.yaml", std::string(5000, '[') + std::string(5000, ']'));
    Diagnostics d;
    load_site(fs, d);
    CHECK(d.has_errors());
}

namespace {
// Every file of the valid fixture site, read into memory.
MemoryFileSystem valid_fixture() {
    DiskFileSystem disk("tests/fixtures/valid");
    MemoryFileSystem mem;
    for (const auto& dir : {"content", "data"})
        for (const auto& path : disk.list(dir)) mem.add(path, *disk.read(path));
    return mem;
}

std::vector<std::string> mutations(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t cut = 0; cut < text.size(); cut += std::max<std::size_t>(1, text.size() / 6))
        out.push_back(text.substr(0, cut));
    const std::string inserts[] = {":",
                                   "- ",
                                   "[",
                                   "{",
                                   "\"",
                                   "'",
                                   "\t",
                                   "*x",
                                   "&a",
                                   "!!binary ",
                                   "\n---\n",
                                   "\xFF",
                                   std::string(1, '\0'),
                                   "\xD0\x90",
                                   "%",
                                   "\r",
                                   "..",
                                   "@/x.md",
                                   "1e999",
                                   "-",
                                   "~",
                                   "? "};
    for (std::size_t at = 0; at < text.size(); at += std::max<std::size_t>(1, text.size() / 3))
        for (const auto& ins : inserts) out.push_back(text.substr(0, at) + ins + text.substr(at));
    std::string doubled = text + text;
    out.push_back(doubled);
    std::string swapped = text;
    std::reverse(swapped.begin(), swapped.end());
    out.push_back(swapped);
    return out;
}
}  // namespace

TEST_CASE("no input, however broken, crashes the loader, model builder or validator") {
    MemoryFileSystem base = valid_fixture();
    std::vector<std::string> paths = base.list("");
    REQUIRE(paths.size() > 10);
    std::size_t runs = 0;
    for (const auto& path : paths) {
        for (const auto& mutated : mutations(*base.read(path))) {
            MemoryFileSystem fs = base;
            fs.add(path, mutated);
            Diagnostics d;
            REQUIRE_NOTHROW([&] {
                SiteModel m = build_model(load_site(fs, d), d);
                d.append(validate(m, {"2024-01-10"}));
                summarise_coverage(m);
            }());
            ++runs;
        }
    }
    CHECK(runs > 500);
}

TEST_CASE("loading on several threads gives what loading on one does, in the same order") {
    MemoryFileSystem fs;
    for (int i = 0; i < 40; ++i) {
        std::string id = "m" + std::to_string(100 + i);
        // Every third definition is broken in a different way, so diagnostics come from many
        // files; every fifth has no data.
        std::string kind = i % 3 == 0 ? "outcom" : "outcome";
        fs.add("content/metrics/" + id + ".md",
               "---\ntitle: Metric " + id + "\nkind: " + kind +
                   "\nunit: percent\npolarity: up\nfrequency: annual\nsource: {name: s}\n"
                   "geography: g\nstatus: example\n---\nBody of " +
                   id + ".\n");
        if (i % 5 != 0)
            fs.add("data/metrics/" + id + ".csv",
                   "period,value\n2021," + std::to_string(i) + "\n2022,x" + "\n");
        if (i % 7 == 0) fs.add("content/metrics/" + id + "-notes.txt.md", "no front matter\n");
    }
    fs.add("content/stray.yaml", "a: 1\n");
    auto load = [&](int threads) {
        Diagnostics d;
        LoadedSite site = load_site(fs, d, nullptr, threads);
        std::vector<std::string> out = codes(d);
        for (const auto& x : d.items()) out.push_back(x.location.path + ": " + x.message);
        for (const auto& doc : site.documents) out.push_back("doc " + doc.path);
        for (const auto& u : site.unreadable) out.push_back("unreadable " + u.path);
        for (const auto& s : site.series) out.push_back("series " + s.path);
        return out;
    };
    std::vector<std::string> one = load(1);
    CHECK(one.size() > 120);
    CHECK(load(4) == one);
    CHECK(load(0) == one);
}
