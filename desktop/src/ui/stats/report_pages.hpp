#pragma once
// Lays out a printed report on a QPdfWriter's pages, top to bottom: every
// page carries the running title on top and "Pagina N di M" (in the words
// the caller gives) at the bottom; a block that does not fit on what is left
// of a page starts the next one, and a long table goes on over pages with
// its header repeated. Charts are Qt Charts drawn through a QGraphicsScene
// straight into the PDF painter (vector, their text searchable).
//
// M is known only at the end, so the caller draws the whole report twice:
// once with totalPages 0 (into a throwaway writer) to count, then for real.
// UI thread only (charts are QGraphicsWidgets).

#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

class QChart;
class QPdfWriter;

namespace sportello::desk {

class ReportPages {
public:
    // pageLabel(N, M) is the footer of page N of M.
    ReportPages(QPdfWriter& writer, QString runningTitle, std::function<QString(int, int)> pageLabel, int totalPages);
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    int pages() const { return page_; }
    bool ok() const { return painter_.isActive(); }

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void paragraph(const QString& text);
    // Columns after the first are right-aligned (figures).
    void table(const QStringList& header, const QList<QStringList>& rows);
    // Draws chart (taking it) across the width, height as a share of the width.
    void chart(QChart* chart, double heightShare = 0.45);
    // A weekday × hour grid, each cell shaded by its share of the largest.
    void heatMap(const QStringList& rowLabels, const QList<std::array<qint64, 24>>& values);

private:
    void ensureSpace(double height);
    void decoratePage();
    double lineHeight(const QFont& font) const;

    QPdfWriter& writer_;
    QPainter painter_;
    QString runningTitle_;
    std::function<QString(int, int)> pageLabel_;
    int totalPages_;
    int page_ = 1;
    QRectF area_;   // the printable area between header and footer, in device pixels
    double y_ = 0;
};

} // namespace sportello::desk
