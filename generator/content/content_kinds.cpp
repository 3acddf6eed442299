#include "content/content_kinds.h"

namespace icbgen {

const std::vector<ContentKind>& content_kinds() {
    using K = DocumentKind;
    // kind, name, label, source, page, anchor, may be private
    static const std::vector<ContentKind> kinds = {
        {K::site, "site", "site", "content/site.yaml", "", "", false},
        {K::strategy, "strategy", "strategy", "content/strategy/_index.md", "strategy/index.html",
         "", false},
        {K::priority, "priority", "priority", "content/strategy/priorities/{id}.md",
         "priorities/{id}/index.html", "", false},
        {K::metric, "metric", "metric", "content/metrics/{id}.md", "metrics/{id}/index.html", "",
         false},
        {K::charter, "charter", "charter", "content/charter/_index.md", "charter/index.html", "",
         false},
        {K::commitment, "commitment", "commitment", "content/charter/{id}.md", "charter/index.html",
         "commitment-{id}", false},
        {K::case_study, "case-study", "case study", "content/case-studies/{id}.md",
         "case-studies/{id}/index.html", "", false},
        {K::engagement, "engagement", "engagement", "content/engagement/{id}.md",
         "engagement/{id}/index.html", "", false},
        {K::meeting, "meeting", "meeting", "content/meetings/{meeting}/meeting.yaml",
         "meetings/{meeting}/index.html", "", false},
        {K::paper, "paper", "paper", "content/meetings/{meeting}/papers/{id}.md",
         "meetings/{meeting}/papers/{id}/index.html", "", true},
        {K::minutes, "minutes", "minutes", "content/meetings/{meeting}/minutes.md",
         "meetings/{meeting}/index.html", "minutes", false},
        {K::people, "people", "person", "data/people.yaml", "", "", false},
        {K::glossary, "glossary", "glossary", "data/glossary.yaml", "", "", false},
        {K::forward_plan, "forward-plan", "forward plan", "content/forward-plan.yaml",
         "meetings/forward-plan/index.html", "", false},
    };
    return kinds;
}

const ContentKind& content_kind(DocumentKind kind) {
    for (const auto& k : content_kinds())
        if (k.kind == kind) return k;
    return content_kinds().front();  // unreachable: every kind has a row
}

const char* kind_name(DocumentKind kind) { return content_kind(kind).name; }

std::string expand_pattern(const std::string& pattern, const std::string& meeting_id,
                           const std::string& id) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern.compare(i, 9, "{meeting}") == 0) {
            out += meeting_id;
            i += 9;
        } else if (pattern.compare(i, 4, "{id}") == 0) {
            out += id;
            i += 4;
        } else {
            out += pattern[i++];
        }
    }
    return out;
}

}  // namespace icbgen
