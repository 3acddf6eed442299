#pragma once
// The read-only views the pack templates see: plain JSON built from the model for one pack.
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "markdown/markdown.h"
#include "model/site_model.h"

namespace icbgen {

// What one pack holds and how its Markdown is rendered.
struct PackScope {
    const SiteModel& model;
    const Meeting& meeting;
    bool is_private = false;               // the private pack holds part II items too
    std::vector<const AgendaItem*> items;  // agenda items printed in this pack
    std::vector<const Meeting*> approved;  // meetings whose minutes this pack approves
    LinkRewriter links;
    std::set<std::string>* used_ids = nullptr;  // element ids taken on the page

    // Safe HTML for Markdown in the pack, headings moved down to `level`.
    std::string html(const Markdown& md, int level) const;
    std::string html(const std::string& text, int level) const;
    bool prints_minutes_of(const Meeting* m) const;
};

// The agenda items a pack prints: all of them in the private pack, otherwise the public ones
// (site_map/privacy.h: neither the item nor its paper private).
std::vector<const AgendaItem*> pack_items(const Meeting& meeting, bool is_private);

// Anchors within a pack.
std::string item_anchor(const AgendaItem& item);  // "item-2"
std::string minute_anchor(const std::string& meeting_id, const std::string& number);

nlohmann::json agenda_view(const PackScope& scope);
nlohmann::json cover_sheet_view(const PackScope& scope, const AgendaItem& item, const Paper& paper);
nlohmann::json minutes_view(const PackScope& scope, const AgendaItem& item, const Meeting& of);
nlohmann::json action_log_view(const PackScope& scope);
// The appendix of members' interests (interests_view.cpp), when the site keeps a register.
nlohmann::json interests_view(const PackScope& scope);

}  // namespace icbgen
