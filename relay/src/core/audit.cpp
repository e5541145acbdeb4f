#include "core/audit.hpp"

namespace sportello::relay {

void audit(storage::Connection& c, const std::string& actor, const std::string& action, const std::string& target,
           const std::string& detail, std::int64_t now_ms) {
    c.query("INSERT INTO audit_log(at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)", now_ms, actor, action,
            target, detail)
        .run();
}

} // namespace sportello::relay
