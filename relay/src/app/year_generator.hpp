#pragma once
// sportello-relay generate (docs/relay-cli.md): a realistic year of raw
// traffic written into the relay's own database, for tests and the reports
// benchmark. At scale 1.0: 12 million requests, 3 million pushes and
// broadcast messages, a few hundred thousand citizens, ten operators, the
// heartbeats and probe results of a year with a few outages. The rollups are
// then rebuilt from the raw rows (the code of `reports rebuild`).
//
// It refuses a database that already holds citizen traffic (unless forced)
// and one whose relay is running (something answers on a configured
// listener): it must never mix with real citizens' data.

#include "app/year_traffic.hpp"
#include "config/config.hpp"
#include "sportello/result.hpp"

#include <cstdint>
#include <ostream>

namespace sportello::relay {

struct YearOptions {
    int year = 0;
    double scale = 1.0;          // 1.0: the tender's sizing; (0, 10]
    std::uint64_t seed = 1;
    bool force = false;          // generate even beside existing citizen traffic
};

struct YearSummary {
    generate::Counts counts;
    std::int64_t contacts = 0, heartbeats = 0, probes = 0, outages = 0, rollup_rows = 0;
    double seconds = 0;
    std::int64_t database_bytes = 0;
};

// Errors: invalid_request (a bad option, field named), conflict (traffic
// present, or the relay running), not_found (no published tree). Nothing is
// written before every check passed. Progress goes to `progress`.
Result<YearSummary> generate_year(const RelayConfig& config, const YearOptions& options, std::ostream& progress);

} // namespace sportello::relay
