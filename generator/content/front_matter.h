#pragma once
// Splits a Markdown file into its `---` fenced YAML front matter and its body.
#include <string>
#include <string_view>

namespace icbgen {

struct FrontMatterSplit {
    bool has_front_matter = false;
    bool unterminated = false;  // an opening fence with no closing one
    std::string yaml;           // the front matter text, without fences
    int yaml_first_line = 0;    // 1-based line of the first front-matter line in the file
    std::string body;           // everything after the closing fence
    int body_first_line = 1;    // 1-based line of the body's first line in the file
};

FrontMatterSplit split_front_matter(std::string_view text);

}  // namespace icbgen
