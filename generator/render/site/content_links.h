#pragma once
// Where an internal Markdown link (`@/metrics/x.md`) lands on the website.
#include <optional>
#include <string>

#include "model/site_model.h"

namespace icbgen {

// The output path (with any #fragment) of the page showing content file `content_path`
// ("metrics/x.md", "charter/y.md#z"); nullopt when no public page shows it, as for a private
// paper. Charter commitments and minutes are sections of the charter and meeting pages.
std::optional<std::string> content_link_target(const SiteModel& model,
                                               const std::string& content_path);

// The public papers of a meeting: not private themselves and not under a private agenda item.
std::vector<const Paper*> public_papers(const Meeting& meeting);

// Id of an ambition's section on its priority page, and of a commitment's on the charter page.
std::string ambition_anchor(const std::string& ambition_id);
std::string commitment_anchor(const std::string& commitment_id);

}  // namespace icbgen
