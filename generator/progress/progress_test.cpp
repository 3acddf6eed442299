// Worked examples of the progress method (docs/PROGRESS.md gives the same ones in prose).
#include <catch2/catch.hpp>

#include "progress/progress.h"
#include "progress/site_progress.h"

using namespace icbgen;

namespace {

struct Row {
    Row(std::string p, double v, std::string a = "SEL", std::string b = "")
        : period(std::move(p)), value(v), area(std::move(a)), breakdown(std::move(b)) {}
    std::string period;
    double value;
    std::string area;
    std::string breakdown;  // category of a "sex" breakdown column; "" for the total
};

Metric metric(const std::vector<Row>& rows, const std::string& polarity = "higher-is-better",
              std::optional<Target> target = std::nullopt) {
    Metric m;
    m.id = "example";
    m.polarity = polarity;
    m.target = target;
    Series s;
    s.breakdown_columns = {"sex"};
    for (const auto& r : rows) {
        Observation o;
        o.period = *parse_period(r.period);
        o.value = r.value;
        o.area = r.area;
        o.breakdown = {{"sex", r.breakdown}};
        s.observations.push_back(o);
    }
    m.series = s;
    return m;
}

Target target(double value, std::optional<int> by) {
    return Target{value, by, "national target", {}};
}

}  // namespace

TEST_CASE("headline series: first area, no breakdown, first row of a duplicated period, sorted") {
    Metric m = metric({{"2022", 7, "SEL"},
                       {"2020", 5, "SEL"},
                       {"2020", 6, "SEL"},  // a source conflict: the first row wins
                       {"2021", 9, "SEL", "Female"},
                       {"2021", 4, "London"}});
    auto points = headline_series(m);
    REQUIRE(points.size() == 2);
    CHECK(points[0].period == "2020");
    CHECK(points[0].value == 5);
    CHECK(points[0].year == Approx(2020.5));
    CHECK(points[1].period == "2022");
    CHECK(headline_area(m) == "SEL");

    m.headline_area = "London";
    points = headline_series(m);
    REQUIRE(points.size() == 1);
    CHECK(points[0].value == 4);
}

TEST_CASE("progress with a target: needs acceleration at 87% of the pace needed") {
    // 50 in 2019 to 55 in 2022: 3.23% a year. Reaching 60 by 2024 needs 3.71% a year.
    Metric m = metric({{"2019", 50}, {"2022", 55}}, "higher-is-better", target(60, 2024));
    ProgressResult r = assess_progress(m);
    CHECK(r.status == ProgressStatus::needs_acceleration);
    CHECK(*r.observed_growth == Approx(0.0322801));
    CHECK(*r.required_growth == Approx(0.0371373));
    CHECK(*r.ratio == Approx(0.8692103));
    CHECK(*r.score == Approx(1.9229309));
    CHECK(r.explanation ==
          "Compared 50 in 2019 with 55 in 2022: a relative rise of 3.2% a year, against a relative "
          "rise of 3.7% a year needed to reach 60 by 2024 (87% of the pace needed).");
}

TEST_CASE("progress with a target, lower is better: on track") {
    // 4.5 to 4.2 over three years falls 2.27% a year; 3.5 by 2030 needs a fall of 2.26% a year.
    Metric m = metric({{"2019", 4.5}, {"2022", 4.2}}, "lower-is-better", target(3.5, 2030));
    ProgressResult r = assess_progress(m);
    CHECK(*r.ratio == Approx(1.0065274));
    CHECK(r.status == ProgressStatus::on_track);
    CHECK(*r.score == Approx(2.5 + (1.0065274 - 0.95) / 0.35 * 2.5).epsilon(1e-6));
}

TEST_CASE("progress with a target: a base that met the target but slipped is getting worse") {
    // The plain ratio of two negative growth rates would read "on track"; the polarity-signed
    // ratio of Statistics Canada reads deterioration.
    // The base (65) met the target of 63; the latest value (62) does not.
    Metric m = metric({{"2019", 65}, {"2022", 62}}, "higher-is-better", target(63, 2030));
    ProgressResult r = assess_progress(m);
    CHECK(r.status == ProgressStatus::deterioration);
    CHECK(*r.ratio < 0);
}

