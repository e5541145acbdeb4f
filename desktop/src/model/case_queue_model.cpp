#include "model/case_queue_model.hpp"

#include "api/wire_conversion.hpp"
#include "text/case_labels.hpp"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace sportello::desk {

namespace {

constexpr std::int64_t urgentMs = 2 * 3600 * 1000;   // under two hours left: shown in red

bool sameRows(const std::vector<api::CaseSummary>& a, const std::vector<api::CaseSummary>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const api::CaseSummary& x, const api::CaseSummary& y) { return x.id == y.id; });
}

} // namespace

CaseQueueModel::CaseQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseQueueModel::setCases(const api::CaseList& list, std::int64_t nowMs) {
    const bool countsDiffer = list.counts != list_.counts;
    nowMs_ = nowMs;
    if (sameRows(list.cases, list_.cases)) {
        list_ = list;
        if (!list_.cases.empty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(list_.cases.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        list_ = list;
        endResetModel();
    }
    if (countsDiffer) Q_EMIT countsChanged();
}

void CaseQueueModel::setNow(std::int64_t nowMs) {
    nowMs_ = nowMs;
    if (!list_.cases.empty())
        Q_EMIT dataChanged(index(0, TimeLeftColumn), index(static_cast<int>(list_.cases.size()) - 1, TimeLeftColumn));
}

const api::CaseSummary* CaseQueueModel::caseAt(int row) const {
    return row >= 0 && row < static_cast<int>(list_.cases.size()) ? &list_.cases[static_cast<std::size_t>(row)]
                                                                  : nullptr;
}

int CaseQueueModel::rowOf(qint64 id) const {
    for (std::size_t row = 0; row < list_.cases.size(); ++row)
        if (list_.cases[row].id == id) return static_cast<int>(row);
    return -1;
}

qint64 CaseQueueModel::count(const QString& state) const {
    const auto it = list_.counts.find(toUtf8(state));
    return it == list_.counts.end() ? 0 : it->second;
}

bool CaseQueueModel::windowOpen(const api::CaseSummary& c) const {
    return c.window_closes_at_ms && *c.window_closes_at_ms > nowMs_;
}

int CaseQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(list_.cases.size());
}

int CaseQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const api::CaseSummary& c = list_.cases[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CitizenColumn: return toQString(c.citizen);
        case NameColumn: return toQString(c.profile_name);
        case ReasonColumn: return CaseLabels::reason(c.reason);
        case StateColumn:
            return c.state == api::CaseState::closed && c.outcome
                       ? tr("%1 (%2)", "state (outcome)").arg(CaseLabels::state(c.state), CaseLabels::outcome(*c.outcome))
                       : CaseLabels::state(c.state);
        case OwnerColumn: return c.owner ? CaseLabels::operatorName(*c.owner) : QString();
        case TimeLeftColumn: return CaseLabels::timeLeft(c.window_closes_at_ms, nowMs_);
        case PreviewColumn: return toQString(c.preview);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == PreviewColumn) return toQString(c.preview);
        if (index.column() == OwnerColumn && !c.viewers.empty()) {
            QStringList names;
            for (const auto& v : c.viewers) names.append(CaseLabels::operatorName(v));
            return tr("Open now by: %1").arg(names.join(QStringLiteral(", ")));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeLeftColumn && c.state != api::CaseState::closed &&
            (!windowOpen(c) || *c.window_closes_at_ms - nowMs_ < urgentMs))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case IdRole: return qint64(c.id);
    case StateRole: return toQString(std::string(api::to_string(c.state)));
    case OwnerRole: return c.owner ? toQString(c.owner->username) : QString();
    case WindowOpenRole: return windowOpen(c);
    default: return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case CitizenColumn: return tr("Citizen");
    case NameColumn: return tr("Name");
    case ReasonColumn: return tr("Reason");
    case StateColumn: return tr("State");
    case OwnerColumn: return tr("Operator");
    case TimeLeftColumn: return tr("Window left");
    case PreviewColumn: return tr("Last message");
    default: return {};
    }
}

} // namespace sportello::desk
