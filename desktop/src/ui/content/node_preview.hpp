#pragma once
// What a citizen receives for the selected node of the draft: the relay's
// dry run of "#<tag>" against the draft (POST /ops/v1/bot/preview), drawn as
// bubbles. Only the answer to the newest request is shown.
//
// Object names: previewView (BubbleView), previewStatus.

#include "api/content_types.hpp"

#include <QWidget>

class QLabel;

namespace sportello::desk {

class ApiClient;
class BubbleView;

class NodePreview : public QWidget {
    Q_OBJECT

public:
    // api must outlive the widget.
    explicit NodePreview(ApiClient& api, QWidget* parent = nullptr);

    // Previews "#tag" (empty: nothing selected). Asks again even for the same tag.
    void showTag(const QString& tag);
    BubbleView* view() const { return view_; }
    bool isLoading() const { return pending_ != 0; }

Q_SIGNALS:
    void previewShown(const QString& tag);

private:
    ApiClient& api_;
    BubbleView* view_;
    QLabel* status_;
    quint64 sequence_ = 0;   // numbers the requests; older answers are dropped
    quint64 pending_ = 0;
};

} // namespace sportello::desk
