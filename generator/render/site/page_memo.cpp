#include "render/site/page_memo.h"

namespace icbgen {

void PageMemo::begin(const std::string& salt) {
    std::lock_guard lock(mutex_);
    if (salt != salt_) pages_.clear();
    salt_ = salt;
    for (auto& [_, page] : pages_) page.seen = false;
    rendered = 0;
    reused = 0;
}

std::optional<std::string> PageMemo::find(const std::string& path, const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = pages_.find(path);
    if (it == pages_.end() || it->second.key != key) return std::nullopt;
    it->second.seen = true;
    return it->second.html;
}

void PageMemo::store(const std::string& path, const std::string& key, const std::string& html) {
    std::lock_guard lock(mutex_);
    pages_[path] = {key, html, true};
}

void PageMemo::end() {
    std::lock_guard lock(mutex_);
    for (auto it = pages_.begin(); it != pages_.end();)
        it = it->second.seen ? std::next(it) : pages_.erase(it);
}

}  // namespace icbgen
