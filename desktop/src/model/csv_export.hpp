#pragma once
// Tables written as CSV files the way Italian Excel opens them with a
// double click: UTF-8 with a byte order mark (else Excel reads ANSI), ';'
// between cells (',' is the decimal separator in Italy), every cell quoted
// (RFC 4180: a '"' doubled), CRLF between rows. A cell a spreadsheet would
// evaluate as a formula (first character = + - @ tab or carriage return) is
// opened with an apostrophe, so an exported trail cannot run anything.
// Reused by every tab that exports (audit trail, reports).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace sportello::desk {

class CsvExport {
public:
    // The header row, then the rows, as the bytes of the file.
    static QByteArray encode(const QStringList& header, const QList<QStringList>& rows);
    // A model's columns (header: its horizontal headerData) and rows (DisplayRole),
    // as shown; a number with decimals (a double) is written with a decimal comma.
    static QByteArray encode(const QAbstractItemModel& model);
    // The same, a table of statistics: the cells its headerData declares
    // (model/small_cells.hpp) are suppressed under minCount, as the relay does.
    static QByteArray encodeStatistics(const QAbstractItemModel& model, int minCount);
    // One cell, quoted and defused.
    static QString cell(const QString& text);

    // Writes bytes to path atomically (QSaveFile); empty on success, else
    // the reason, for people.
    static QString write(const QString& path, const QByteArray& bytes);
};

} // namespace sportello::desk
