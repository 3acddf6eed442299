#include "render/pack/pack_html.h"

#include "core/base64.h"
#include "format/clock_time.h"
#include "format/date_format.h"
#include "render/pack/pack_format.h"
#include "render/pack/pack_links.h"
#include "render/pack/pack_view.h"

namespace icbgen {

using nlohmann::json;

namespace {

// Ids the templates give elements; Markdown headings must not take them.
std::set<std::string> reserved_ids(const PackScope& s) {
    std::set<std::string> ids = {"main", "cover", "contents", "agenda", "action-log", "interests"};
    for (const AgendaItem* item : s.items) ids.insert(item_anchor(*item));
    for (const auto& p : s.meeting.papers) ids.insert("paper-" + p.id);
    for (const Meeting* m : s.approved) {
        ids.insert("minutes-" + m->id);
        for (const auto& mi : m->minutes->items)
            for (const auto& p : mi.paragraphs) ids.insert(minute_anchor(m->id, p.key));
    }
    return ids;
}

}  // namespace

std::optional<std::string> render_pack_html(const SiteModel& model, const Meeting& meeting,
                                            bool is_private, const RenderContext& context,
                                            Diagnostics& diags) {
    std::set<std::string> used_ids;
    PackScope s{model, meeting, is_private, pack_items(meeting, is_private), {}, {}, &used_ids};
    PackLinkTargets targets{context.base_url, &context.site_map, {}};
    for (const AgendaItem* item : s.items) {
        if (item->paper)
            targets.in_pack.insert(link_name_of(DocumentKind::paper, meeting.id, item->paper->id));
        if (!item->approve_minutes) continue;
        const Meeting* of = model.find_meeting(item->approve_minutes->id);
        if (of && of->minutes) {
            s.approved.push_back(of);
            targets.in_pack.insert(link_name_of(DocumentKind::minutes, of->id, ""));
        }
    }
    s.links = pack_link_rewriter(targets);
    used_ids = reserved_ids(s);

    const TemplateSet& t = context.templates;
    std::string sections;
    json contents = json::array();
    bool ok = true;
    auto add = [&](const std::string& name, const json& view, const std::string& href,
                   const std::string& label, bool draft) {
        auto html = t.render("pack/" + name + ".mustache", view, diags);
        if (!html) {
            ok = false;
            return;
        }
        sections += *html;
        contents.push_back({{"href", "#" + href}, {"label", label}, {"draft", draft}});
    };
    add("agenda", agenda_view(s), "agenda", "Agenda", false);
    for (const AgendaItem* item : s.items)
        if (item->approve_minutes)
            for (const Meeting* of : s.approved)
                if (of->id == item->approve_minutes->id) {
                    json v = minutes_view(s, *item, *of);
                    add("minutes", v, item_anchor(*item), v["bookmark"], v["draft"]);
                }
    add("action_log", action_log_view(s), "action-log", "Action log", false);
    for (const AgendaItem* item : s.items)
        if (item->paper && !item->continues)  // a continuation's paper is printed once
            if (const Paper* p = meeting.find_paper(item->paper->id)) {
                json v = cover_sheet_view(s, *item, *p);
                add("cover_sheet", v, item_anchor(*item), v["bookmark"], v["draft"]);
            }
    if (model.keeps_register()) {
        json v = interests_view(s);
        add("interests", v, "interests", v["title"], false);
    }
    if (!ok) return std::nullopt;

    std::string kind = is_private ? "Private meeting pack" : "Meeting pack";
    std::string title = meeting.body + ", " + date_words(meeting.date) + ": " + kind;
    auto css = t.render("pack/styles.css.mustache", json::object(), diags);
    if (!css) return std::nullopt;
    std::string time = meeting.timed ? clock_range(meeting.start_minutes, meeting.end_minutes) : "";
    json chairs = json::array();
    for (const auto& c : meeting.chairs) chairs.push_back(person_line(model, c.id, meeting.id));
    json view = {
        {"lang", model.site.language.empty() ? "en-GB" : model.site.language},
        {"title", title},
        {"kind", kind},
        {"body", meeting.body},
        {"organisation", model.site.name},
        // The logo travels inside the pack as a data: URL, so the HTML stands alone and the
        // PDF embeds it under the driver's fetch policy (data: and the staging folder only).
        {"logo", model.site.has_logo()
                     ? data_url(model.site.logo_media_type(), model.site.logo_bytes)
                     : ""},
        {"publisher", model.site.publisher.empty() ? model.site.name : model.site.publisher},
        {"licence", model.site.licence},
        {"date", date_words(meeting.date)},
        {"day_date", day_date_words(meeting.date)},
        {"created", meeting.date},
        {"time", time},
        {"has_time", !time.empty()},
        {"venue", meeting.venue},
        {"chairs", chairs},
        {"chair_label", chairs.size() == 1 ? "Chair" : "Co-chairs"},
        {"private", is_private},
        {"audience",
         is_private ? "Private pack: confidential, not for publication" : "Public pack"},
        {"description", is_private ? "Agenda, minutes, action log, cover sheets and papers for "
                                     "the items in public and in private (part II)."
                                   : "Agenda, minutes, action log, cover sheets and papers for "
                                     "the items in public."},
        {"contents", contents},
        {"sections", sections},
        {"css", *css}};
    return t.render("pack/pack.mustache", view, diags);
}

}  // namespace icbgen
