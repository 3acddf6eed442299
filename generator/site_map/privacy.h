#pragma once
// The privacy rule, in one place: which papers and agenda items are part II (private) and so
// never reach a public output. The website, the public pack (HTML and PDF), the meeting
// workbooks, the `private-link` check and any future search index ask these functions; none
// works the answer out for itself.
//
// A paper is private when it is marked `part: private` itself, or when any agenda item that
// presents it is private. An agenda item is withheld from public outputs when it is marked
// private, or when the paper it presents is private: either side being private keeps both out.
#include <vector>

#include "model/site_model.h"

namespace icbgen {

bool paper_is_private(const Meeting& meeting, const Paper& paper);

// Whether `item` is withheld from every public output (its title, leads, times and paper).
bool item_is_private(const Meeting& meeting, const AgendaItem& item);

// The agenda item of `meeting` that an item of its own minutes records: the one of the same
// title (ignoring case, spacing and punctuation), or nullptr (Meeting::agenda_item_for).
const AgendaItem* minutes_agenda_item(const Meeting& meeting, const MinuteItem& item);

// Whether what the minutes record under `item` (its decisions and actions, as registers show
// them) is withheld from public outputs: it records a private agenda item.
bool minute_item_is_private(const Meeting& meeting, const MinuteItem& item);

// The papers and agenda items a public output may show, in model order.
std::vector<const Paper*> public_papers(const Meeting& meeting);
std::vector<const AgendaItem*> public_items(const Meeting& meeting);

}  // namespace icbgen
