// References inside an engagement activity: its themes have distinct ids, and every quote's
// `theme` names one of them (a quote filed under an unknown theme would be shown nowhere).
#include <map>
#include <vector>

#include "core/text.h"
#include "validate/checks.h"

namespace icbgen {

void check_engagements(const SiteModel& model, Diagnostics& diags) {
    for (const auto& e : model.engagements) {
        std::map<std::string, SourceLocation> themes;
        std::vector<std::string> ids;
        for (const auto& t : e.themes) {
            if (t.id.empty()) continue;
            auto [first, fresh] = themes.emplace(t.id, t.location);
            if (fresh) {
                ids.push_back(t.id);
                continue;
            }
            diags.error("duplicate-id", t.location,
                        "the theme id '" + t.id + "' is already used at " + first->second.path +
                            ":" + std::to_string(first->second.line),
                        "ids must be unique within an engagement activity: rename one of them");
        }
        for (const auto& q : e.quotes) {
            if (q.theme.empty() || themes.count(q.theme)) continue;
            std::string hint = did_you_mean(q.theme, ids);
            if (hint.empty())
                hint = ids.empty() ? "this activity has no 'themes:': add the theme, or remove "
                                     "the quote's 'theme'"
                                   : "name one of this activity's themes: " + [&] {
                                         std::string list;
                                         for (const auto& id : ids)
                                             list += (list.empty() ? "" : ", ") + id;
                                         return list;
                                     }();
            diags.error("unknown-theme", q.theme_location,
                        "the quote's theme '" + q.theme + "' is not a theme of '" + e.id +
                            "', so the quote would be shown nowhere",
                        hint);
        }
    }
}

}  // namespace icbgen
