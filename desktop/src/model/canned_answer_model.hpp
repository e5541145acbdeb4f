#pragma once
// Published answers offered as one-click replies in the inbox: first the
// case's suggestions (the bot's near misses for the citizen's words), then
// the results of the operator's search (GET /ops/v1/canned-answers?q=),
// without repeating an answer already suggested.

#include "sportello/api/cases.hpp"

#include <QAbstractListModel>

#include <vector>

namespace sportello::desk {

class CannedAnswerModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        TextRole = Qt::UserRole + 1,   // QString: the answer's text, to insert
        SuggestedRole,                 // bool: one of the case's suggestions
    };

    explicit CannedAnswerModel(QObject* parent = nullptr);

    void setSuggestions(const std::vector<api::CannedAnswer>& suggestions);
    void setSearchResults(const std::vector<api::CannedAnswer>& results);
    const api::CannedAnswer* answerAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::vector<api::CannedAnswer> suggestions_;
    std::vector<api::CannedAnswer> results_;
    std::vector<api::CannedAnswer> rows_;
    std::size_t suggestedRows_ = 0;
};

} // namespace sportello::desk
