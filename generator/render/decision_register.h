#pragma once
// The decisions register: every decision minuted (`kind: decision` paragraphs) at every
// meeting, with the paper it was on and the ambitions it concerns. The website's decisions
// pages and the strategy workbook's Decisions sheet both list it from here.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace icbgen {

struct DecisionEntry {
    const Meeting* meeting = nullptr;
    const MinuteItem* item = nullptr;           // the item of the minutes that records it
    const MinuteParagraph* decision = nullptr;  // kind: decision
    // The paper of the agenda item the minutes item records (site_map/privacy.h matches them
    // by title), or nullptr when the item has none.
    const Paper* paper = nullptr;
    // The ambitions it concerns, in priority order, each once: those measured by the metrics
    // the paper cites, then those the decision names under `concerns`.
    std::vector<const Ambition*> ambitions;
    bool is_private = false;  // recorded under a private (part II) agenda item
};

// Newest meeting first, then in minute order. Decisions under a private agenda item are left
// out unless `include_private`.
std::vector<DecisionEntry> decision_register(const SiteModel& model, bool include_private);

// The year of the meeting, "2023", for the register's filter pages.
std::string decision_year(const DecisionEntry& entry);

}  // namespace icbgen
