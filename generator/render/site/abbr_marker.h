#pragma once
// Marks the first occurrence of each glossary abbreviation on a page with
// <abbr title="expansion">. Only text inside <main> is touched, and only text nodes: never tag
// names or attributes, nor text inside <abbr>, <code>, <pre>, <script>, <style>, <svg>,
// <textarea>, <option> or <title>.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

class AbbrMarker {
public:
    explicit AbbrMarker(const std::vector<GlossaryEntry>& glossary);
    std::string mark(const std::string& html) const;

private:
    struct Entry {
        std::string text;   // the abbreviation as it appears in escaped HTML ("A&amp;E")
        std::string title;  // the expansion, escaped for an attribute
    };
    // By first byte; longest first, so "CC4C" is tried before "CC".
    std::map<char, std::vector<Entry>> entries_;

    void mark_text(const std::string& text, std::set<std::string>& used, std::string& out) const;
};

}  // namespace icbgen
