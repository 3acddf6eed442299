#include "render/site/chart_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/text.h"
#include "data/period.h"
#include "format/number_format.h"
#include "format/period_format.h"
#include "format/unit.h"
#include "progress/progress.h"

namespace icbgen {

namespace {

constexpr double kWidth = 480;  // small enough that text stays legible on a phone
const char* const kColours[] = {"#005eb8", "#330072", "#007f3b", "#8a1538", "#425563"};
const char* const kDashes[] = {"", "8 4", "2 4", "10 4 2 4", "4 2"};

std::string xml(const std::string& s) { return escape_markup(s); }

std::string n(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return std::string(buf) == "-0.0" ? "0.0" : buf;
}

struct Scale {
    double lo = 0, hi = 1, step = 1;
    double at(double v, double p0, double p1) const {
        return p0 + (v - lo) / (hi - lo) * (p1 - p0);
    }
};

Scale nice_scale(double lo, double hi) {
    if (hi <= lo) hi = lo + (lo == 0 ? 1 : std::fabs(lo) * 0.1);
    double raw = (hi - lo) / 5, mag = std::pow(10, std::floor(std::log10(raw))), norm = raw / mag;
    double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    return {std::floor(lo / step) * step, std::ceil(hi / step) * step, step};
}

std::string marker(int shape, double x, double y, const char* colour) {
    std::string fill = std::string(" fill=\"") + colour + "\"";
    switch (shape % 4) {
        case 0: return "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"5\"" + fill + "/>";
        case 1:
            return "<rect x=\"" + n(x - 5) + "\" y=\"" + n(y - 5) +
                   "\" width=\"10\" height=\"10\"" + fill + "/>";
        case 2:
            return "<path d=\"M" + n(x) + " " + n(y - 6) + "L" + n(x + 6) + " " + n(y + 5) + "L" +
                   n(x - 6) + " " + n(y + 5) + "Z\"" + fill + "/>";
        default:
            return "<path d=\"M" + n(x) + " " + n(y - 6) + "L" + n(x + 6) + " " + n(y) + "L" +
                   n(x) + " " + n(y + 6) + "L" + n(x - 6) + " " + n(y) + "Z\"" + fill + "/>";
    }
}

struct Point {
    double year;
    std::string period;
    double value;
    int decimals;
};

std::string value_text(const Metric& m, double v, int decimals) {
    return format_value(v, m.unit, decimals);
}

std::string target_text(const Metric& m) {
    std::string t = "Target " + format_value(m.target->value, m.unit);
    if (m.target->by) t += " by " + std::to_string(*m.target->by);
    return t;
}

std::string open_svg(const std::string& id, double height, const std::string& title,
                     const std::string& desc) {
    return "<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
           n(kWidth) + " " + n(height) + "\" role=\"img\" aria-labelledby=\"" + id + "-title\" " +
           "aria-describedby=\"" + id + "-desc\" focusable=\"false\">\n<title id=\"" + id +
           "-title\">" + xml(title) + "</title>\n<desc id=\"" + id + "-desc\">" + xml(desc) +
           "</desc>\n";
}

// Bars for the rows of the latest period, one per area and breakdown category.
std::string bar_chart(const Metric& m, const std::string& id) {
    double latest = -1e9;
    for (const auto& o : m.series->observations)
        if (o.value) latest = std::max(latest, o.period.midpoint());
    struct Bar {
        std::string label;
        double value;
        int decimals;
        bool headline;
    };
    std::vector<Bar> bars;
    std::string period, headline = headline_area(m);
    for (const auto& o : m.series->observations) {
        if (!o.value || o.period.midpoint() != latest) continue;
        period = period_words(o.period);
        std::string label = o.area.empty() ? m.geography : o.area;
        for (const auto& [dim, cat] : o.breakdown)
            if (!cat.empty()) label += " \xE2\x80\x93 " + cat;
        bars.push_back({label, *o.value, o.value_decimals, o.area == headline});
    }
    double lo = 0, hi = 0;
    for (const auto& b : bars) lo = std::min(lo, b.value), hi = std::max(hi, b.value);
    if (m.target) lo = std::min(lo, m.target->value), hi = std::max(hi, m.target->value);
    Scale s = nice_scale(lo, hi);
    const double left = 12, right = kWidth - 24, row = 60, top = m.target ? 36 : 12;
    double height = top + row * static_cast<double>(bars.size()) + 64;

    std::string desc = "Bar chart for " + period + ": ";
    for (std::size_t i = 0; i < bars.size(); ++i)
        desc +=
            (i ? "; " : "") + bars[i].label + " " + value_text(m, bars[i].value, bars[i].decimals);
    desc += m.target ? ". " + target_text(m) + "." : ".";
    std::string svg = open_svg(id, height, m.title + ", " + period, desc);

    double axis_y = top + row * static_cast<double>(bars.size());
    for (double t = s.lo; t <= s.hi + s.step / 2; t += s.step) {
        double x = s.at(t, left, right);
        svg += "<line x1=\"" + n(x) + "\" y1=\"" + n(top) + "\" x2=\"" + n(x) + "\" y2=\"" +
               n(axis_y) + "\" stroke=\"#d8dde0\"/>\n<text x=\"" + n(x) + "\" y=\"" +
               n(axis_y + 22) + "\" text-anchor=\"middle\" class=\"app-chart__tick\">" +
               xml(format_number(t)) + "</text>\n";
    }
    svg += "<text x=\"" + n(left) + "\" y=\"" + n(axis_y + 50) + "\" class=\"app-chart__tick\">" +
           xml(unit_of(m.unit).title()) + "</text>\n";
    double zero = s.at(0, left, right);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        double y = top + row * static_cast<double>(i);
        double x = s.at(bars[i].value, left, right);
        svg += "<text x=\"" + n(left + 4) + "\" y=\"" + n(y + 18) +
               "\" class=\"app-chart__label\">" + xml(bars[i].label) + ": " +
               xml(value_text(m, bars[i].value, bars[i].decimals)) + "</text>\n<rect x=\"" +
               n(std::min(x, zero)) + "\" y=\"" + n(y + 26) + "\" width=\"" +
               n(std::max(std::fabs(x - zero), 1.0)) + "\" height=\"24\" fill=\"" +
               (bars[i].headline ? kColours[0] : "#768692") + "\"/>\n";
    }
    svg += "<line x1=\"" + n(zero) + "\" y1=\"" + n(top) + "\" x2=\"" + n(zero) + "\" y2=\"" +
           n(axis_y) + "\" stroke=\"#212b32\"/>\n";
    if (m.target) {
        double x = s.at(m.target->value, left, right);
        svg += "<line x1=\"" + n(x) + "\" y1=\"" + n(top - 6) + "\" x2=\"" + n(x) + "\" y2=\"" +
               n(axis_y) + "\" stroke=\"#212b32\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n" +
               "<text x=\"" + n(x) + "\" y=\"" + n(top - 12) + "\" text-anchor=\"" +
               (x > kWidth / 2 ? "end" : "start") + "\" class=\"app-chart__label\">" +
               xml(target_text(m)) + "</text>\n";
    }
    return svg + "</svg>\n";
}

// A long line's description names this many values at each end.
constexpr std::size_t kDescribedEnds = 6;
// At most this many points of a line are drawn (the plot is about 700 units wide).
constexpr std::size_t kDrawnPoints = 500;

// A line per area over the periods of the headline series.
std::string line_chart(const Metric& m, const std::string& id) {
    std::vector<std::string> areas = m.series->areas();
    std::string headline = headline_area(m);
    std::stable_partition(areas.begin(), areas.end(),
                          [&](const std::string& a) { return a == headline; });
    // One pass over the observations: each area's totals (no breakdown), the first value of
    // each period, in the order written. (A search of the points so far for each observation
    // made this quadratic in the rows: 17 s for 100,000.)
    std::map<std::string, std::vector<Point>> by_area;
    std::map<std::string, std::set<std::string>> periods_seen;
    for (const auto& o : m.series->observations) {
        bool total = std::all_of(o.breakdown.begin(), o.breakdown.end(),
                                 [](const auto& b) { return b.second.empty(); });
        if (!o.value || !total) continue;
        std::string words = period_words(o.period);
        if (!periods_seen[o.area].insert(words).second) continue;
        by_area[o.area].push_back(
            {o.period.midpoint(), std::move(words), *o.value, o.value_decimals});
    }
    std::vector<std::pair<std::string, std::vector<Point>>> lines;
    for (const auto& area : areas) {
        auto found = by_area.find(area);
        if (found == by_area.end() || lines.size() >= 5) continue;
        std::vector<Point>& pts = found->second;
        std::stable_sort(pts.begin(), pts.end(),
                         [](const Point& a, const Point& b) { return a.year < b.year; });
        lines.emplace_back(area.empty() ? m.geography : area, std::move(pts));
    }
    double lo = 0, hi = 0, first = 1e9, last = -1e9;
    std::map<double, std::string> periods;
    for (const auto& [_, pts] : lines)
        for (const auto& p : pts) {
            lo = std::min(lo, p.value), hi = std::max(hi, p.value);
            first = std::min(first, p.year), last = std::max(last, p.year);
            periods.emplace(p.year, p.period);
        }
    if (m.target) lo = std::min(lo, m.target->value), hi = std::max(hi, m.target->value);
    Scale s = nice_scale(lo, hi);
    // The legend wraps onto as many rows as it needs above the plot.
    std::vector<std::pair<double, double>> legend;  // x, y of each entry
    double lx = 12, ly = 20;
    for (const auto& line : lines) {
        double w = 52 + 8.5 * static_cast<double>(line.first.size());
        if (lx > 12 && lx + w > kWidth) lx = 12, ly += 26;
        legend.emplace_back(lx, ly);
        lx += w;
    }
    const double top = ly + 52, height = top + 260, left = 56, right = kWidth - 20,
                 bottom = height - 56;
    double span = std::max(last - first, 1e-9), pad = span * 0.06;
    auto xat = [&](double year) {
        return left + (year - first + pad) / (span + 2 * pad) * (right - left);
    };

    std::string desc =
        "Line chart from " + periods.begin()->second + " to " + periods.rbegin()->second + ". ";
    // A long line is described by its first and last values (the table gives the rest).
    for (const auto& [name, pts] : lines) {
        desc += name + ":";
        const bool long_line = pts.size() > 2 * kDescribedEnds;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            if (long_line && i == kDescribedEnds) {
                desc += ", then " +
                        format_number(static_cast<double>(pts.size() - 2 * kDescribedEnds)) +
                        " more values";
                i = pts.size() - kDescribedEnds;
            }
            desc += std::string(i ? "," : "") + " " + value_text(m, pts[i].value, pts[i].decimals) +
                    " in " + pts[i].period;
        }
        desc += ". ";
    }
    if (m.target) desc += target_text(m) + ".";
    std::string svg = open_svg(id, height, m.title, desc);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const char* colour = kColours[i];
        auto [x, y] = legend[i];
        svg += "<line x1=\"" + n(x) + "\" y1=\"" + n(y) + "\" x2=\"" + n(x + 28) + "\" y2=\"" +
               n(y) + "\" stroke=\"" + colour + "\" stroke-width=\"3\"" +
               (*kDashes[i] ? std::string(" stroke-dasharray=\"") + kDashes[i] + "\"" : "") + "/>" +
               marker(static_cast<int>(i), x + 14, y, colour) + "<text x=\"" + n(x + 36) +
               "\" y=\"" + n(y + 5) + "\" class=\"app-chart__label\">" + xml(lines[i].first) +
               "</text>\n";
    }
    svg += "<text x=\"" + n(left) + "\" y=\"" + n(top - 16) + "\" class=\"app-chart__tick\">" +
           xml(unit_of(m.unit).title()) + "</text>\n";
    for (double t = s.lo; t <= s.hi + s.step / 2; t += s.step) {
        double y = s.at(t, bottom, top);
        svg += "<line x1=\"" + n(left) + "\" y1=\"" + n(y) + "\" x2=\"" + n(right) + "\" y2=\"" +
               n(y) + "\" stroke=\"#d8dde0\"/>\n<text x=\"" + n(left - 8) + "\" y=\"" + n(y + 5) +
               "\" text-anchor=\"end\" class=\"app-chart__tick\">" + xml(format_number(t)) +
               "</text>\n";
    }
    std::size_t every = (periods.size() + 5) / 6, k = 0;
    for (const auto& [year, label] : periods)
        if (k++ % every == 0)
            svg += "<text x=\"" + n(xat(year)) + "\" y=\"" + n(bottom + 24) +
                   "\" text-anchor=\"middle\" class=\"app-chart__tick\">" + xml(label) +
                   "</text>\n";
    svg += "<line x1=\"" + n(left) + "\" y1=\"" + n(bottom) + "\" x2=\"" + n(right) + "\" y2=\"" +
           n(bottom) + "\" stroke=\"#212b32\"/>\n";
    if (m.target) {
        double y = s.at(m.target->value, bottom, top);
        // The label goes above or below the target line, at the right or the left, wherever it
        // covers no data point (markers are drawn up to 7 units from their centre).
        std::string label = target_text(m);
        double width = 8.5 * static_cast<double>(label.size()), h = 18;
        auto clear = [&](double x0, double baseline) {
            for (const auto& [_, pts] : lines)
                for (const auto& p : pts) {
                    double px = xat(p.year), py = s.at(p.value, bottom, top);
                    if (px + 8 > x0 && px - 8 < x0 + width && py + 8 > baseline - h + 4 &&
                        py - 8 < baseline + 4)
                        return false;
                }
            return true;
        };
        struct Place {
            double x0, baseline;
            bool right;
        };
        std::vector<Place> places = {{right - width, y - 8, true},
                                     {right - width, y + h + 2, true},
                                     {left + 4, y - 8, false},
                                     {left + 4, y + h + 2, false}};
        Place at = places.front();
        for (const auto& p : places)
            if (clear(p.x0, p.baseline)) {
                at = p;
                break;
            }
        svg += "<line x1=\"" + n(left) + "\" y1=\"" + n(y) + "\" x2=\"" + n(right) + "\" y2=\"" +
               n(y) +
               "\" stroke=\"#212b32\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n<text x=\"" +
               n(at.right ? right : left + 4) + "\" y=\"" + n(at.baseline) + "\" text-anchor=\"" +
               (at.right ? "end" : "start") + "\" class=\"app-chart__label\">" + xml(label) +
               "</text>\n";
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const char* colour = kColours[i];
        // A line of more points than the chart is wide is drawn through every k-th point and
        // the last, and without markers: the picture is the same and the page stays small.
        const std::vector<Point>& all = lines[i].second;
        std::vector<Point> drawn;
        const std::size_t every = (all.size() + kDrawnPoints - 1) / kDrawnPoints;
        for (std::size_t k = 0; k < all.size(); ++k)
            if (k % every == 0 || k + 1 == all.size()) drawn.push_back(all[k]);
        std::string d;
        for (const auto& p : drawn)
            d += (d.empty() ? "M" : "L") + n(xat(p.year)) + " " + n(s.at(p.value, bottom, top));
        svg += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"3\"" +
               (*kDashes[i] ? std::string(" stroke-dasharray=\"") + kDashes[i] + "\"" : "") +
               "/>\n";
        if (every == 1)
            for (const auto& p : drawn)
                svg +=
                    marker(static_cast<int>(i), xat(p.year), s.at(p.value, bottom, top), colour) +
                    "\n";
    }
    return svg + "</svg>\n";
}

}  // namespace

std::string metric_chart_svg(const Metric& metric, const std::string& id) {
    if (!metric.tracked()) return {};
    return headline_series(metric).size() >= 2 ? line_chart(metric, id) : bar_chart(metric, id);
}

}  // namespace icbgen
