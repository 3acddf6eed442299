#pragma once
// Which URLs from content may become links: https:, http:, mailto: and addresses on this site.
// A URL is read the way a browser reads an href attribute: character references such as
// "&#106;" decoded, leading spaces and control characters stripped, tabs and newlines
// removed, the scheme compared without regard to case. One place decides, for `check` (the
// YAML URL fields and Markdown links) and for every renderer that writes an href.
#include <optional>
#include <string>
#include <string_view>

namespace icbgen {

// Why a URL must not become a link, in words for the editor.
struct UrlProblem {
    std::string message;  // e.g. "'source.url' is a javascript: link: ..."
    std::string hint;
};

// nullopt when `url` is safe to link to: an https:, http: or mailto: URL, or one with no
// scheme that stays on this site ("/metrics/", "#part-2", "@/metrics/x.md", "../"). `what`
// names the field or link in the message, e.g. "'source.url'" or "the link".
std::optional<UrlProblem> url_problem(std::string_view url, std::string_view what);

inline bool is_safe_url(std::string_view url) { return !url_problem(url, "").has_value(); }

// `url` when it is safe to link to, otherwise "" (the renderers then write no link).
std::string safe_href(std::string_view url);

// The scheme a browser would read, lowercase, without the colon; "" when there is none.
std::string url_scheme(std::string_view url);

// An http: or https: URL: on another site (an image there is fetched from that site each time
// the page is shown, and never into a PDF).
bool is_remote_url(std::string_view url);

}  // namespace icbgen
