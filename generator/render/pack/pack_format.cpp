#include "render/pack/pack_format.h"

#include <chrono>
#include <cstdio>

namespace icbgen {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday"};

std::optional<std::chrono::year_month_day> parse_iso(const std::string& iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%d-%u-%u%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                    std::chrono::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

}  // namespace

std::string pack_date(const std::string& iso) {
    auto ymd = parse_iso(iso);
    if (!ymd) return iso;
    return std::to_string(static_cast<unsigned>(ymd->day())) + " " +
           kMonths[static_cast<unsigned>(ymd->month()) - 1] + " " +
           std::to_string(static_cast<int>(ymd->year()));
}

std::string pack_day_date(const std::string& iso) {
    auto ymd = parse_iso(iso);
    if (!ymd) return iso;
    std::chrono::weekday wd{std::chrono::sys_days{*ymd}};
    return std::string(kDays[wd.c_encoding()]) + " " + pack_date(iso);
}

long long date_epoch(const std::string& iso) {
    auto ymd = parse_iso(iso);
    if (!ymd) return 0;
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::sys_days{*ymd}.time_since_epoch())
        .count();
}

PersonText person_text(const SiteModel& model, const std::string& initials,
                       const std::string& meeting_id) {
    const Person* p = model.find_person(initials);
    if (!p) return {initials, initials, ""};
    return {initials, p->name.empty() ? initials : p->name, p->title_at(meeting_id)};
}

std::string person_line(const SiteModel& model, const std::string& initials,
                        const std::string& meeting_id) {
    PersonText t = person_text(model, initials, meeting_id);
    return t.role.empty() ? t.name : t.name + ", " + t.role;
}

std::string initials_list(const std::vector<Ref>& refs) {
    std::string out;
    for (const auto& r : refs) out += (out.empty() ? "" : "/") + r.id;
    return out;
}

std::string item_label(const AgendaItem& item) {
    std::string label = "Item " + std::to_string(item.number);
    if (!item.enclosure.empty()) label += " Enclosure " + item.enclosure;
    return label;
}

}  // namespace icbgen
