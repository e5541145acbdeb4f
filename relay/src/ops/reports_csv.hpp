#pragma once
// The reports as CSV for Italian Excel: UTF-8 with a BOM, ';' between cells,
// CRLF lines, decimals with a comma. Small-cell suppression
// (docs/ops-api.md, "Reports"): every count between 1 and min_cell_count - 1
// becomes "<min_cell_count" (a citizen could be singled out by it), and the
// latency figures of a row with fewer samples than that are left empty.

#include "sportello/api/reports.hpp"

#include <string>

namespace sportello::relay {

std::string to_csv(const api::AutoReplyReport& r, int min_cell_count);
std::string to_csv(const api::OperatorReplyReport& r, int min_cell_count);
std::string to_csv(const api::PushReport& r, int min_cell_count);
std::string to_csv(const api::RequestsReport& r, int min_cell_count);
std::string to_csv(const api::TopTopicsReport& r, int min_cell_count);
std::string to_csv(const api::BusiestHoursReport& r, int min_cell_count);
std::string to_csv(const api::UnansweredFigures& r, int min_cell_count);

} // namespace sportello::relay
