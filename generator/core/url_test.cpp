#include "core/url.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("url: web, mail and on-site addresses are safe", "[url]") {
    for (const char* url :
         {"https://www.england.nhs.uk/", "http://example.org/a?b=1&c=2", "HTTPS://EXAMPLE.ORG",
          "mailto:team@example.nhs.uk", "/metrics/", "../strategy/", "#part-2", "?page=2",
          "@/metrics/screening-uptake.md", "pack.pdf", "", "a/b:c"})
        CHECK(is_safe_url(url));
}

TEST_CASE("url: other schemes are refused, however they are spelt", "[url]") {
    for (const char* url :
         {"javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)",
          "\x01javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
          "data:text/html,<script>alert(1)</script>", "DATA:image/png;base64,AAAA",
          "vbscript:msgbox", "file:///etc/passwd", "ftp://example.org/", "C:\\Users\\x",
          "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#106avascript:alert(1)",
          "javascript&colon;alert(1)", "//evil.example/x", "/\\evil.example/x",
          "&#47;/evil.example/x"})
        CHECK_FALSE(is_safe_url(url));
}

TEST_CASE("url: the message names the scheme a browser would read", "[url]") {
    auto p = url_problem(" JavaScript:alert(1)", "'source.url'");
    REQUIRE(p);
    CHECK(p->message ==
          "'source.url' ' JavaScript:alert(1)' is a javascript: address: only https:, http: and "
          "mailto: addresses and paths on this site may be linked");
    CHECK(p->hint ==
          "write a web address starting https://, an email address starting mailto:, or a path "
          "on this site starting /");
    auto encoded = url_problem("&#106;avascript:x", "the link");
    REQUIRE(encoded);
    CHECK(encoded->message ==
          "the link '&#106;avascript:x' reads as a javascript: address once its character "
          "references (&#...;) are decoded: only https:, http: and mailto: addresses and paths "
          "on this site may be linked");
    auto relative = url_problem("//evil.example/x", "the link");
    REQUIRE(relative);
    CHECK(relative->message ==
          "the link '//evil.example/x' starts with // and no https:, so it names another site "
          "without saying how to reach it");
    CHECK(url_problem("java\nscript:x", "the link")
              ->message.rfind("the link 'java\\x0Ascript:x'", 0) == 0);
}

TEST_CASE("url: safe_href keeps safe URLs and empties the rest", "[url]") {
    CHECK(safe_href("https://example.org/") == "https://example.org/");
    CHECK(safe_href("javascript:alert(1)").empty());
    CHECK(url_scheme(" HTTP://x") == "http");
    CHECK(url_scheme("/a:b") == "");
    CHECK(is_remote_url("https://example.org/a.png"));
    CHECK(is_remote_url("HTTP://example.org/a.png"));
    CHECK_FALSE(is_remote_url("/images/a.png"));
    CHECK_FALSE(is_remote_url("javascript:x"));
}
