#include "format/interest_words.h"

#include "format/date_format.h"

namespace icbgen {

const std::vector<std::string>& interest_types() {
    static const std::vector<std::string> types = {"financial", "non-financial-professional",
                                                   "non-financial-personal", "indirect"};
    return types;
}

std::string interest_type_label(const std::string& type) {
    if (type == "financial") return "Financial";
    if (type == "non-financial-professional") return "Non-financial professional";
    if (type == "non-financial-personal") return "Non-financial personal";
    if (type == "indirect") return "Indirect";
    return type;
}

std::string interest_type_phrase(const std::string& type) {
    if (type == "financial") return "a financial interest";
    if (type == "non-financial-professional") return "a non-financial professional interest";
    if (type == "non-financial-personal") return "a non-financial personal interest";
    if (type == "indirect") return "an indirect interest";
    return "an interest";
}

std::string declaration_action_words(const std::string& action) {
    if (action == "withdrew") return "left the meeting for this item";
    if (action == "took-part") return "took part in the item";
    if (action == "took-no-part-in-decision") return "took no part in the decision";
    return action;
}

std::string interest_dates_words(const std::string& from, const std::string& to) {
    std::string out = "from " + date_words(from);
    return to.empty() ? out + ", ongoing" : out + " to " + date_words(to);
}

}  // namespace icbgen
