#pragma once
// Figures as prose states them, read so that they can be checked against the data: "15.2%",
// "£162", "29 million", "1 in 10", "22.8 days", "3.2 percentage points"; shares given with
// their counts ("25 of 28 (89%)"); and reductions ("a 120% reduction"). Years, periods
// ("2021/22", "2019-21"), ranges ("0-20"), ages ("aged 5") and numbers inside words ("Core20")
// are not figures.
#include <string>
#include <string_view>
#include <vector>

namespace icbgen {

struct StatedFigure {
    // What marks the number: "%" or "per cent", "£", "percentage points", "N in M" (a share,
    // as a percentage), a duration word ("days"), or nothing.
    enum class Mark { plain, percent, pounds, points, fraction, duration };
    Mark mark = Mark::plain;
    double value = 0;        // scaled: "29 million" is 29000000; "1 in 10" is 10 (per cent)
    double tolerance = 0;    // half a unit of the last digit shown, scaled: 0.05 for "15.2%"
    std::string written;     // as in the text: "15.2%", "£162", "29 million"
    std::string duration;    // for Mark::duration: "days", "weeks", "months", "years", ...
    std::size_t offset = 0;  // byte offset in the text
};

// Every figure in `text`, in order.
std::vector<StatedFigure> stated_figures(std::string_view text);

// Whether a figure as stated agrees with a value held to `value_decimals` places: they differ
// by no more than the rounding either shows (15.2 agrees with 15.17, 15 with 15.4, and 15.17
// with a value written 15.2). Signs are not compared: "fell by 3.2%" states -3.2.
bool figure_agrees(const StatedFigure& figure, double value, int value_decimals);

// A percentage beside the counts it comes from: "25 of 28 (89%)", "25 out of 28 GPs (89%)",
// "82% of respondents (67 of 82)", "(20 of 21, 95%)", "25/28 (63%)".
struct StatedShare {
    double numerator = 0, denominator = 0;
    double percent = 0;
    int percent_decimals = 0;
    std::string written;  // the whole phrase, as in the text
    std::size_t offset = 0;
};
std::vector<StatedShare> stated_shares(std::string_view text);

// A reduction stated as a percentage: "a 120% reduction", "fell by 150%", "cut by 110 per cent".
struct StatedReduction {
    double percent = 0;
    std::string written;
    std::size_t offset = 0;
};
std::vector<StatedReduction> stated_reductions(std::string_view text);

// The two above keep their answers per text for the process (`icbgen serve`); a one-shot run
// lets them go once its checks are done.
void forget_stated_figures();

}  // namespace icbgen
