#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace icbgen {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

void Diagnostics::error(std::string code, SourceLocation loc, std::string message,
                        std::string hint) {
    add({Severity::error, std::move(code), std::move(loc), std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string code, SourceLocation loc, std::string message,
                          std::string hint) {
    add({Severity::warning, std::move(code), std::move(loc), std::move(message), std::move(hint)});
}

void Diagnostics::note(std::string code, SourceLocation loc, std::string message,
                       std::string hint) {
    add({Severity::note, std::move(code), std::move(loc), std::move(message), std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::count(Severity s) const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void Diagnostics::sort_and_dedupe() {
    auto key = [](const Diagnostic& d) {
        return std::tie(d.location.path, d.location.line, d.location.column, d.code, d.message);
    };
    std::stable_sort(items_.begin(), items_.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    items_.erase(std::unique(items_.begin(), items_.end(),
                             [&](const Diagnostic& a, const Diagnostic& b) {
                                 return key(a) == key(b) && a.severity == b.severity;
                             }),
                 items_.end());
}

void Diagnostics::promote_warnings() {
    for (auto& d : items_)
        if (d.severity == Severity::warning) d.severity = Severity::error;
}

}  // namespace icbgen
