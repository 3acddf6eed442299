// Priorities are numbered by `order`; two with the same number would be printed in an order
// that depends on their ids rather than on the strategy.
#include <algorithm>
#include <map>

#include "validate/checks.h"

namespace icbgen {

void check_priority_order(const SiteModel& model, Diagnostics& diags) {
    std::map<int, const Priority*> seen;
    int highest = 0;
    for (const auto& p : model.priorities) highest = std::max(highest, p.order);
    for (const auto& p : model.priorities) {  // by order, then id
        auto [first, fresh] = seen.emplace(p.order, &p);
        if (fresh) continue;
        diags.error(
            "priority-order-duplicate", p.order_location,
            "priority '" + p.id + "' has order " + std::to_string(p.order) + ", as priority '" +
                first->second->id + "' does (" + first->second->order_location.path + ":" +
                std::to_string(first->second->order_location.line) + ")",
            "give each priority its own position, e.g. 'order: " + std::to_string(highest + 1) +
                "'");
    }
}

}  // namespace icbgen