TEST_CASE("progress with a target: moving away from it is getting worse") {
    Metric m = metric({{"2020", 60}, {"2023", 58}}, "higher-is-better", target(70, 2030));
    CHECK(assess_progress(m).status == ProgressStatus::deterioration);
    CHECK(*assess_progress(m).score == -5);
    CHECK(assess_progress(m).explanation ==
          "Compared 60 in 2020 with 58 in 2023: a relative fall of 1.1% a year, against a relative "
          "rise of 1.6% a year needed to reach 70 by 2030 (it is moving away from the target).");
}

TEST_CASE("progress: target achieved when the latest value reaches it") {
    Metric m = metric({{"2019", 5}, {"2021", 3}}, "lower-is-better", target(3.5, 2030));
    ProgressResult r = assess_progress(m);
    CHECK(r.status == ProgressStatus::target_achieved);
    CHECK(*r.score == 5);
    CHECK(r.explanation ==
          "Target achieved: the latest value, 3 in 2021, has reached the target of 3.5.");
}

TEST_CASE("progress without a target: fixed growth thresholds") {
    auto status = [](double latest, const char* polarity = "higher-is-better") {
        return assess_progress(metric({{"2015", 100}, {"2020", latest}}, polarity)).status;
    };
    CHECK(status(110) == ProgressStatus::on_track);            // +1.92% a year
    CHECK(status(104) == ProgressStatus::needs_acceleration);  // +0.79% a year
    CHECK(status(101) == ProgressStatus::limited_progress);    // +0.20% a year
    CHECK(status(95) == ProgressStatus::deterioration);        // -1.02% a year
    CHECK(status(95, "lower-is-better") == ProgressStatus::needs_acceleration);
    ProgressResult r = assess_progress(metric({{"2015", 100}, {"2020", 95}}));
    CHECK(*r.observed_growth == Approx(-0.0102062));
    CHECK(*r.score == Approx(-2.5 - 0.0102062 / 0.02 * 2.5));
    CHECK(r.explanation ==
          "Compared 100 in 2015 with 95 in 2020: a relative fall of 1.0% a year, "
          "against the desired direction (no target, so fixed growth thresholds "
          "are used).");
}

TEST_CASE("progress: a target without a date falls back to fixed thresholds") {
    ProgressResult r = assess_progress(
        metric({{"2015", 100}, {"2020", 110}}, "higher-is-better", target(200, {})));
    CHECK(r.status == ProgressStatus::on_track);
    CHECK(!r.required_growth);
}

TEST_CASE("progress: not enough data, not assessed") {
    CHECK(assess_progress(metric({})).status == ProgressStatus::not_enough_data);
    CHECK(assess_progress(metric({})).explanation ==
          "Not enough data: no values have been published yet.");
    ProgressResult one = assess_progress(metric({{"2021/22", 35.4}}));
    CHECK(one.status == ProgressStatus::not_enough_data);
    CHECK(one.explanation ==
          "Not enough data: only one value (2021/22, SEL) has been published, and "
          "progress needs at least two.");
    // A single point meets its target, but progress needs two points first (as in Open SDG).
    CHECK(assess_progress(metric({{"2023", 92}}, "higher-is-better", target(90, 2030))).status ==
          ProgressStatus::not_enough_data);
    // Breakdown rows alone give no headline series, and the explanation does not claim that
    // nothing has been published.
    ProgressResult parts =
        assess_progress(metric({{"2020", 1, "SEL", "Male"}, {"2022", 2, "SEL", "Male"}}));
    CHECK(parts.status == ProgressStatus::not_enough_data);
    CHECK(parts.explanation ==
          "Not enough data: values have been published only for parts of the population or for "
          "other areas, not for SEL as a whole, so progress cannot be judged.");
    // Less than a year apart.
    CHECK(assess_progress(metric({{"2023-01", 10}, {"2023-06", 12}})).status ==
          ProgressStatus::not_enough_data);
    CHECK(assess_progress(metric({{"2019", 1}, {"2022", 2}}, "neutral")).status ==
          ProgressStatus::not_assessed);
    CHECK(assess_progress(metric({{"2019", -1}, {"2022", 2}})).status ==
          ProgressStatus::not_assessed);
}

