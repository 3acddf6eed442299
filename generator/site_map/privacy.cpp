#include "site_map/privacy.h"

#include "core/text.h"

namespace icbgen {

const AgendaItem* minutes_agenda_item(const Meeting& meeting, const MinuteItem& item) {
    return meeting.agenda_item_for(item);
}

bool paper_is_private(const Meeting& meeting, const Paper& paper) {
    if (paper.is_private()) return true;
    for (const auto& item : meeting.agenda)
        if (item.paper && item.paper->id == paper.id && item.is_private()) return true;
    return false;
}

bool item_is_private(const Meeting& meeting, const AgendaItem& item) {
    if (item.is_private()) return true;
    const Paper* paper = item.paper ? meeting.find_paper(item.paper->id) : nullptr;
    return paper && paper_is_private(meeting, *paper);
}

bool minute_item_is_private(const Meeting& meeting, const MinuteItem& item) {
    const AgendaItem* recorded = meeting.agenda_item_for(item);
    return recorded && item_is_private(meeting, *recorded);
}

std::vector<const Paper*> public_papers(const Meeting& meeting) {
    std::vector<const Paper*> out;
    for (const auto& p : meeting.papers)
        if (!paper_is_private(meeting, p)) out.push_back(&p);
    return out;
}

std::vector<const AgendaItem*> public_items(const Meeting& meeting) {
    std::vector<const AgendaItem*> out;
    for (const auto& item : meeting.agenda)
        if (!item_is_private(meeting, item)) out.push_back(&item);
    return out;
}

}  // namespace icbgen
