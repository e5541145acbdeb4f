#pragma once
// The template registry (GET /ops/v1/templates) as a table: name, language,
// category, parameters, body. setTemplates() replaces it with one reset.

#include "api/admin_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class TemplateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn = 0, LanguageColumn, CategoryColumn, ParametersColumn, BodyColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,   // QString
        LanguageRole,                  // QString
    };

    explicit TemplateTableModel(QObject* parent = nullptr);

    void setTemplates(const QList<MessageTemplate>& templates);
    const QList<MessageTemplate>& templates() const { return templates_; }
    const MessageTemplate* templateAt(int row) const;
    int rowOf(const QString& name, const QString& language) const;   // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MessageTemplate> templates_;
};

} // namespace sportello::desk
