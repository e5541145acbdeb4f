#pragma once
// Read-only view of one hashtag node as an operator needs it: tag and title,
// aliases, validity window, review, and the Italian answer exactly as citizens
// receive it (the English one below it when there is one). Never follows
// links: node content is shown, not opened.

#include "api/desk_types.hpp"

#include <QTextBrowser>

namespace sportello::desk {

class NodeDetailsView : public QTextBrowser {
    Q_OBJECT

public:
    explicit NodeDetailsView(QWidget* parent = nullptr);

    // null: shows the "select a hashtag" hint.
    void showNode(const HashtagNode* node);

    // The HTML for node; all node text is escaped.
    static QString renderHtml(const HashtagNode& node);
    static QString validityText(const HashtagNode& node);
};

} // namespace sportello::desk
