// downloads/all-data.zip: every metric's CSV download (data/<id>.csv, the same bytes as
// metrics/<id>/<id>.csv) and a Frictionless Data Package description (datapackage.json,
// profile tabular-data-package, https://specs.frictionlessdata.io/). Each resource gives its
// path, its fields with their types, and, as custom properties, the metric's unit, polarity
// and source. The archive is written through render/zip_archive.h in a fixed order (the
// description first, then the metrics by id) and dated by the build date from the content.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "data/iso_date.h"
#include "format/machine_date.h"
#include "format/unit.h"
#include "render/site/site_files.h"
#include "render/site/site_paths.h"
#include "render/zip_archive.h"

namespace icbgen {

namespace {

// The Open Definition id of the licences the sites use; others are given by title only.
std::string licence_id(const std::string& licence) {
    if (licence == "Open Government Licence v3.0") return "OGL-UK-3.0";
    return "";
}

nlohmann::json field(const std::string& name, const char* type, const std::string& description) {
    return {{"name", name}, {"type", type}, {"description", description}};
}

// The fields of metric_csv_text's columns, in their order, with their types.
nlohmann::json fields(const Metric& m) {
    nlohmann::json out = nlohmann::json::array();
    for (const std::string& name : metric_csv_columns(m)) {
        if (name == "period")
            out.push_back(field(name, "string", "The reporting period, as people write it"));
        else if (name == "area")
            out.push_back(field(name, "string", "The area the figure is for"));
        else if (name == "value")
            out.push_back(field(name, "number", "The figure, in the unit of the `unit` column"));
        else if (name == "unit")
            out.push_back(field(name, "string", "The unit of `value`: " + unit_of(m.unit).words));
        else if (name == "lower_ci" || name == "upper_ci")
            out.push_back(field(name, "number",
                                std::string(name == "lower_ci" ? "Lower" : "Upper") +
                                    " limit of the confidence interval"));
        else if (name == "numerator" || name == "denominator")
            out.push_back(field(name, "number", "The " + name + " the value is worked out from"));
        else if (name == "note")
            out.push_back(field(name, "string", "A note on the figure"));
        else if (name == "source")
            out.push_back(field(name, "string", "Where the figure was published"));
        else
            out.push_back(field(name, "string", "Breakdown: " + name));
    }
    return out;
}

}  // namespace

void add_all_data_zip(const SiteData& data, FileSet& out, Diagnostics& diags) {
    const SiteInfo& site = data.model.site;
    // Neither the CSVs nor the description of every metric are held at once (at 10,000 pages
    // they were a third of the build's peak memory): each resource is written out as text as
    // it is made (its fields from the metric, site_files.h), and each CSV is read from the
    // metric's own download when the archive takes it, deflated as it comes.
    std::vector<zip::Entry> entries(1);
    std::string resources;  // the elements of "resources", as package.dump(2) writes them
    for (const auto& m : data.model.metrics) {  // by id
        if (!m.series) continue;
        std::string path = "data/" + m.id + ".csv";
        nlohmann::json source = {{"title", m.source_name}};
        if (!m.source_url.empty()) source["path"] = m.source_url;
        nlohmann::json r = {
            {"profile", "tabular-data-resource"},
            {"name", m.id},
            {"path", path},
            {"title", m.title},
            {"format", "csv"},
            {"mediatype", "text/csv"},
            {"encoding", "utf-8"},
            {"schema", {{"fields", fields(m)}, {"missingValues", {""}}}},
            {"sources", nlohmann::json::array({source})},
            // Custom properties: what a reader needs to use the figures.
            {"unit", m.unit},
            {"unit_label", unit_of(m.unit).label},
            {"polarity", m.polarity},
            {"source", source},
            {"homepage", data.context.base_url + site_paths::pretty(site_paths::metric(m.id))}};
        // An element of the array at depth 2 of the package: its lines indented by four more.
        std::string text = r.dump(2);
        resources.append(resources.empty() ? "\n    " : ",\n    ");
        for (char c : text) {
            resources += c;
            if (c == '\n') resources.append("    ");
        }
        zip::Entry entry{path, {}, false};
        // The same text as the metric's own download, made just before (metric_downloads.cpp).
        entry.write = [&out, &m](const zip::Piece& piece) {
            auto made = out.read(site_paths::metric_csv(m.id));
            piece(made ? *made : metric_csv_text(m));
        };
        entries.push_back(std::move(entry));
    }
    nlohmann::json package = {
        {"profile", "tabular-data-package"},
        {"name", suggest_slug(site.short_name.empty() ? site.name : site.short_name) + "-metrics"},
        {"title", site.name + ": every metric's data"},
        {"homepage", data.context.base_url},
        {"resources", nlohmann::json::array()}};
    if (auto d = parse_iso_date(data.context.build_date)) package["created"] = rfc3339(*d);
    nlohmann::json publisher = {{"title", site.publisher.empty() ? site.name : site.publisher}};
    if (!site.contact_email.empty()) publisher["email"] = site.contact_email;
    package["contributors"] = nlohmann::json::array({publisher});
    if (std::string id = licence_id(site.licence); !id.empty())
        package["licenses"] = nlohmann::json::array({{{"name", id}, {"title", site.licence}}});
    std::string description = package.dump(2) + "\n";
    if (!resources.empty()) {
        const std::string empty = "\"resources\": []";
        std::size_t at = description.find(empty);
        description.replace(at, empty.size(), "\"resources\": [" + resources + "\n  ]");
    }
    entries[0] = {"datapackage.json", std::move(description), false};

    std::string error;
    if (auto bytes = zip::write_archive(entries, data.context.build_date, error))
        out.add(site_paths::all_data(), std::move(*bytes));
    else
        diags.error("download-write", {site_paths::all_data(), 0, 0},
                    "could not write the data download: " + error);
}

}  // namespace icbgen
