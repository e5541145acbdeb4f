#include "ui/content/node_preview.hpp"

#include "api/api_client.hpp"
#include "ui/content/bubble_view.hpp"

#include <QLabel>
#include <QVBoxLayout>

namespace sportello::desk {

NodePreview::NodePreview(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), view_(new BubbleView), status_(new QLabel) {
    view_->setObjectName(QStringLiteral("previewView"));
    status_->setObjectName(QStringLiteral("previewStatus"));
    status_->setWordWrap(true);
    auto* title = new QLabel(tr("What the citizen receives (draft)"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view_, 1);
    layout->addWidget(status_);
    showTag({});
}

void NodePreview::showTag(const QString& tag) {
    const quint64 mine = ++sequence_;
    if (tag.isEmpty()) {
        pending_ = 0;
        status_->clear();
        view_->showNote(tr("Select a hashtag to see its preview."));
        return;
    }
    pending_ = mine;
    status_->setText(tr("Asking the relay…"));
    BotQuery query;
    query.text = u'#' + tag;
    query.source = ContentSource::Draft;
    api_.previewBot(query, this, [this, mine, tag](ApiResult<BotPreview> result) {
        if (mine != sequence_) return;   // the operator has moved on
        pending_ = 0;
        if (!result.ok()) {
            status_->setText(result.failure().message);
            view_->showNote(tr("No preview available."));
            return;
        }
        status_->setText(tr("Draft revision %1").arg(result.value().revision));
        view_->showMessages(result.value().messages);
        Q_EMIT previewShown(tag);
    });
}

} // namespace sportello::desk