TEST_CASE("progress: a baseline in the definition counts as the first point") {
    Metric m = metric({{"2022", 55}}, "higher-is-better", target(60, 2024));
    m.baseline = Baseline{"2019", 50, 0, {}};
    ProgressResult r = assess_progress(m);
    CHECK(r.status == ProgressStatus::needs_acceleration);
    CHECK(r.base->period == "2019");
    CHECK(r.latest->period == "2022");
}

TEST_CASE("progress: a zero base is replaced by 0.001") {
    ProgressResult r = assess_progress(metric({{"2019", 0}, {"2020", 0.002}}));
    CHECK(*r.observed_growth == Approx(1.0));
}

TEST_CASE("progress labels, codes and colours") {
    CHECK(std::string(progress_label(ProgressStatus::deterioration)) == "Getting worse");
    CHECK(std::string(progress_code(ProgressStatus::needs_acceleration)) == "needs-acceleration");
    CHECK(std::string(progress_tag_colour(ProgressStatus::not_enough_data)) == "grey");
    CHECK(status_from_score(2.5) == ProgressStatus::on_track);
    CHECK(status_from_score(0) == ProgressStatus::needs_acceleration);
    CHECK(status_from_score(-2.5) == ProgressStatus::limited_progress);
    CHECK(status_from_score(-2.6) == ProgressStatus::deterioration);
}

TEST_CASE("ambition status: the mean score of its assessed metrics") {
    SiteModel model;
    model.site.area = "South East London ICB";
    model.site.area_aliases = {"SEL"};
    auto add = [&](const std::string& id, Metric m) {
        m.id = id;
        model.metrics.push_back(m);
    };
    add("up", metric({{"2015", 100}, {"2020", 110}}));   // score 4.36
    add("down", metric({{"2015", 100}, {"2020", 90}}));  // score -5
    add("single", metric({{"2020", 1}}));                // not assessed
    add("met", metric({{"2019", 5}, {"2021", 3}}, "lower-is-better", target(3.5, 2030)));
    Ambition a;
    a.metrics = {{"up", {}}, {"down", {}}, {"single", {}}};
    AmbitionProgress p = assess_ambition(model, a);
    CHECK(p.measures == 3);
    CHECK(p.assessed == 2);
    CHECK(*p.score == Approx((2.5 + (0.0192448765 - 0.015) / 0.005 * 2.5 - 5) / 2));
    CHECK(p.status == ProgressStatus::limited_progress);

    CHECK(ambition_basis(p) == "Based on 2 of 3 measures with enough local data to show a trend.");

    a.metrics = {{"single", {}}};
    CHECK(assess_ambition(model, a).status == ProgressStatus::not_enough_data);
    a.metrics = {{"met", {}}, {"single", {}}};
    CHECK(assess_ambition(model, a).status == ProgressStatus::target_achieved);
    a.metrics = {{"met", {}}, {"up", {}}};
    CHECK(assess_ambition(model, a).status == ProgressStatus::on_track);
    // Context indicators never count.
    a.metrics = {{"single", {}}};
    a.context = {{"up", {}}};
    CHECK(assess_ambition(model, a).status == ProgressStatus::not_enough_data);
}

