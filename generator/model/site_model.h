#pragma once
// The typed, immutable model of a site, built once from the loaded content and handed to the
// validators and renderers. Every entity remembers where it was written (SourceLocation) so
// that diagnostics can point at it. See docs/CONTENT_MODEL.md for the meaning of each field.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/content_kinds.h"
#include "core/diagnostic.h"
#include "data/series.h"

namespace icbgen {

// A reference to another entity by id, with where the reference was written.
struct Ref {
    std::string id;
    SourceLocation location;
};

struct SourceRef {
    std::string document, section, url;
};

// Markdown text with the file line its first line sits on (for link diagnostics).
struct Markdown {
    std::string text;
    SourceLocation location;
};

struct AccessibilityStatus {
    std::string status = "partial";  // full | partial | none
    std::string tested;              // date
    std::vector<std::string> issues;
};

struct SiteInfo {
    std::string name, short_name, base_url, contact_email, publisher, licence, phase_banner;
    std::string language = "en-GB";
    AccessibilityStatus accessibility;
    // The organisation's own area: `area` as metric `geography` names it, and the other names
    // it goes by in CSV `area` columns. Without `area`, `name` and `short_name` stand for it.
    std::string area;
    std::vector<std::string> area_aliases;
    // `agenda_clear_days`: clear days an agenda must be published before its meeting
    // (check's agenda-late); none set, no check.
    std::optional<int> agenda_clear_days;
    SourceLocation location;
    // The organisation's logo (`logo:`, a file relative to the site folder), read by the loader;
    // empty when not given or not readable (the loader reported why).
    std::string logo_path, logo_bytes;
    SourceLocation logo_location;
    bool has_logo() const { return !logo_bytes.empty(); }
    // "image/svg+xml" or "image/png", from the file's extension.
    std::string logo_media_type() const;

    // True when `area_name` (a metric's geography or a CSV area) is the organisation's own.
    bool is_own_area(const std::string& area_name) const;
    // The own area's name for sentences: `area`, else `short_name`.
    const std::string& own_area_name() const { return area.empty() ? short_name : area; }
};

struct Strategy {
    std::string title, mission, vision, status, published;
    SourceRef source;
    Markdown body;
    SourceLocation location;
};

struct Ambition {
    std::string id, statement;
    std::optional<int> horizon;
    std::vector<Ref> metrics;  // the metrics that measure it: these drive coverage and progress
    std::vector<Ref> context;  // indicators shown as background figures, never counted
    std::string priority_id;   // the priority it belongs to
    SourceLocation location;
};

// An example a source names without describing it: listed on its priority, with no page.
struct NamedExample {
    std::string name, place;
    SourceLocation location;
};

struct Priority {
    std::string id, title, summary;
    int order = 0;
    SourceLocation order_location;
    std::vector<Ambition> ambitions;
    std::vector<std::string> hypotheses;
    std::vector<Ref> case_studies;
    std::vector<NamedExample> other_examples;
    SourceRef source;
    Markdown body;
    SourceLocation location;
};

struct Target {
    double value = 0;
    std::optional<int> by;  // year
    std::string origin;
    SourceLocation location;  // of `value`
};

struct Baseline {
    std::string period;
    double value = 0;
    int value_decimals = 0;   // decimal places as written, e.g. 1 for 52.1
    SourceLocation location;  // of `value`
};

struct Metric {
    std::string id, title, kind, unit, polarity, frequency, geography, status, headline_area;
    std::string source_name, source_url;
    std::optional<Baseline> baseline;
    std::optional<Target> target;
    Markdown body;
    SourceLocation location;
    SourceLocation headline_area_location;  // where `headline_area` is written
    std::optional<Series> series;           // absent when there is no CSV

