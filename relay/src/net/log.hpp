#pragma once
// Minimal structured logging to standard error (journald picks it up under
// systemd). Thread-safe. Callers must never pass secrets or full phone
// numbers: use phone::mask() for numbers.

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

} // namespace sportello::log
