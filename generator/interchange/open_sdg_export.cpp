#include "interchange/open_sdg_export.h"

#include <algorithm>

#include "data/series.h"
#include "format/unit.h"
#include "interchange/metric_csv_merge.h"

namespace icbgen {

std::string open_sdg_csv(const CsvTable& table, const std::string& title, const std::string& unit) {
    auto col = [&](const std::string& name) -> int {
        auto it = std::find(table.header.begin(), table.header.end(), name);
        return it == table.header.end() ? -1 : static_cast<int>(it - table.header.begin());
    };
    std::vector<int> breakdowns;
    for (std::size_t i = 0; i < table.header.size(); ++i)
        if (!is_known_series_column(table.header[i]) && !is_reserved_series_column(table.header[i]))
            breakdowns.push_back(static_cast<int>(i));
    int period = col("period"), area = col("area"), value = col("value");
    std::string units = unit_of(unit).title();
    std::string out = "Year";
    for (int b : breakdowns) out += "," + csv_field(table.header[static_cast<std::size_t>(b)]);
    out += ",Units,Series,GeoCode,Value\n";
    if (period < 0 || value < 0) return out;
    for (const auto& r : table.rows) {
        const std::string& v = r.fields[static_cast<std::size_t>(value)];
        if (v.empty()) continue;
        out += csv_field(r.fields[static_cast<std::size_t>(period)]);
        for (int b : breakdowns) out += "," + csv_field(r.fields[static_cast<std::size_t>(b)]);
        out += "," + csv_field(units) + "," + csv_field(title) + ",";
        if (area >= 0) out += csv_field(r.fields[static_cast<std::size_t>(area)]);
        out += "," + csv_field(v) + "\n";
    }
    return out;
}

}  // namespace icbgen
