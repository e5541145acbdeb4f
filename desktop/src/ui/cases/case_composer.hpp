#pragma once
// The reply box of the operators' inbox. Inside the citizen's 24-hour window
// the operator writes free text, with the countdown to the window's end
// above it; once the window is closed (or when the relay answers
// outside_window) only an approved template can be sent: a picker over
// GET /ops/v1/templates with one field per parameter, checked as the
// operator types, and the text the citizen will read. Every reply carries a
// fresh idempotency key, so a retried request is sent once. Nothing here
// blocks.
//
// Object names: windowCountdown, replyEdit, replyTemplateCombo,
// replyParameterEdit1…N with replyParameterProblem1…N, replyTemplatePreview,
// sendReplyButton, replyStatus.

#include "api/admin_types.hpp"
#include "sportello/api/cases.hpp"

#include <QList>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace sportello::desk {

class ApiClient;
class ParameterFields;
struct ApiFailure;

class CaseComposer : public QWidget {
    Q_OBJECT

public:
    // api must outlive the widget.
    explicit CaseComposer(ApiClient& api, QWidget* parent = nullptr);

    // The case replied to (0: none), whether the operator holds it, and when
    // the citizen's window closes (nullopt: closed).
    void setCase(qint64 caseId, bool owned, const std::optional<std::int64_t>& windowClosesAtMs);
    // Only templates can be sent: the window is closed.
    bool templatesOnly() const { return templatesOnly_; }
    // The reply as filled in, or nullopt while something is missing or wrong.
    std::optional<api::CaseReply> reply() const;
    bool isSending() const { return sending_; }
    QPlainTextEdit* textEdit() const { return text_; }
    // While offline nothing can be sent: the button says why.
    void setOffline(bool offline);
    bool isOffline() const { return offline_; }

public Q_SLOTS:
    // A canned answer: into the free text (at the cursor), or nothing in template mode.
    void insertText(const QString& text);
    void focusEditor();
    void send();

Q_SIGNALS:
    void replySent(qint64 caseId);
    void failed(const ApiFailure& failure);

private:
    void tick();   // the countdown, and the switch to templates when the window closes
    void setTemplatesOnly(bool only);
    void loadTemplates();
    void updateState();
    const MessageTemplate* chosenTemplate() const;

    ApiClient& api_;
    qint64 caseId_ = 0;
    bool owned_ = false;
    std::optional<std::int64_t> closesAtMs_;
    bool templatesOnly_ = false;
    bool sending_ = false;
    bool offline_ = false;
    bool templatesLoaded_ = false;
    QList<MessageTemplate> templates_;

    QLabel* countdown_;
    QStackedWidget* modes_;
    QPlainTextEdit* text_;
    QComboBox* templateCombo_;
    ParameterFields* parameters_;
    QLabel* templatePreview_;
    QPushButton* sendButton_;
    QLabel* status_;
    QTimer* clock_;
};

} // namespace sportello::desk
