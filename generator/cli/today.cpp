#include "cli/today.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace icbgen {

std::string today_iso() {
    std::time_t now = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        long long seconds = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0') now = static_cast<std::time_t>(seconds);
    }
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday);
    return text;
}

}  // namespace icbgen
