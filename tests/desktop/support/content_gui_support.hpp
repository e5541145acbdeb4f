#pragma once
// Shared by the content GUI tests against the real relay: a logged-in main
// window, scripted answers to the app's dialogs, and the relay's own view of
// the draft and the published tree (read with the fixture's client, not the
// desktop's, so that the two are independent).

#include "api/api_client.hpp"
#include "relay_fixture.hpp"
#include "sportello/api/contract.hpp"
#include "sportello/api/content.hpp"
#include "ui/dialogs.hpp"
#include "ui/main_window.hpp"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace sportello::testing {

inline constexpr int networkTimeoutMs = 20000;

// Answers the app's dialogs while alive: confirmations with `confirm`, text
// questions with the queued `texts` (none left: cancel), file names with
// the queued `files`, choices with
// `choice` (nullopt: the dialog's default). Records every question.
class DialogScript {
public:
    DialogScript();
    ~DialogScript();
    DialogScript(const DialogScript&) = delete;
    DialogScript& operator=(const DialogScript&) = delete;

    bool confirm = true;
    QStringList texts;
    QStringList files;   // answers to "save as", in order (none left: cancel)
    std::optional<int> choice;
    QList<desk::Dialogs::Request> asked;

    int count(desk::Dialogs::Request::Kind kind) const;
};

// An operator logged in through the desktop's ApiClient, with the main window
// open on the loaded draft.
struct DeskUi {
    std::unique_ptr<desk::ApiClient> api;
    std::unique_ptr<desk::MainWindow> window;
    std::string token;   // a separate session of the same user, for the fixture's own calls
};

// The widget of type T named objectName under parent; a test without it cannot go on (qFatal).
template <class T>
T* child(QWidget* parent, const char* objectName) {
    T* found = parent->findChild<T*>(QLatin1String(objectName));
    if (!found) qFatal("no widget named %s", objectName);
    return found;
}

// Null (and a QWARN) when the login or the first draft does not arrive in time.
std::unique_ptr<DeskUi> openDesk(RelayFixture& fixture, const std::string& user, const std::string& password);

std::optional<api::Draft> relayDraft(RelayFixture& fixture, const std::string& token);
std::optional<api::PublishedTree> relayTree(RelayFixture& fixture, const std::string& token);
const api::DraftNode* nodeTagged(const api::Draft& draft, const std::string& tag);
// POST /draft/discard with the current revision; true when the draft is clean afterwards.
bool discardDraft(RelayFixture& fixture, const std::string& token);
// Whether the window's draft is loaded and no write is pending.
bool idle(desk::MainWindow& window);
// The id of the window's draft node with this tag; 0 when there is none.
qint64 idOf(desk::MainWindow& window, const QString& tag);

} // namespace sportello::testing
