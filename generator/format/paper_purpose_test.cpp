#include "format/paper_purpose.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("paper purposes in cover-sheet order", "[format]") {
    std::vector<std::string> codes;
    for (const auto& p : paper_purposes()) codes.push_back(p.code);
    CHECK(codes == std::vector<std::string>{"approval", "decision", "discussion", "assurance",
                                            "information"});
    CHECK(purpose_label("information") == "Update / Information");
    CHECK(purpose_label("assurance") == "Assurance");
}

TEST_CASE("a list of purposes follows the cover sheet, not the order written", "[format]") {
    CHECK(purpose_list({"information", "decision", "approval"}) ==
          "Approval, Decision, Update / Information");
    CHECK(purpose_list({}) == "");
}
