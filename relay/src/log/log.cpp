#include "log/log.hpp"

#include "sportello/time.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>
#include <utility>

namespace sportello::log {
namespace {
std::atomic<Level> current{Level::info};
std::mutex output;

const char* name(Level l) {
    switch (l) {
    case Level::debug: return "debug";
    case Level::info: return "info";
    case Level::warning: return "warning";
    case Level::error: return "error";
    case Level::off: return "off";
    }
    return "info";
}
} // namespace

void set_level(Level level) noexcept { current = level; }
Level level() noexcept { return current; }

bool parse_level(std::string_view n, Level& out) noexcept {
    for (auto l : {Level::debug, Level::info, Level::warning, Level::error, Level::off})
        if (n == name(l)) { out = l; return true; }
    return false;
}

void write(Level l, std::string_view component, std::string_view message) {
    if (l < current.load(std::memory_order_relaxed)) return;
    std::string line = time::format_iso8601(time::now_ms());
    line += ' ';
    line += name(l);
    line += " [";
    line += component;
    line += "] ";
    // One record per line: newlines in messages would forge log records.
    for (char c : message) line.push_back(c == '\n' || c == '\r' ? ' ' : c);
    line += '\n';
    std::lock_guard lock(output);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

std::optional<std::uint64_t> Throttle::admit(Clock::time_point now) {
    std::lock_guard lock(mutex_);
    if (last_ && now - *last_ < interval_) {
        ++suppressed_;
        return std::nullopt;
    }
    last_ = now;
    return std::exchange(suppressed_, 0);
}

} // namespace sportello::log
