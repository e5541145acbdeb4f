#pragma once
// The draft's validation issues as a list, errors first: "#tag: Error: …".
// Activating a row lets the window select the offending node (NodeIdRole).

#include "api/content_types.hpp"

#include <QAbstractListModel>

#include <functional>

namespace sportello::desk {

class IssueListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        NodeIdRole = Qt::UserRole + 1,   // qint64; 0 for the tree as a whole
        IsErrorRole,                     // bool
    };
    using TagOf = std::function<QString(qint64)>;

    explicit IssueListModel(QObject* parent = nullptr);

    // tagOf names a node (without '#'); empty when unknown.
    void setIssues(const QList<ContentIssue>& issues, const TagOf& tagOf);
    int errorCount() const;
    int warningCount() const { return static_cast<int>(rows_.size()) - errorCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ContentIssue issue;
        QString tag;
    };
    QList<Row> rows_;
};

} // namespace sportello::desk