    bool tracked() const { return series && series->has_values(); }
};

struct CharterAction {
    std::string ref, text, who, kind, due, status;
    std::vector<Ref> metrics;
    SourceLocation location;
};

struct Commitment {
    std::string id, title, commitment;
    int number = 0;
    std::vector<CharterAction> actions;
    SourceRef source;
    Markdown body;
    SourceLocation location;
};

struct Charter {
    bool present = false;
    std::string title, status;
    int review_after_months = 0;
    SourceRef source;
    Markdown body;
    std::vector<Commitment> commitments;  // by number
    SourceLocation location;
};

struct Outcome {
    std::string text, unit, change, kind, conflict;
    std::optional<double> value;
    std::optional<Ref> metric;
    // The period and CSV area the value is for, when it names a metric (both optional).
    std::string period, area;
    int value_decimals = 0;  // decimal places as written
    SourceLocation location;
    SourceLocation value_location, change_location, period_location;  // of those fields
    SourceLocation text_location;                                     // of the text's first line
};

struct CaseStudy {
    std::string id, title, place, population, since, depth, model, governance;
    std::vector<std::string> partners, learning;
    std::vector<Ref> priorities;
    std::vector<Ref> ambitions;
    std::vector<Outcome> outcomes;
    SourceRef source;
    Markdown body;
    SourceLocation location;
};

struct EngagementMethod {
    std::string name, phase, note;
    std::optional<int> participants;
};

struct Finding {
    std::string stance, text;  // stance: valued | limitation | idea | need
    std::vector<std::string> groups;
    SourceLocation location;  // of the text's first line
};

struct Theme {
    std::string id, title;
    std::vector<Finding> findings;
    SourceLocation location;  // its `id`
};

struct Quote {
    std::string text, attribution, theme;  // theme: the id of a theme of the same activity
    SourceLocation theme_location;
};

struct YouSaidWeDid {
    std::string you_said, we_did;
};

struct Engagement {
    std::string id, title, date, place, commissioned_by;
    std::vector<EngagementMethod> methods;
    std::vector<Theme> themes;
    std::vector<Quote> quotes;
    std::vector<YouSaidWeDid> you_said_we_did;
    std::vector<Ref> priorities;
    SourceRef source;
    Markdown body;
    SourceLocation location;

    int total_participants() const;
};

// The title a person was given at one meeting, as its papers print it.
struct RoleAt {
    Ref meeting;        // the meeting's id, where it was written
    std::string title;  // "Joint Chief Medical Officer, NHS South East London ICB"
};

// A declared interest on the register (data/people.yaml `interests`). Types are the categories
// of NHS England's "Managing conflicts of interest in the NHS"; format/interest_words.h writes
// them for people.
struct Interest {
    std::string id;    // optional: what minutes' declarations name
    std::string type;  // financial | non-financial-professional | non-financial-personal | indirect
    std::string description;
    std::string from, to;                  // YYYY-MM-DD; `to` empty while it continues
    std::vector<std::string> relevant_to;  // topics, metric or priority ids (docs/CONTENT_MODEL.md)
    SourceLocation location, from_location, to_location;

    // Whether the interest was held on `date` (YYYY-MM-DD): from <= date and, if ended, date <= to.
    bool current_at(const std::string& date) const;
};

struct Person {
    std::string initials, name, role, organisation;  // role and organisation: the latest
    std::vector<std::string> also_titled;
    std::vector<RoleAt> role_at;
    SourceLocation location;
    std::vector<Interest> interests;  // as the register lists them
    // `interests:` is written, even as `[]` (a nil return: no interests declared). Without it,
    // nothing is known of the person's interests and nothing is claimed.
    bool interests_recorded = false;
    // "Chair, NHS South East London ICB": the role and the organisation, the organisation left
    // out when the role already ends with it ("Clinical Director, Southwark PCN").
    std::string title() const;

