#pragma once
// Small-cell suppression in the desk's CSV files of statistics, exactly as
// the relay's own report CSVs do it (docs/ops-api.md, "Reports"): every count
// from 1 to minCount − 1 is written "<minCount" (0 stays 0), and a figure
// that depends on a count (a reply time on its replies, a share on its
// messages) is left empty while that count is under minCount. minCount is
// the relay's reports.min_cell_count, learned from
// GET /ops/v1/reports/csv-policy, never assumed.
//
// A statistics table says which of its columns take part through
// headerData(column, Qt::Horizontal, role) with the roles below.

#include <Qt>

namespace sportello::desk::SmallCells {

// bool: the column counts citizens' messages or cases.
inline constexpr int CountRole = Qt::UserRole + 200;
// int: the column (a count) on which this column's figure depends.
inline constexpr int GateColumnRole = Qt::UserRole + 201;

} // namespace sportello::desk::SmallCells
