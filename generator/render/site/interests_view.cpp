// The register of interests (governance/interests/): every person with a registered interest,
// with its type, description and dates, and the people who sit on a board (a meeting's chair,
// or a member present in its minutes) with none. Published only when the site keeps a register
// (SiteModel::keeps_register); an interest is public, a declaration on a private item is not,
// and this page shows no declarations.
#include <cctype>
#include <set>

#include "format/date_format.h"
#include "format/interest_words.h"
#include "render/site/page_layout.h"
#include "render/site/site_pages.h"
#include "render/site/site_paths.h"

namespace icbgen {

namespace {

std::set<std::string> board_members(const SiteModel& model) {
    std::set<std::string> out;
    for (const auto& m : model.meetings) {
        for (const auto& c : m.chairs) out.insert(c.id);
        if (m.minutes)
            for (const auto& a : m.minutes->present) out.insert(a.person.id);
    }
    return out;
}

std::string anchor(const std::string& initials) {
    std::string out = "person-";
    for (char c : initials) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

nlohmann::json interests_view(const SiteData& data) {
    PageMeta meta{site_paths::interests(),
                  "Register of interests",
                  "",
                  {{"Home", site_paths::home()}},
                  "The interests declared by the members of our boards and the people who "
                  "present to them."};
    meta.page_type = "Register";
    nlohmann::json v = page_view(data, meta);
    std::set<std::string> members = board_members(data.model);
    nlohmann::json people = nlohmann::json::array();
    for (const auto& p : data.model.people) {
        if (p.interests.empty() && !members.count(p.initials)) continue;
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& i : p.interests)
            rows.push_back({{"type", interest_type_label(i.type)},
                            {"description", i.description},
                            {"from", "from " + date_words(i.from)},
                            {"to", i.to.empty() ? "ongoing" : "to " + date_words(i.to)},
                            {"machine_from", i.from}});
        people.push_back({{"name", p.name.empty() ? p.initials : p.name},
                          {"anchor", anchor(p.initials)},
                          {"role", p.title()},
                          {"rows", rows},
                          {"has_rows", !rows.empty()},
                          {"none", p.interests_recorded ? "No interests declared."
                                                        : "No declaration recorded."}});
    }
    v["people"] = std::move(people);
    return v;
}

}  // namespace

void add_interests_page(const SiteData& data, std::vector<PageJob>& jobs) {
    if (!data.model.keeps_register()) return;
    jobs.push_back(
        {site_paths::interests(), "interests.mustache", [&data] { return interests_view(data); }});
}

}  // namespace icbgen
