#include "format/interest_words.h"

#include <catch2/catch.hpp>

using namespace icbgen;

TEST_CASE("interest types are written as words, with their article", "[format]") {
    CHECK(interest_types().size() == 4u);
    CHECK(interest_type_label("non-financial-professional") == "Non-financial professional");
    CHECK(interest_type_phrase("indirect") == "an indirect interest");
    CHECK(interest_type_phrase("financial") == "a financial interest");
}

TEST_CASE("declarations' actions and interests' dates are written as words", "[format]") {
    CHECK(declaration_action_words("withdrew") == "left the meeting for this item");
    CHECK(declaration_action_words("took-no-part-in-decision") == "took no part in the decision");
    CHECK(interest_dates_words("2023-04-01", "2024-03-31") == "from 1 April 2023 to 31 March 2024");
    CHECK(interest_dates_words("2023-04-01", "") == "from 1 April 2023, ongoing");
}
