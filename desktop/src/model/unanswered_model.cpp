#include "model/unanswered_model.hpp"

#include <QLocale>

namespace sportello::desk {

UnansweredModel::UnansweredModel(QObject* parent) : QAbstractTableModel(parent) {}

void UnansweredModel::setReport(const UnansweredReport& report) {
    beginResetModel();
    report_ = report;
    endResetModel();
}

const UnansweredItem* UnansweredModel::item(int row) const {
    return row >= 0 && row < report_.items.size() ? &report_.items[row] : nullptr;
}

int UnansweredModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(report_.items.size());
}

int UnansweredModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString UnansweredModel::kindLabel(const QString& kind) {
    if (kind == u"tag") return tr("unknown hashtag");
    if (kind == u"phrase") return tr("phrase");
    return kind;
}

QVariant UnansweredModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const UnansweredItem& it = report_.items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return it.kind == u"tag" ? QString(u'#' + it.key) : it.key;
        case KindColumn: return kindLabel(it.kind);
        case CountColumn: return QLocale().toString(it.count);
        case CitizensColumn: return QLocale().toString(it.citizens);
        case LastSeenColumn:
            return it.lastSeen.isValid() ? QLocale().toString(it.lastSeen.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn || index.column() == CitizensColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == KeyColumn && it.masked
                   ? tr("Numbers, e-mail addresses and fiscal codes are masked before a request is stored.")
                   : QVariant();
    case KeyRole:
        return it.key;
    case SuggestionsRole:
        return QVariant::fromValue(it.suggestions);
    case SortRole:
        switch (index.column()) {
        case CountColumn: return it.count;
        case CitizensColumn: return it.citizens;
        case LastSeenColumn: return it.lastSeen;
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant UnansweredModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case KeyColumn: return tr("Request");
    case KindColumn: return tr("Kind");
    case CountColumn: return tr("Count");
    case CitizensColumn: return tr("Citizens", "column: how many different citizens wrote the request");
    case LastSeenColumn: return tr("Last seen");
    default: return {};
    }
}

} // namespace sportello::desk