TEST_CASE("ambition status: only measures of the organisation's own area count") {
    SiteModel model;
    model.site.area = "South East London ICB";
    model.site.area_aliases = {"SEL"};
    auto add = [&](const std::string& id, Metric m) {
        m.id = id;
        model.metrics.push_back(m);
    };
    add("england-down", metric({{"2015", 100, "England"}, {"2020", 90, "England"}}));
    add("local-up", metric({{"2015", 100}, {"2020", 110}}));
    Metric borough = metric({{"2015", 100, "Bromley"}, {"2020", 110, "Bromley"}});
    add("borough-up", borough);
    Metric unnamed;  // no CSV area column: the geography names the area
    unnamed.polarity = "higher-is-better";
    unnamed.geography = "South East London ICB";
    add("no-data-local", unnamed);

    CHECK_FALSE(headline_is_local(model.site, *model.find_metric("england-down")));
    CHECK(headline_is_local(model.site, *model.find_metric("local-up")));
    CHECK(headline_is_local(model.site, *model.find_metric("no-data-local")));
    CHECK(headline_area_or_geography(*model.find_metric("no-data-local")) ==
          "South East London ICB");

    Ambition a;
    a.metrics = {{"england-down", {}}};
    AmbitionProgress p = assess_ambition(model, a);
    CHECK(p.status == ProgressStatus::insufficient_local_data);
    CHECK(p.non_local == std::vector<std::string>{"england-down"});
    CHECK(p.with_data == 1);
    CHECK(p.local_with_data == 0);
    CHECK(ambition_basis(p) ==
          "Not judged: its measure with data describes another area, not ours, so none of its 1 "
          "measure can show local progress.");
    CHECK(std::string(progress_label(p.status)) == "Insufficient local data");
    CHECK(std::string(progress_code(p.status)) == "insufficient-local-data");

    // The England measure that is getting worse is shown but does not drag the status down.
    a.metrics = {{"england-down", {}}, {"local-up", {}}, {"borough-up", {}}};
    p = assess_ambition(model, a);
    CHECK(p.status == ProgressStatus::on_track);
    CHECK(p.assessed == 1);
    CHECK(p.measures == 3);
    CHECK(ambition_basis(p) == "Based on 1 of 3 measures with enough local data to show a trend.");

    // A local measure without data and an England one with data: not judged on local data.
    a.metrics = {{"england-down", {}}, {"no-data-local", {}}};
    CHECK(assess_ambition(model, a).status == ProgressStatus::insufficient_local_data);
    a.metrics = {{"no-data-local", {}}};
    CHECK(assess_ambition(model, a).status == ProgressStatus::not_enough_data);

    // Without an `area`, the organisation's name and short name stand for it.
    model.site.area.clear();
    model.site.short_name = "SEL";
    CHECK(headline_is_local(model.site, *model.find_metric("local-up")));
}

TEST_CASE("site progress: every status worked out once, unknown ids read as not enough data") {
    SiteModel model;
    model.site.area = "SEL";
    Metric m = metric({{"2015", 100}, {"2020", 110}});
    m.id = "up";
    model.metrics.push_back(m);
    Priority pr;
    pr.id = "p";
    Ambition a;
    a.id = "amb";
    a.metrics = {{"up", {}}};
    pr.ambitions.push_back(a);
    model.priorities.push_back(pr);
    SiteProgress progress(model);
    CHECK(progress.ambition("amb").status == ProgressStatus::on_track);
    CHECK(progress.metric("up").status == ProgressStatus::on_track);
    CHECK(progress.ambition("missing").status == ProgressStatus::not_enough_data);
    CHECK(progress.metric("missing").status == ProgressStatus::not_enough_data);
}

TEST_CASE(
    "progress of a percentage: the change in percentage points, the rate said to be relative") {
    Metric m = metric({{"2019-04..2020-03", 67.6}, {"2023-01", 52.7}});
    m.unit = "percent";
    ProgressResult r = assess_progress(m);
    CHECK(r.explanation ==
          "Compared 67.6% in April 2019 to March 2020 with 52.7% in January 2023: down 14.9 "
          "percentage points, a relative fall of 7.3% a year, against the desired direction (no "
          "target, so fixed growth thresholds are used).");
}

TEST_CASE("progress: values in explanations carry their unit, as on the metric page") {
    Metric gbp = metric({{"2015", 1500}, {"2020", 1650.5}});
    gbp.unit = "gbp";
    CHECK(assess_progress(gbp).explanation ==
          "Compared £1,500 in 2015 with £1,650.5 in 2020: a relative rise of 1.9% a year, in the "
          "desired direction (no target, so fixed growth thresholds are used).");
    Metric rate = metric({{"2015", 4}, {"2020", 3.5}}, "lower-is-better");
    rate.unit = "rate-per-1000";
    CHECK(assess_progress(rate).explanation ==
          "Compared 4 per 1,000 in 2015 with 3.5 per 1,000 in 2020: a relative fall of 2.6% a "
          "year, in the desired direction (no target, so fixed growth thresholds are used).");
}
