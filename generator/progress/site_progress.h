#pragma once
// Every progress status of a site, worked out once: each metric's and each ambition's. The
// home page, priority pages, progress page and the strategy workbook all read this one
// object, so they cannot disagree about an ambition's status.
#include <map>
#include <string>

#include "model/site_model.h"
#include "progress/progress.h"

namespace icbgen {

class SiteProgress {
public:
    explicit SiteProgress(const SiteModel& model);

    // An unknown id reads as "not enough data".
    const ProgressResult& metric(const std::string& metric_id) const;
    const AmbitionProgress& ambition(const std::string& ambition_id) const;

private:
    std::map<std::string, ProgressResult> metrics_;
    std::map<std::string, AmbitionProgress> ambitions_;
};

}  // namespace icbgen
