#pragma once
// A small in-memory site for the pack's unit tests: two meetings of one board, the later one
// approving the earlier one's minutes, with a public paper and a private (part II) paper.
#include <catch2/catch.hpp>
#include <string>

#include "content/content_loader.h"
#include "core/file_system.h"
#include "model/model_builder.h"

namespace icbgen::pack_test {

inline MemoryFileSystem example_site() {
    MemoryFileSystem fs;
    fs.add("content/site.yaml",
           "name: NHS Example ICB\nshort_name: Example ICB\nbase_url: https://example.nhs.uk/\n"
           "contact_email: a@example.nhs.uk\npublisher: NHS Example ICB\nlicence: OGL\n");
    fs.add("data/people.yaml",
           "- {initials: AC, name: Alex Chair, role: Chair, organisation: Example ICB}\n"
           "- {initials: BD, name: Bea Dee, role: Director of Strategy}\n"
           "- {initials: CE, name: Cal Eng, role: Chief Finance Officer}\n");
    fs.add("content/meetings/2023-10-04-board/meeting.yaml",
           "body: Example Board\ndate: \"2023-10-04\"\nstart: \"10:00\"\nend: \"11:00\"\n"
           "venue: Town Hall\nchairs: [AC]\nagenda:\n  - {title: Welcome, leads: [AC]}\n");
    fs.add("content/meetings/2023-10-04-board/minutes.md", R"(---
status: draft
present:
  - {person: AC, chair: true}
  - {person: BD}
in_attendance: [CE]
apologies: [Someone Else]
items:
  - title: Welcome
    paragraphs:
      - text: The chair welcomed members.
      - {kind: decision, text: The board agreed the plan.}
  - title: Strategy
    paragraphs:
      - text: The director presented.
      - {kind: action, text: Bring the strategy back., owner: BD, status: open}
      - {kind: action, text: Publish the plan., owner: CE, due: "2023-12-01", status: done, closed_by: 2024-01-10-board}
      - {kind: question, question: "Will there be more clinics?", responder: AC, answer: "Yes, in spring."}
---
)");
    fs.add("content/meetings/2024-01-10-board/meeting.yaml", R"(body: Example Board
date: "2024-01-10"
start: "10:00"
end: "12:00"
venue: Town Hall
chairs: [AC]
presenters: [BD]
agenda:
  - title: Welcome and minutes
    sub: [Minutes of 4 October 2023]
    leads: [AC]
    start: "10:00"
    approve_minutes: 2023-10-04-board
  - title: Our strategy
    leads: [BD, CE]
    start: "10:15"
    paper: strategy-update
  - title: Estates disposal
    leads: [CE]
    start: "11:00"
    paper: estates-disposal
    part: private
  - {title: Questions from the public, leads: [AC], duration: 15}
)");
    fs.add("content/meetings/2024-01-10-board/papers/strategy-update.md", R"(---
title: Strategy update
authors: [{name: Bea Dee, role: Director of Strategy}]
executive_leads: [BD]
purpose: [discussion, decision]
summary: Progress on the strategy.
recommendation: The board is asked to note the update.
financial_impact: Within budget.
status: draft
part: public
---
## Progress

| Measure | Value |
| --- | --- |
| Clinics | 12 |
)");
    fs.add("content/meetings/2024-01-10-board/papers/estates-disposal.md", R"(---
title: Sale of the Riverside Clinic site
authors: [{name: Cal Eng}]
executive_leads: [CE, BD]
purpose: [decision]
summary: A confidential offer for the Riverside site.
recommendation: Accept the offer of 4.2 million pounds.
status: final
part: private
---
The buyer is Quayside Holdings.
)");
    return fs;
}

inline SiteModel build(const FileSystem& fs) {
    Diagnostics diags;
    SiteModel model = build_model(load_site(fs, diags), diags);
    for (const auto& d : diags.items())
        if (d.severity == Severity::error)
            FAIL(d.location.path << ": " << d.code << ": " << d.message);
    return model;
}

}  // namespace icbgen::pack_test
