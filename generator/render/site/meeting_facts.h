#pragma once
// Pieces of the meeting and paper pages: the meeting's title and its minutes as a view.
#include <nlohmann/json.hpp>
#include <string>

#include "model/site_model.h"
#include "render/site/page_layout.h"
#include "render/site/site_data.h"

namespace icbgen {

// "Integrated Care Partnership, 24 July 2023"
std::string meeting_title(const Meeting& meeting);

// {draft, status, present[], in_attendance[], apologies[], body, items[{heading, paragraphs[]}]}
// The minutes of `meeting` (which has them), people titled as at that meeting.
nlohmann::json minutes_view(const SiteData& data, const PageMeta& meta, const Meeting& meeting);

}  // namespace icbgen
