#include "ui/stats/report_pages.hpp"

#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPdfWriter>

#include <algorithm>

namespace sportello::desk {

namespace {

QFont font(double points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);   // no "fi" ligatures: the PDF's text stays searchable
    return f;
}

const QColor regionBlue(0, 72, 135);

} // namespace

ReportPages::ReportPages(QPdfWriter& writer, QString runningTitle, std::function<QString(int, int)> pageLabel,
                         int totalPages)
    : writer_(writer), runningTitle_(std::move(runningTitle)), pageLabel_(std::move(pageLabel)),
      totalPages_(totalPages) {
    if (!painter_.begin(&writer_)) return;
    const QRectF page(QPointF(), QSizeF(writer_.width(), writer_.height()));
    const double header = 2.2 * lineHeight(font(8));
    area_ = page.adjusted(0, header, 0, -header);
    y_ = area_.top();
    decoratePage();
}

ReportPages::~ReportPages() {
    if (painter_.isActive()) painter_.end();
}

double ReportPages::lineHeight(const QFont& f) const { return QFontMetricsF(f, &writer_).height(); }

void ReportPages::decoratePage() {
    painter_.save();
    painter_.setFont(font(8));
    painter_.setPen(regionBlue);
    const double h = lineHeight(font(8));
    painter_.drawText(QRectF(0, 0, writer_.width(), h), Qt::AlignLeft | Qt::AlignVCenter, runningTitle_);
    painter_.drawLine(QPointF(0, 1.4 * h), QPointF(writer_.width(), 1.4 * h));
    painter_.setPen(Qt::black);
    painter_.drawText(QRectF(0, writer_.height() - h, writer_.width(), h), Qt::AlignCenter,
                      pageLabel_(page_, totalPages_));
    painter_.restore();
}

void ReportPages::ensureSpace(double height) {
    if (y_ + height <= area_.bottom() || y_ <= area_.top()) return;
    writer_.newPage();
    ++page_;
    y_ = area_.top();
    decoratePage();
}

void ReportPages::title(const QString& text, const QString& subtitle) {
    const QFont big = font(16, true), sub = font(12);
    const double width = area_.width();
    painter_.setFont(big);
    painter_.setPen(regionBlue);
    const QRectF titleBox = painter_.boundingRect(QRectF(0, y_, width, 10000), Qt::TextWordWrap, text);
    painter_.drawText(QRectF(0, y_, width, titleBox.height()), Qt::TextWordWrap, text);
    y_ += titleBox.height() + 0.3 * lineHeight(sub);
    painter_.setFont(sub);
    painter_.setPen(Qt::black);
    painter_.drawText(QRectF(0, y_, width, lineHeight(sub)), Qt::AlignLeft, subtitle);
    y_ += 1.8 * lineHeight(sub);
}

void ReportPages::heading(const QString& text) {
    const QFont f = font(12, true);
    ensureSpace(6 * lineHeight(f));   // never a heading alone at the foot of a page
    y_ += 0.6 * lineHeight(f);
    painter_.setFont(f);
    painter_.setPen(regionBlue);
    painter_.drawText(QRectF(0, y_, area_.width(), lineHeight(f)), Qt::AlignLeft, text);
    painter_.setPen(Qt::black);
    y_ += 1.3 * lineHeight(f);
}

void ReportPages::paragraph(const QString& text) {
    const QFont f = font(9.5);
    painter_.setFont(f);
    const QRectF box = painter_.boundingRect(QRectF(0, 0, area_.width(), 100000), Qt::TextWordWrap, text);
    ensureSpace(box.height());
    painter_.setFont(f);
    painter_.drawText(QRectF(0, y_, area_.width(), box.height()), Qt::TextWordWrap, text);
    y_ += box.height() + 0.4 * lineHeight(f);
}

