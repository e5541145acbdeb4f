#pragma once
// Composing a broadcast to the citizens with general-information consent:
// a registered template with one field per parameter, or a published answer
// (sent as the general-information template); now or at a local date and
// time. While the operator types, the preview shows the text the citizen
// reads as a WhatsApp bubble, and the relay's estimate (recipients, ETA at
// the current sending rate) follows the request. Send asks the relay for a
// fresh estimate, repeats it in a confirmation, and only then creates the
// broadcast. Nothing here blocks: every call is asynchronous and guarded by
// this widget.
//
// Object names: broadcastNameEdit, sourceTemplateRadio, sourceAnswerRadio,
// templateCombo, parameterEdit1…N with parameterProblem1…N, answerCombo,
// scheduleNowRadio, scheduleLaterRadio, scheduleEdit, estimateLabel,
// broadcastPreview (BubbleView), sendBroadcastButton, composerStatus.

#include "api/admin_types.hpp"
#include "api/api_result.hpp"
#include "api/desk_types.hpp"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace sportello::desk {

class ApiClient;
class BubbleView;
class ParameterFields;

class BroadcastComposer : public QWidget {
    Q_OBJECT

public:
    // The template a published answer is sent as (the relay's default
    // pushes.information_template); used only for the preview.
    static constexpr const char* informationTemplate = "informazione_generale";

    // api must outlive the widget.
    explicit BroadcastComposer(ApiClient& api, QWidget* parent = nullptr);

    // The request as filled in, or nullopt when something is missing or wrong
    // (problem() says what).
    std::optional<BroadcastDraft> draft() const;
    QString problem() const;
    // The relay's estimate for the current request; nullopt while unknown.
    const std::optional<BroadcastEstimate>& estimate() const { return estimate_; }
    BubbleView* preview() const { return preview_; }
    bool isBusy() const { return sending_ || sourcesPending_ > 0; }

public Q_SLOTS:
    // Fetches the templates and the published answers again.
    void reloadSources();
    // Estimate, confirmation, then POST /ops/v1/broadcasts.
    void send();

Q_SIGNALS:
    void broadcastCreated(const Broadcast& broadcast);
    void estimateShown();
    void sourcesLoaded();
    void sessionEnded(const QString& message);

private:
    void changed();             // any field: preview now, estimate shortly
    void updatePreview();
    void requestEstimate();
    void confirmAndCreate(const BroadcastDraft& draft, const BroadcastEstimate& estimate);
    void setStatus(const QString& text, bool isError = false);
    bool handled(const ApiFailure& failure);   // session ends: true
    const MessageTemplate* chosenTemplate() const;
    const MessageTemplate* findTemplate(const QString& name, const QString& language) const;
    const HashtagNode* chosenAnswer() const;

    ApiClient& api_;
    QList<MessageTemplate> templates_;
    QList<HashtagNode> answers_;
    QLineEdit* name_;
    QRadioButton* sourceTemplate_;
    QRadioButton* sourceAnswer_;
    QComboBox* templateCombo_;
    ParameterFields* parameters_;
    QComboBox* answerCombo_;
    QRadioButton* scheduleNow_;
    QRadioButton* scheduleLater_;
    QDateTimeEdit* scheduleEdit_;
    QLabel* estimateLabel_;
    BubbleView* preview_;
    QPushButton* sendButton_;
    QLabel* status_;
    QTimer* estimateTimer_;
    std::optional<BroadcastEstimate> estimate_;
    quint64 estimateSequence_ = 0;   // older estimates are dropped
    int sourcesPending_ = 0;
    bool sending_ = false;
};

} // namespace sportello::desk
