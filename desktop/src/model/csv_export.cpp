#include "model/csv_export.hpp"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace sportello::desk {

namespace {

constexpr char separator = ';';
constexpr QStringView formulaStarts = u"=+-@\t\r";

void appendRow(QByteArray& out, const QStringList& cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i) out += separator;
        out += CsvExport::cell(cells[i]).toUtf8();
    }
    out += "\r\n";
}

} // namespace

QString CsvExport::cell(const QString& text) {
    QString quoted = text;
    if (!quoted.isEmpty() && formulaStarts.contains(quoted.front())) quoted.prepend(u'\'');
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvExport::encode(const QStringList& header, const QList<QStringList>& rows) {
    QByteArray out("\xEF\xBB\xBF");   // the UTF-8 byte order mark
    appendRow(out, header);
    for (const QStringList& row : rows) appendRow(out, row);
    return out;
}

QByteArray CsvExport::encode(const QAbstractItemModel& model) {
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
        {
            const QVariant value = model.index(row, column).data();
            // Decimals with a comma, as Italian Excel reads numbers.
            cells.append(value.typeId() == QMetaType::Double
                             ? QString::number(value.toDouble(), 'g', 15).replace(u'.', u',')
                             : value.toString());
        }
        rows.append(cells);
    }
    return encode(header, rows);
}

QString CsvExport::write(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace sportello::desk
