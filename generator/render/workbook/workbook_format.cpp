#include "render/workbook/workbook_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace icbgen::workbook {

namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Cuts UTF-8 text to at most `max` code points.
std::string cut(const std::string& s, std::size_t max) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (count == max) return s.substr(0, i);
            ++count;
        }
    }
    return s;
}

// Like a cell reference (A1, XFD1048576) or R1C1 reference: not allowed as a table name.
bool looks_like_reference(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    if (i == 0 || i > 3 || i == s.size()) return false;
    for (std::size_t k = i; k < s.size(); ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
}

}  // namespace

TakenNames::TakenNames(std::initializer_list<std::string> names) {
    for (const auto& n : names) add(n);
}

bool TakenNames::contains(const std::string& name) const { return folded_.count(lower(name)) > 0; }

void TakenNames::add(const std::string& name) { folded_.insert(lower(name)); }

std::string unique_sheet_name(const std::string& wanted, TakenNames& taken) {
    std::string clean;
    for (char c : wanted) {
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
        clean += c;
    }
    while (!clean.empty() && clean.front() == '\'') clean.erase(clean.begin());
    while (!clean.empty() && (clean.back() == '\'' || clean.back() == '-')) clean.pop_back();
    if (clean.empty()) clean = "Sheet";
    clean = cut(clean, 31);
    while (!clean.empty() && clean.back() == '-') clean.pop_back();
    std::string name = clean;
    for (int n = 2; taken.contains(name) || lower(name) == "history"; ++n) {
        std::string suffix = std::string("_").append(std::to_string(n));
        name = cut(clean, 31 - suffix.size()) + suffix;
    }
    taken.add(name);
    return name;
}

std::string unique_table_name(const std::string& wanted, TakenNames& taken) {
    std::string clean;
    for (char c : wanted) clean += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (clean.empty() || !std::isalpha(static_cast<unsigned char>(clean.front())))
        clean = "Table_" + clean;
    if (looks_like_reference(clean) || clean.size() == 1) clean += "_table";
    clean = clean.substr(0, 200);
    std::string name = clean;
    for (int n = 2; taken.contains(name); ++n) name = clean + "_" + std::to_string(n);
    taken.add(name);
    return name;
}

std::string number_format(int decimals) {
    if (decimals < 0) return "0";
    return decimals == 0 ? "#,##0"
                         : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
}

}  // namespace icbgen::workbook
