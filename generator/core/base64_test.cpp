#include "core/base64.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("base64 as RFC 4648's test vectors", "[core]") {
    CHECK(base64_encode("") == "");
    CHECK(base64_encode("f") == "Zg==");
    CHECK(base64_encode("fo") == "Zm8=");
    CHECK(base64_encode("foo") == "Zm9v");
    CHECK(base64_encode("foobar") == "Zm9vYmFy");
    CHECK(data_url("image/svg+xml", "<svg/>") == "data:image/svg+xml;base64,PHN2Zy8+");
}