    // "role, organisation" as at the meeting `meeting_id`: its `role_at` entry when there is
    // one, otherwise the latest role and organisation ("" when neither is known).
    std::string title_at(const std::string& meeting_id) const;
};

struct GlossaryEntry {
    std::string abbr, expansion, note;
    SourceLocation location;
};

struct Author {
    std::string name, role;
    std::string email;  // optional
};

// A committee or other body that considered the paper before this meeting.
struct PriorConsideration {
    std::string body, date, outcome;  // date (YYYY-MM-DD) and outcome optional
};

struct Paper {
    std::string id, title, recommendation, status, part;
    std::string conflicts_of_interest, equality_impact, financial_impact, public_engagement;
    std::vector<Author> authors;
    std::vector<Ref> executive_leads;
    std::vector<std::string> purpose;  // approval | decision | discussion | assurance | information
    Markdown summary;
    // Cover-sheet fields, each optional ("" or empty when not given).
    std::string reference;      // the paper's own reference, e.g. "ICB 2024/07/05"
    std::string contact_email;  // one contact for the paper
    Markdown key_risks;         // key risks and mitigations
    std::vector<PriorConsideration> previously_considered;
    std::string quality_impact, green_impact;
    std::vector<Ref> cites;
    std::vector<std::string> topics;  // what registers of interests match `relevant_to` against
    std::string due;  // `due`: the day the final paper is due (check's paper-overdue)
    SourceLocation due_location;
    Markdown body;
    std::string meeting_id;
    SourceLocation location;

    bool is_private() const { return part == "private"; }
};

struct AgendaItem {
    std::string title, part = "public";
    std::vector<std::string> sub;
    std::vector<Ref> leads;
    std::optional<int> start_minutes;     // as written
    std::optional<int> duration_minutes;  // as written
    std::optional<Ref> paper;
    std::optional<Ref> approve_minutes;
    // `continuation: true`: the item continues an earlier item's discussion of the same paper
    // (it takes that item's enclosure letter, and the paper is printed once).
    bool continuation = false;
    SourceLocation location;
    SourceLocation start_location, duration_location;  // the `start` and `duration` lines

    // Assigned by the model builder in agenda order.
    int number = 0;
    std::string enclosure;   // "A", "B", ... or "" when the item has no enclosure
    int continues = 0;       // a continuation: the number of the item it continues
    int computed_start = 0;  // minutes since midnight
    int computed_end = 0;
    bool is_private() const { return part == "private"; }
};

struct MinuteParagraph {
    std::string kind = "text";  // text | decision | action | question
    std::string text;
    // actions
    std::optional<Ref> owner;
    std::string due, status, closed_by;
    SourceLocation due_location, closed_by_location;
    // decisions: `concerns`, ambitions named besides those the paper's citations measure
    std::vector<Ref> concerns;
    // public questions
    std::string question, answer;
    std::optional<Ref> responder;
    SourceLocation location;
    // As printed. Minutes that write `number:` keep the numbers of the circulated draft,
    // duplicates and gaps included, and a paragraph without one stays unnumbered (""); minutes
    // that write none are numbered item.sequence ("3.01") by the model builder.
    std::string number;
    std::string answer_number;  // a question's answer, when the draft numbers it apart
    SourceLocation number_location, answer_number_location;
    std::string key;  // "3.01" by position, unique within the minutes: for anchors and links
};

// An interest declared for an item of the minutes.
struct Declaration {
    Ref person;
    std::optional<Ref> interest;  // the id of one of the person's registered interests
    std::string description;      // the interest in words, when it is not on the register
    std::string action;           // withdrew | took-part | took-no-part-in-decision
    SourceLocation location;
};

struct MinuteItem {
    std::string title;
    int number = 0;
    std::vector<MinuteParagraph> paragraphs;
    SourceLocation location;
    std::vector<Declaration> declarations;
    bool none_declared = false;  // `declarations: []`: the minutes record that none were
    SourceLocation declarations_location;
};

struct Attendee {
    Ref person;
    bool chair = false;
};

struct Minutes {
    std::string status;  // draft | approved
    std::vector<Attendee> present;
    std::vector<Ref> in_attendance;
    std::vector<std::string> apologies;
    std::vector<MinuteItem> items;
    Markdown body;
    SourceLocation location;
    bool source_numbered = false;  // some paragraph gives its own `number:`
};

struct Meeting {
    std::string id, body, date, venue;
    int start_minutes = 0, end_minutes = 0;
    bool timed = false;  // start and end times were given
    SourceLocation start_location, end_location;
    std::vector<Ref> chairs, presenters;
    std::vector<AgendaItem> agenda;
    std::vector<Paper> papers;  // in agenda order, then unlisted papers by id
    std::optional<Minutes> minutes;
    std::string published;  // `published`: the day the agenda was published ("" not recorded)
    SourceLocation published_location;
    SourceLocation location;

