#include "cli/new_command.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>

#include "cli/app.h"
#include "cli/meeting_stub.h"
#include "cli/stub_writer.h"
#include "cli/today.h"
#include "content/content_kinds.h"
#include "content/yaml_document.h"
#include "core/resources.h"
#include "core/text.h"
#include "data/iso_date.h"

namespace fs = std::filesystem;

namespace icbgen {

const std::vector<std::string>& new_kinds() {
    static const std::vector<std::string> kinds = {"metric",     "priority", "case-study",
                                                   "engagement", "meeting",  "paper"};
    return kinds;
}

namespace {

int usage(const std::string& message, const std::string& hint = {}) {
    std::cerr << "icbgen: error: " << message << "\n";
    if (!hint.empty()) std::cerr << "  = hint: " << hint << "\n";
    return kExitUsage;
}

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The ids of the files matching `folder`/*`extension`, sorted.
std::vector<std::string> ids_in(const fs::path& folder, const std::string& extension) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec))
        if (e.path().extension() == extension && e.path().filename().string()[0] != '_' &&
            e.path().filename().string()[0] != '.')
            ids.push_back(e.path().stem().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<nlohmann::json> read_yaml(const fs::path& path, const std::string& shown) {
    auto text = read_text(path);
    if (!text) return std::nullopt;
    Diagnostics diags;
    auto doc = YamlDocument::parse(shown, *text, 1, diags);
    if (!doc) return std::nullopt;
    return doc->to_json(diags);
}

// The initials of the first person in data/people.yaml, or "".
std::string first_person(const fs::path& root) {
    auto people = read_yaml(root / "data/people.yaml", "data/people.yaml");
    if (people && people->is_array())
        for (const auto& p : *people)
            if (p.is_object() && p.contains("initials") && p["initials"].is_string())
                return p["initials"].get<std::string>();
    return "";
}

const std::regex kMeetingId(R"((\d{4}-\d{2}-\d{2})-([a-z0-9]+(-[a-z0-9]+)*))");

fs::path source_path(const fs::path& root, DocumentKind kind, const std::string& meeting,
                     const std::string& id) {
    return root / expand_pattern(content_kind(kind).source, meeting, id);
}

// Adds an agenda item for the new paper at the end of meeting.yaml's agenda, when the agenda
// is the file's last field written as a block list (as the stubs and the shipped meetings
// write it). Returns false when it cannot be sure where the item goes.
bool append_agenda_item(std::string& text, const std::string& paper_id) {
    std::istringstream in(text);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    std::size_t agenda = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].rfind("agenda:", 0) == 0) agenda = i;
    if (agenda == lines.size()) return false;
    std::string rest = lines[agenda].substr(7);
    if (rest.find_first_not_of(" \t") != std::string::npos) return false;  // flow style
    std::string indent;
    bool found_item = false;
    for (std::size_t i = agenda + 1; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (l.empty() || l[0] == '#') continue;
        if (l[0] != ' ' && l[0] != '-') return false;  // another field after the agenda
        if (!found_item) {
            std::size_t dash = l.find_first_not_of(' ');
            if (dash == std::string::npos || l[dash] != '-') return false;
            indent = l.substr(0, dash);
            found_item = true;
        }
    }
    if (!found_item) return false;
    if (!text.empty() && text.back() != '\n') text += '\n';
    text +=
        indent + "- title: \"TO DO: the item's title\"\n" + indent + "  paper: " + paper_id + "\n";
    return true;
}

}  // namespace

int run_new(const CommonOptions& common, const NewOptions& options) {
    const fs::path root = common.root;
    std::error_code ec;
    if (!fs::is_directory(root / "content", ec))
        return usage(root.string() + " is not a site folder: it has no content/ folder",
                     "run icbgen in a folder holding content/ and data/, pass --root DIR, or "
                     "start a new site with 'icbgen init DIR'");
    std::string id = options.id, meeting = options.meeting;
    if (options.kind == "paper" && id.find('/') != std::string::npos) {
        if (!meeting.empty())
            return usage("give the paper's meeting once: as MEETING/PAPER-ID or with --meeting");
        meeting = id.substr(0, id.find('/'));
        id = id.substr(id.find('/') + 1);
    }
    if (options.kind == "meeting") {
        std::smatch m;
        if (!std::regex_match(id, m, kMeetingId) || !parse_iso_date(m[1].str()))
            return usage("'" + id + "' is not a meeting id",
                         "name a meeting by its date and body, e.g. 2024-03-27-board");
    } else if (!is_slug(id)) {
        return usage("'" + id + "' is not an id: use lowercase letters, digits and single hyphens",
                     "for example '" + suggest_slug(id) + "'");
    }
    if (!options.from.empty() && options.kind != "meeting")
        return usage(
            "--from is for a new meeting: it carries over the previous meeting's "
            "standing items");

    std::vector<std::pair<std::string, std::string>> values = {{"id", id},
                                                               {"month", today_iso().substr(0, 7)}};
    auto stub_text = [&](const char* name) {
        auto text = embedded_file(std::string("stubs/") + name);
        return text ? std::string(*text) : std::string();
    };
    fs::path target;
    std::string text;
    std::string extra_note;

    if (options.kind == "metric") {
        target = source_path(root, DocumentKind::metric, "", id);
        text = fill_stub(stub_text("metric.md"), values);
        extra_note = "its figures go in data/metrics/" + id + ".csv (period,value)";
    } else if (options.kind == "priority") {
        auto priorities = ids_in(root / "content/strategy/priorities", ".md");
        auto metrics = ids_in(root / "content/metrics", ".md");
        values.push_back({"order", std::to_string(priorities.size() + 1)});
        values.push_back({"metric", metrics.empty() ? "" : metrics.front()});
        target = source_path(root, DocumentKind::priority, "", id);
        text = fill_stub(stub_text("priority.md"), values);
        if (!metrics.empty())
            extra_note = "its ambition is measured by '" + metrics.front() +
                         "' for now: name the right metrics";
    } else if (options.kind == "case-study") {
        auto priorities = ids_in(root / "content/strategy/priorities", ".md");
        values.push_back({"priority", priorities.empty() ? "" : priorities.front()});
        target = source_path(root, DocumentKind::case_study, "", id);
        text = fill_stub(stub_text("case-study.md"), values);
        if (!priorities.empty())
            extra_note =
                "it informs the priority '" + priorities.front() + "' for now: name the right ones";
    } else if (options.kind == "engagement") {
        target = source_path(root, DocumentKind::engagement, "", id);
        text = fill_stub(stub_text("engagement.md"), values);
    } else if (options.kind == "meeting") {
        std::optional<PreviousMeeting> previous;
        if (!options.from.empty()) {
            fs::path prev = source_path(root, DocumentKind::meeting, options.from, "");
            auto yaml = read_yaml(prev, prev.string());
            if (!yaml || !yaml->is_object()) {
                std::vector<std::string> known;
                for (const auto& e : fs::directory_iterator(root / "content/meetings", ec))
                    if (e.is_directory()) known.push_back(e.path().filename().string());
                std::string hint = did_you_mean(options.from, known);
                return usage("no meeting '" + options.from + "' to carry over from (" +
                                 prev.string() + " is missing or cannot be read)",
                             hint.empty() ? "run 'icbgen check' to see what is wrong" : hint);
            }
            previous = PreviousMeeting{
                options.from, *yaml,
                fs::exists(source_path(root, DocumentKind::minutes, options.from, ""), ec)};
        }
        std::smatch m;
        std::regex_match(id, m, kMeetingId);
        target = source_path(root, DocumentKind::meeting, id, "");
        text =
            meeting_stub(stub_text("meeting.yaml"), id, m[1].str(), previous, first_person(root));
    } else if (options.kind == "paper") {
        if (meeting.empty())
            return usage("a paper belongs to a meeting",
                         "write 'icbgen new paper MEETING/" + id + "' or add --meeting MEETING");
        fs::path meeting_file = source_path(root, DocumentKind::meeting, meeting, "");
        if (!fs::exists(meeting_file, ec))
            return usage("there is no meeting '" + meeting + "' (" + meeting_file.string() + ")",
                         "create it first with 'icbgen new meeting " + meeting + "'");
        values.push_back({"person", first_person(root)});
        target = source_path(root, DocumentKind::paper, meeting, id);
        text = fill_stub(stub_text("paper.md"), values);
        if (fs::exists(target, ec))
            return usage(target.string() + " already exists; icbgen never writes over a file");
        auto meeting_text = read_text(meeting_file);
        if (meeting_text && append_agenda_item(*meeting_text, id)) {
            if (auto why = write_new_file(target, text); !why.empty()) return usage(why);
            if (auto why = replace_file(meeting_file, *meeting_text); !why.empty())
                return usage(why);
            std::cout << "new: wrote " << target.string() << ", and an agenda item for it at "
                      << "the end of " << meeting_file.string() << " (move it where it belongs)\n";
            return kExitOk;
        }
        extra_note = "add an item naming it ('paper: " + id + "') to the agenda in " +
                     meeting_file.string() + "; until then check reports it";
    } else {
        std::string hint = did_you_mean(options.kind, new_kinds());
        return usage("icbgen cannot make a '" + options.kind + "'",
                     (hint.empty() ? "" : hint + " ") +
                         "It makes: metric, priority, case-study, engagement, meeting, paper");
    }
    if (text.empty()) return usage("the stub for '" + options.kind + "' is missing from icbgen");
    if (auto why = write_new_file(target, text); !why.empty()) return usage(why);
    std::cout << "new: wrote " << target.string();
    if (!extra_note.empty()) std::cout << "; " << extra_note;
    std::cout << "\n";
    return kExitOk;
}

int run_init(const std::string& dir) {
    std::error_code ec;
    const fs::path root = dir;
    if (fs::exists(root, ec)) {
        if (!fs::is_directory(root, ec))
            return usage(dir +
                         " exists and is not a folder; icbgen init needs a new or empty "
                         "folder");
        if (!fs::is_empty(root, ec))
            return usage(dir +
                             " is not empty; icbgen init writes a new site only into a new or "
                             "empty folder, and never writes over files",
                         "choose a new folder name");
    }
    const std::string today = today_iso();
    const std::string prefix = "stubs/init/";
    std::vector<std::pair<std::string, std::string>> values = {{"today", today},
                                                               {"year", today.substr(0, 4)}};
    std::size_t written = 0;
    for (const auto& path : embedded_files(prefix)) {
        std::string rel = path.substr(prefix.size());
        if (auto at = rel.find("__meeting__"); at != std::string::npos)
            rel.replace(at, 11, today + "-board");
        auto text = embedded_file(path);
        if (!text) continue;
        if (auto why = write_new_file(root / rel, fill_stub(std::string(*text), values));
            !why.empty())
            return usage(why);
        ++written;
    }
    std::cout << "init: wrote a new site of " << written << " files in " << dir << "\n"
              << "  next: icbgen check --root " << dir
              << " --verbose   (each 'to-do' warning names what to write)\n";
    return kExitOk;
}

}  // namespace icbgen
