#include "model/csv_export.hpp"

#include "model/small_cells.hpp"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

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

namespace {

QString shown(const QVariant& value) {
    // Decimals with a comma, as Italian Excel reads numbers.
    return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 15).replace(u'.', u',')
                                               : value.toString();
}

// One cell of a statistics table, suppressed as the relay's CSV does.
QString suppressed(const QAbstractItemModel& model, int row, int column, int minCount) {
    const QVariant value = model.index(row, column).data();
    if (model.headerData(column, Qt::Horizontal, SmallCells::CountRole).toBool()) {
        const qint64 n = value.toLongLong();
        if (n > 0 && n < minCount) return u'<' + QString::number(minCount);
    }
    const QVariant gate = model.headerData(column, Qt::Horizontal, SmallCells::GateColumnRole);
    if (gate.isValid() && model.index(row, gate.toInt()).data().toLongLong() < minCount) return {};
    return shown(value);
}

QByteArray encodeModel(const QAbstractItemModel& model, const std::function<QString(int, int)>& cellText) {
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) cells.append(cellText(row, column));
        rows.append(cells);
    }
    return CsvExport::encode(header, rows);
}

} // namespace

QByteArray CsvExport::encode(const QAbstractItemModel& model) {
    return encodeModel(model, [&model](int row, int column) { return shown(model.index(row, column).data()); });
}

QByteArray CsvExport::encodeStatistics(const QAbstractItemModel& model, int minCount) {
    return encodeModel(model, [&model, minCount](int row, int column) {
        return suppressed(model, row, column, minCount);
    });
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
