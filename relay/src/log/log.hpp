#pragma once
// Minimal structured logging to standard error (journald picks it up under
// systemd). Thread-safe. Callers must never pass secrets or full phone
// numbers: use phone::mask() for numbers.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string_view>

namespace sportello::log {

enum class Level { debug, info, warning, error, off };

void set_level(Level level) noexcept;
Level level() noexcept;
bool parse_level(std::string_view name, Level& out) noexcept;

void write(Level level, std::string_view component, std::string_view message);

inline void debug(std::string_view component, std::string_view message) { write(Level::debug, component, message); }
inline void info(std::string_view component, std::string_view message) { write(Level::info, component, message); }
inline void warning(std::string_view component, std::string_view message) { write(Level::warning, component, message); }
inline void error(std::string_view component, std::string_view message) { write(Level::error, component, message); }

// Lets at most one line through per interval and counts the others, so that
// a flood of one event (unsigned webhooks) can neither slow the event loop
// with writes nor fill the disk. Thread-safe.
class Throttle {
public:
    using Clock = std::chrono::steady_clock;
    explicit Throttle(std::chrono::milliseconds interval) : interval_(interval) {}

    // nullopt: suppress this line. Otherwise: log it, with the number of
    // lines suppressed since the previous one that passed.
    std::optional<std::uint64_t> admit(Clock::time_point now = Clock::now());

private:
    std::chrono::milliseconds interval_;
    std::mutex mutex_;
    std::optional<Clock::time_point> last_;
    std::uint64_t suppressed_ = 0;
};

} // namespace sportello::log
