#pragma once
// Draws a cell as a progress bar: the value of `role` (an int, 0…100) and
// the cell's display text on it.

#include <QStyledItemDelegate>

namespace sportello::desk {

class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ProgressDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int role_;
};

} // namespace sportello::desk
