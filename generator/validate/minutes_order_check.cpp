// Minutes record a meeting's items in the order its agenda lists them. An item of the minutes
// is matched to the agenda item of the same title (Meeting::agenda_item_for);
// items with no such match are left alone. Nothing is reordered: the warning names both places.
#include "validate/checks.h"

namespace icbgen {

namespace {

std::string where_text(const SourceLocation& l) {
    return l.path + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

}  // namespace

void check_minutes_order(const SiteModel& model, Diagnostics& diags) {
    for (const auto& m : model.meetings) {
        if (!m.minutes) continue;
        const MinuteItem* latest = nullptr;  // the minutes' item furthest down the agenda so far
        const AgendaItem* latest_agenda = nullptr;
        for (const auto& mi : m.minutes->items) {
            const AgendaItem* a = m.agenda_item_for(mi);
            if (!a) continue;
            if (latest_agenda && a->number < latest_agenda->number) {
                diags.warning(
                    "minutes-order", mi.location,
                    "item " + std::to_string(mi.number) + " of the minutes, '" + mi.title +
                        "', is agenda item " + std::to_string(a->number) + " (" +
                        where_text(a->location) + "), but the minutes record it after item " +
                        std::to_string(latest->number) + ", '" + latest->title +
                        "', which is agenda item " + std::to_string(latest_agenda->number),
                    "the minutes are printed as written: put their items in agenda order, "
                    "or correct the agenda if the meeting took them in another order");
                continue;
            }
            latest = &mi;
            latest_agenda = a;
        }
    }
}

}  // namespace icbgen
