#pragma once
// Registers of interests in words: the types of interest (the categories of NHS England's
// "Managing conflicts of interest in the NHS"), what a member did after declaring one, and an
// interest's dates. The one owner of these labels: the website, the packs, the workbooks and
// `check` ask here.
#include <string>
#include <vector>

namespace icbgen {

// The types as written in data/people.yaml, in the register's order.
const std::vector<std::string>& interest_types();

// "financial" -> "Financial"; "non-financial-professional" -> "Non-financial professional".
std::string interest_type_label(const std::string& type);

// "financial" -> "a financial interest"; "indirect" -> "an indirect interest".
std::string interest_type_phrase(const std::string& type);

// What the member did: "withdrew" -> "left the meeting for this item"; "took-part" -> "took
// part in the item"; "took-no-part-in-decision" -> "took no part in the decision".
std::string declaration_action_words(const std::string& action);

// "from 1 April 2023 to 31 March 2024"; "from 1 April 2023, ongoing" when `to` is empty.
std::string interest_dates_words(const std::string& from, const std::string& to);

}  // namespace icbgen
