#include "interchange/external_format.h"

#include <cctype>

#include "format/unit.h"

namespace icbgen {

const std::vector<ExternalFormat>& external_formats() {
    static const std::vector<ExternalFormat> formats = {
        {"fingertips", "OHID Fingertips indicator data CSV", &read_fingertips},
        {"nhs-oversight", "NHS Oversight Framework metrics CSV", &read_oversight},
        {"open-sdg", "Open SDG tidy data CSV", &read_open_sdg},
    };
    return formats;
}

const ExternalFormat* find_external_format(const std::string& name) {
    for (const auto& f : external_formats())
        if (name == f.name) return &f;
    return nullptr;
}

namespace {
std::string folded(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != ',' && c != '-' && c != '_')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
}  // namespace

std::string unit_code_for(const std::string& publisher_unit) {
    std::string u = folded(publisher_unit);
    if (u.empty()) return "";
    static const char* const known[] = {"percent",
                                        "percentage-points",
                                        "percent-change",
                                        "rate-per-1000",
                                        "rate-per-100000",
                                        "count",
                                        "gbp",
                                        "days",
                                        "weeks",
                                        "minutes",
                                        "years",
                                        "ratio",
                                        "score"};
    // icbgen's own words for its units (an Open SDG file icbgen exported says "Per cent").
    for (const char* code : known) {
        Unit unit = unit_of(code);
        if (u == folded(code) || u == folded(unit.title()) || u == folded(unit.words) ||
            u == folded(unit.label))
            return code;
    }
    struct Alias {
        const char* text;
        const char* code;
    };
    static const Alias aliases[] = {
        {"%", "percent"},
        {"percentage", "percent"},
        {"proportion%", "percent"},
        {"number", "count"},
        {"count", "count"},
        {"£", "gbp"},
        {"pounds", "gbp"},
        {"per1000", "rate-per-1000"},
        {"per100000", "rate-per-100000"},
        {"ratecrudeper1000", "rate-per-1000"},
        {"ratecrudeper100000", "rate-per-100000"},
    };
    for (const auto& a : aliases)
        if (u == folded(a.text)) return a.code;
    return "";
}

}  // namespace icbgen
