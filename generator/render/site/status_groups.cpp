#include "render/site/status_groups.h"

namespace icbgen {

const std::vector<StatusGroup>& status_groups() {
    static const std::vector<StatusGroup> groups = {
        {"on-track", "on track", ProgressStatus::on_track},
        {"needs-acceleration", "needing acceleration", ProgressStatus::needs_acceleration},
        {"off-track", "off track", ProgressStatus::deterioration},
        {"not-enough-data", "with too little data to judge", ProgressStatus::not_enough_data},
        {"insufficient-local-data", "with insufficient local data",
         ProgressStatus::insufficient_local_data},
    };
    return groups;
}

std::size_t status_group_of(ProgressStatus status) {
    switch (status) {
        case ProgressStatus::target_achieved:
        case ProgressStatus::on_track: return 0;
        case ProgressStatus::needs_acceleration: return 1;
        case ProgressStatus::limited_progress:
        case ProgressStatus::deterioration: return 2;
        case ProgressStatus::insufficient_local_data: return 4;
        default: return 3;
    }
}

}  // namespace icbgen
