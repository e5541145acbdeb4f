#include "model/canned_answer_model.hpp"

#include "api/wire_conversion.hpp"

#include <QFont>

#include <algorithm>

namespace sportello::desk {

CannedAnswerModel::CannedAnswerModel(QObject* parent) : QAbstractListModel(parent) {}

void CannedAnswerModel::setSuggestions(const std::vector<api::CannedAnswer>& suggestions) {
    if (suggestions == suggestions_) return;
    suggestions_ = suggestions;
    rebuild();
}

void CannedAnswerModel::setSearchResults(const std::vector<api::CannedAnswer>& results) {
    if (results == results_) return;
    results_ = results;
    rebuild();
}

void CannedAnswerModel::rebuild() {
    beginResetModel();
    rows_ = suggestions_;
    suggestedRows_ = rows_.size();
    for (const auto& r : results_) {
        const bool known = std::any_of(suggestions_.begin(), suggestions_.end(),
                                       [&](const api::CannedAnswer& s) { return s.node_id == r.node_id; });
        if (!known) rows_.push_back(r);
    }
    endResetModel();
}

const api::CannedAnswer* CannedAnswerModel::answerAt(int row) const {
    return row >= 0 && row < static_cast<int>(rows_.size()) ? &rows_[static_cast<std::size_t>(row)] : nullptr;
}

int CannedAnswerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant CannedAnswerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto row = static_cast<std::size_t>(index.row());
    const api::CannedAnswer& a = rows_[row];
    const bool suggested = row < suggestedRows_;
    switch (role) {
    case Qt::DisplayRole: {
        QString label = u'#' + toQString(a.tag);
        if (!a.title.empty()) label += QStringLiteral(" — ") + toQString(a.title);
        return suggested ? tr("★ %1", "a suggested answer").arg(label) : label;
    }
    case Qt::ToolTipRole:
    case TextRole: return toQString(a.text);
    case Qt::FontRole: {
        if (!suggested) return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case SuggestedRole: return suggested;
    default: return {};
    }
}

} // namespace sportello::desk