    const Paper* find_paper(const std::string& id) const;
    // The agenda item an item of this meeting's minutes records: the one of the same title
    // (ignoring case, spacing and punctuation), or nullptr.
    const AgendaItem* agenda_item_for(const MinuteItem& item) const;
    // The members present: the minutes' `present` when there are minutes, otherwise the chairs,
    // presenters and item leads, in that order, each once. `from_minutes` says which.
    std::vector<std::string> members_present(bool* from_minutes = nullptr) const;
};

// The forward plan (content/forward-plan.yaml): meetings planned but not yet set up, with the
// business expected at each. A planned meeting makes no page of its own and no pack.
struct PlannedItem {
    std::string title, purpose, paper_due;
    std::optional<Ref> lead;
    SourceLocation location, paper_due_location;
};

struct PlannedMeeting {
    std::string date, body;
    std::vector<PlannedItem> items;
    SourceLocation location;
};

// Which entity of which kind: the typed key of the table of kinds. Papers are named within
// their meeting (two meetings may each have a paper "finance"); other kinds have no meeting.
struct EntityKey {
    DocumentKind kind;
    std::string meeting_id;
    std::string id;
    auto operator<=>(const EntityKey&) const = default;
};

struct SiteModel {
    SiteInfo site;
    Strategy strategy;
    std::vector<Priority> priorities;  // by order
    std::vector<Metric> metrics;       // by id
    Charter charter;
    std::vector<CaseStudy> case_studies;       // by id
    std::vector<Engagement> engagements;       // by date, newest first
    std::vector<Meeting> meetings;             // by date, oldest first
    std::vector<PlannedMeeting> forward_plan;  // by date, then body
    std::vector<Person> people;
    std::vector<GlossaryEntry> glossary;
    // Series files that belong to no metric definition (reported by the validator).
    std::vector<std::string> orphan_series;
    // Entities whose file could not be read: checks do not report references to them, since
    // the file's own error already explains. A meeting's minutes stand for the meeting.
    std::set<EntityKey> unreadable;
    std::vector<std::string> unreadable_paths;  // content/... paths of those files

    // Whether the file that would define this entity could not be read. Papers are named
    // within their meeting: `meeting_id` says which.
    bool is_unreadable(DocumentKind kind, const std::string& id,
                       const std::string& meeting_id = "") const {
        return unreadable.count(EntityKey{kind, meeting_id, id}) > 0;
    }
    // Some priority file could not be read, so which metrics are used is not fully known.
    bool priorities_incomplete() const;

    const Metric* find_metric(const std::string& id) const;
    const Priority* find_priority(const std::string& id) const;
    const CaseStudy* find_case_study(const std::string& id) const;
    const Engagement* find_engagement(const std::string& id) const;
    const Meeting* find_meeting(const std::string& id) const;
    const Person* find_person(const std::string& initials) const;
    // Every ambition in priority order.
    std::vector<const Ambition*> ambitions() const;
    // Whether the site keeps a register of interests: some person has `interests:` (the
    // register page, the packs' appendix and the workbooks' sheet appear only then).
    bool keeps_register() const;
    // What a paper concerns, for registers of interests' `relevant_to`: its `topics`, the
    // metrics it cites, and the priorities whose ambitions those metrics measure.
    std::set<std::string> topics_of(const Paper& paper) const;
    // Ambitions whose metrics (measures) include `metric_id`.
    std::vector<const Ambition*> ambitions_using(const std::string& metric_id) const;
    // Ambitions that list `metric_id` under `context:` (background figures).
    std::vector<const Ambition*> ambitions_with_context(const std::string& metric_id) const;
};

}  // namespace icbgen
