// Figures in prose that contradict themselves: a percentage beside the counts it comes from
// ("25 of 28 (63%)", really 89%), and a reduction of more than 100%. Read in every Markdown
// body and summary, engagement findings, case-study outcomes and minutes.
#include <cmath>
#include <cstdio>
#include <functional>

#include "core/text.h"
#include "validate/checks.h"
#include "validate/link_targets.h"
#include "validate/stated_figures.h"

namespace icbgen {

namespace {

// Where a byte offset of a text sits, given where the text starts: Markdown is placed as
// cmark places links; a YAML text by its first line, moved down by the line breaks before.
using Locate = std::function<SourceLocation(std::size_t offset)>;

void check_text(const std::string& text, const Locate& locate, Diagnostics& diags) {
    if (text.find_first_of("0123456789") == std::string::npos) return;
    for (const auto& s : stated_shares(text)) {
        if (s.denominator <= 0) continue;
        double computed = 100 * s.numerator / s.denominator;
        double tolerance = 0.5 * std::pow(10.0, -s.percent_decimals);
        if (std::fabs(computed - s.percent) <= tolerance + 1e-9) continue;
        char buf[96];
        std::snprintf(buf, sizeof buf, "%g of %g is %.*f%%, not %g%%", s.numerator, s.denominator,
                      s.percent_decimals + 1, computed, s.percent);
        diags.warning("percent-of-mismatch", locate(s.offset), "'" + s.written + "': " + buf,
                      "correct the percentage or the counts; where the source itself prints the "
                      "wrong figure, give the right one and say what the source prints");
    }
    for (const auto& r : stated_reductions(text)) {
        if (r.percent <= 100) continue;
        diags.error("percent-reduction-range", locate(r.offset),
                    "'" + r.written + "': nothing can fall by more than 100%",
                    "check the figure: a number that fell to a fifth fell by 80%; a rise is "
                    "written as an increase");
    }
}

Locate in_yaml(const SourceLocation& start, const std::string& text) {
    return [start, &text](std::size_t offset) {
        SourceLocation loc = start;
        LineColumn lc = line_column_at(text, offset);
        loc.line += lc.line - 1;
        return loc;
    };
}

}  // namespace

void check_prose_figures(const SiteModel& model, Diagnostics& diags) {
    for_each_markdown(model, [&](const Markdown& md, bool) {
        check_text(
            md.text,
            [&](std::size_t offset) {
                LineColumn lc = line_column_at(md.text, offset);
                return markdown_location(md, lc.line, lc.column);
            },
            diags);
    });
    for (const auto& e : model.engagements)
        for (const auto& t : e.themes)
            for (const auto& f : t.findings) check_text(f.text, in_yaml(f.location, f.text), diags);
    for (const auto& cs : model.case_studies)
        for (const auto& o : cs.outcomes) {
            check_text(o.text, in_yaml(o.text_location, o.text), diags);
            check_text(o.change, in_yaml(o.change_location, o.change), diags);
        }
    for (const auto& m : model.meetings)
        if (m.minutes)
            for (const auto& item : m.minutes->items)
                for (const auto& p : item.paragraphs)
                    check_text(p.text, in_yaml(p.location, p.text), diags);
}

}  // namespace icbgen
