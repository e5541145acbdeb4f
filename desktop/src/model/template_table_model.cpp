#include "model/template_table_model.hpp"

#include "text/admin_labels.hpp"

#include <QLocale>

namespace sportello::desk {

TemplateTableModel::TemplateTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TemplateTableModel::setTemplates(const QList<MessageTemplate>& templates) {
    beginResetModel();
    templates_ = templates;
    endResetModel();
}

const MessageTemplate* TemplateTableModel::templateAt(int row) const {
    return row >= 0 && row < templates_.size() ? &templates_[row] : nullptr;
}

int TemplateTableModel::rowOf(const QString& name, const QString& language) const {
    for (qsizetype row = 0; row < templates_.size(); ++row)
        if (templates_[row].name == name && templates_[row].language == language) return static_cast<int>(row);
    return -1;
}

int TemplateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(templates_.size());
}

int TemplateTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TemplateTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const MessageTemplate& t = templates_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return t.name;
        case LanguageColumn: return t.language;
        case CategoryColumn: return AdminLabels::category(t.category);
        case ParametersColumn: return QLocale().toString(t.parameterCount);
        case BodyColumn: return QString(t.body).replace(u'\n', u' ');
        default: return {};
        }
    case Qt::ToolTipRole: return index.column() == BodyColumn ? QVariant(t.body) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ParametersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case NameRole: return t.name;
    case LanguageRole: return t.language;
    default: return {};
    }
}

QVariant TemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case LanguageColumn: return tr("Language");
    case CategoryColumn: return tr("Category");
    case ParametersColumn: return tr("Parameters");
    case BodyColumn: return tr("Text");
    default: return {};
    }
}

} // namespace sportello::desk
