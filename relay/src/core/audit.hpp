#pragma once
// The append-only audit trail of operator and administrator actions (the
// table refuses UPDATE and DELETE). Never put secrets or full phone numbers
// in target or detail.

#include "storage/sqlite.hpp"

#include <cstdint>
#include <string>

namespace sportello::relay {

void audit(storage::Connection& c, const std::string& actor, const std::string& action, const std::string& target,
           const std::string& detail, std::int64_t now_ms);

} // namespace sportello::relay
