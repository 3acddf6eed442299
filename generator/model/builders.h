#pragma once
// The per-kind builders that model_builder.cpp calls; private to the model stage.
#include "model/build_context.h"

namespace icbgen {

SiteInfo build_site_info(const BuildContext& c);
Strategy build_strategy(const BuildContext& c);
Priority build_priority(const BuildContext& c);
Metric build_metric(const BuildContext& c);
Charter build_charter_index(const BuildContext& c);
Commitment build_commitment(const BuildContext& c);
CaseStudy build_case_study(const BuildContext& c);
Engagement build_engagement(const BuildContext& c);
Meeting build_meeting(const BuildContext& c);
Paper build_paper(const BuildContext& c);
Minutes build_minutes(const BuildContext& c);
std::vector<Person> build_people(const BuildContext& c);
std::vector<GlossaryEntry> build_glossary(const BuildContext& c);
std::vector<PlannedMeeting> build_forward_plan(const BuildContext& c);

// Assigns item numbers, enclosure letters and times to an agenda, and numbers minutes.
void number_agenda(Meeting& meeting);
void number_minutes(Minutes& minutes);

}  // namespace icbgen
