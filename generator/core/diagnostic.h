#pragma once
// One diagnostic type for every stage: where, how bad, which rule, what, and what to do.
#include <string>
#include <vector>

namespace icbgen {

// A position in a source file; line and column are 1-based, 0 means "not known".
struct SourceLocation {
    std::string path;
    int line = 0;
    int column = 0;
};

enum class Severity { note, warning, error };

const char* severity_name(Severity s);

struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;  // stable rule code, e.g. "ambition-no-metric"
    SourceLocation location;
    std::string message;
    std::string hint;  // what to do about it; may be empty
};

// An ordered collection that stages fill and hand back; never printed by the stages themselves.
class Diagnostics {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(std::string code, SourceLocation loc, std::string message, std::string hint = {});
    void warning(std::string code, SourceLocation loc, std::string message, std::string hint = {});
    void note(std::string code, SourceLocation loc, std::string message, std::string hint = {});
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return items_; }
    std::size_t count(Severity s) const;
    bool has_errors() const { return count(Severity::error) > 0; }
    bool empty() const { return items_.empty(); }

    // Sorts by path, line, column, code and drops exact duplicates: output is deterministic.
    void sort_and_dedupe();
    // Turns every warning into an error (--strict).
    void promote_warnings();

private:
    std::vector<Diagnostic> items_;
};

}  // namespace icbgen
