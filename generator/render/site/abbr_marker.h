#pragma once
// Marks the first occurrence of each glossary abbreviation on a page with
// <abbr title="expansion">. Only text inside <main> is touched, and only text nodes: never tag
// names or attributes, nor text inside <abbr>, <code>, <pre>, <script>, <style>, <svg>,
// <textarea>, <option> or <title>.
#include <array>
#include <string>
#include <string_view>
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
        std::size_t key;    // which distinct text it is: a text is marked once per page
    };
    // By first byte; longest first, so "CC4C" is tried before "CC".
    std::array<std::vector<Entry>, 256> entries_;
    std::size_t keys_ = 0;
    bool empty_ = true;

    // Appends `text` to `out`, marking what `used` does not hold yet.
    void mark_text(std::string_view text, std::vector<char>& used, std::string& out) const;
};

}  // namespace icbgen