void ReportPages::table(const QStringList& header, const QList<QStringList>& rows) {
    const QFont body = font(8.5), bold = font(8.5, true);
    const double row = 1.35 * lineHeight(body);
    const auto columns = static_cast<double>(std::max<qsizetype>(header.size(), 1));
    const double pad = 0.2 * lineHeight(body);
    // The first column (names) as wide as its longest name, between a fair share and 45 % of the width.
    double longest = 0;
    const QFontMetricsF metrics(body, &writer_);
    for (const QStringList& cells : rows) longest = std::max(longest, metrics.horizontalAdvance(cells.value(0)) + 3 * pad);
    const double widest = area_.width() * (columns > 1 ? 0.45 : 1.0);
    const double first = std::clamp(longest, std::min(widest, area_.width() * 2 / (columns + 1)), widest);
    const double other = columns > 1 ? (area_.width() - first) / (columns - 1) : 0;
    const auto width = [&](qsizetype c) { return (c == 0 ? first : other) - 2 * pad; };
    // The header's names wrap (as tall as the longest); the figures are elided, never wrapped.
    painter_.setFont(bold);
    double headerRow = row;
    for (qsizetype c = 0; c < header.size(); ++c)
        headerRow = std::max(headerRow, painter_.boundingRect(QRectF(0, 0, width(c), 100000), Qt::TextWordWrap,
                                                              header[c]).height() + 2 * pad);
    const auto drawRow = [&](const QStringList& cells, bool isHeader) {
        painter_.setFont(isHeader ? bold : body);
        const double height = isHeader ? headerRow : row;
        if (isHeader) painter_.fillRect(QRectF(0, y_, area_.width(), height), QColor(226, 234, 243));
        double x = 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const int align = int((c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            const QRectF box(x + pad, y_, width(c), height);
            if (isHeader) painter_.drawText(box, align | Qt::TextWordWrap, cells[c]);
            else painter_.drawText(box, align, painter_.fontMetrics().elidedText(cells[c], Qt::ElideRight,
                                                                               static_cast<int>(width(c))));
            x += width(c) + 2 * pad;
        }
        painter_.setPen(QColor(190, 190, 190));
        painter_.drawLine(QPointF(0, y_ + height), QPointF(area_.width(), y_ + height));
        painter_.setPen(Qt::black);
        y_ += height;
    };
    ensureSpace(headerRow + row * std::min<double>(2, static_cast<double>(rows.size())));
    drawRow(header, true);
    for (const QStringList& cells : rows) {
        if (y_ + row > area_.bottom()) {
            ensureSpace(headerRow + row);
            drawRow(header, true);
        }
        drawRow(cells, false);
    }
    y_ += 0.6 * row;
}

void ReportPages::chart(QChart* chart, double heightShare) {
    const double height = area_.width() * heightShare;
    ensureSpace(height);
    // Laid out at a screen-like size, then scaled into the page: fonts keep their proportions.
    const QSizeF logical(900, 900 * heightShare);
    QGraphicsScene scene;   // owns the chart from here
    chart->setAnimationOptions(QChart::NoAnimation);
    scene.addItem(chart);
    chart->resize(logical);
    scene.setSceneRect(QRectF(QPointF(), logical));
    if (QGraphicsLayout* layout = chart->layout()) layout->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.render(&painter_, QRectF(0, y_, area_.width(), height), scene.sceneRect());
    y_ += height + 0.5 * lineHeight(font(9));
}

void ReportPages::heatMap(const QStringList& rowLabels, const QList<std::array<qint64, 24>>& values) {
    const QFont f = font(7);
    const double cell = (area_.width() * 0.82) / 24, labelWidth = area_.width() * 0.18, h = 1.6 * lineHeight(f);
    ensureSpace(h * (static_cast<double>(values.size()) + 1.5));
    qint64 most = 0;
    for (const auto& row : values) most = std::max(most, *std::max_element(row.begin(), row.end()));
    painter_.setFont(f);
    for (int hour = 0; hour < 24; ++hour)
        painter_.drawText(QRectF(labelWidth + hour * cell, y_, cell, h), Qt::AlignCenter,
                          QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    y_ += h;
    for (qsizetype r = 0; r < values.size(); ++r) {
        painter_.drawText(QRectF(0, y_, labelWidth, h), Qt::AlignLeft | Qt::AlignVCenter, rowLabels.value(r));
        for (int hour = 0; hour < 24; ++hour) {
            const qint64 n = values[r][static_cast<std::size_t>(hour)];
            const double share = most > 0 ? static_cast<double>(n) / static_cast<double>(most) : 0;
            const QRectF box(labelWidth + hour * cell, y_, cell, h);
            painter_.fillRect(box, share > 0 ? QColor::fromHsvF(0.6f, static_cast<float>(0.1 + 0.8 * share),
                                                                 static_cast<float>(1.0 - 0.45 * share))
                                             : QColor(245, 245, 245));
            painter_.setPen(share > 0.6 ? Qt::white : Qt::black);
            if (n > 0) painter_.drawText(box, Qt::AlignCenter, QString::number(n));
            painter_.setPen(Qt::black);
        }
        y_ += h;
    }
    y_ += 0.5 * h;
}

} // namespace sportello::desk
