#include "content_gui_support.hpp"

#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "sportello/api/codec.hpp"

#include <QDebug>
#include <QTest>

namespace sportello::testing {

using desk::Dialogs;

DialogScript::DialogScript() {
    Dialogs::setTestHook([this](const Dialogs::Request& request) -> QVariant {
        asked.append(request);
        switch (request.kind) {
        case Dialogs::Request::Kind::Confirm:
            return confirm;
        case Dialogs::Request::Kind::Text:
            return texts.isEmpty() ? QVariant() : QVariant(texts.takeFirst());
        case Dialogs::Request::Kind::Choice:
            return choice.value_or(request.initialIndex);
        case Dialogs::Request::Kind::SaveFile:
            return files.isEmpty() ? QVariant() : QVariant(files.takeFirst());
        }
        return {};
    });
}

DialogScript::~DialogScript() { Dialogs::setTestHook({}); }

int DialogScript::count(Dialogs::Request::Kind kind) const {
    int n = 0;
    for (const auto& request : asked)
        if (request.kind == kind) ++n;
    return n;
}

std::unique_ptr<DeskUi> openDesk(RelayFixture& fixture, const std::string& user, const std::string& password) {
    auto ui = std::make_unique<DeskUi>();
    ui->api = std::make_unique<desk::ApiClient>();
    const auto tls = desk::TlsPolicy::fromSettings(QString::fromStdString(fixture.ca_file), {});
    const auto url = desk::ApiClient::parseServerUrl(QString::fromStdString(fixture.relay_url));
    if (!tls.ok() || !url.ok()) return nullptr;
    ui->api->setServer(url.value(), tls.value());

    // The test's own session first: the fixture enrols an account whose role
    // requires two-factor authentication, and then knows its codes.
    ui->token = fixture.login(user, password);
    const desk::SecondFactor code{QString::fromStdString(fixture.next_totp_code(user)), {}};

    std::optional<desk::DeskSession> session;
    QString failure;
    QObject context;
    ui->api->login(QString::fromStdString(user), QString::fromStdString(password), code, &context,
                   [&](desk::ApiResult<desk::DeskSession> result) {
                       if (result.ok()) session = result.value();
                       else failure = result.failure().message;
                   });
    if (!QTest::qWaitFor([&] { return session || !failure.isEmpty(); }, networkTimeoutMs) || !session) {
        qWarning() << "login failed:" << failure;
        return nullptr;
    }
    ui->api->setSessionToken(session->token);
    ui->window = std::make_unique<desk::MainWindow>(*ui->api, *session);
    ui->window->show();
    ui->window->reload();
    if (!QTest::qWaitFor([&] { return idle(*ui->window); }, networkTimeoutMs)) {
        qWarning() << "the draft did not load:" << ui->window->messageText();
        return nullptr;
    }
    return ui;
}

bool idle(desk::MainWindow& window) { return window.drafts()->isLoaded() && !window.drafts()->isBusy(); }

qint64 idOf(desk::MainWindow& window, const QString& tag) {
    const desk::DraftTreeModel& model = *window.treeModel();
    for (qint64 id : model.allIdsInOrder())
        if (model.nodeById(id)->node.tag == tag) return id;
    return 0;
}

std::optional<api::Draft> relayDraft(RelayFixture& fixture, const std::string& token) {
    const auto reply = fixture.relay("GET", "/ops/v1/draft", {}, {{"authorization", "Bearer " + token}});
    if (!reply.ok() || reply.response->status != 200) return std::nullopt;
    auto draft = api::decode_content<api::Draft>(reply.response->body);
    if (!draft) return std::nullopt;
    return *draft;
}

std::optional<api::PublishedTree> relayTree(RelayFixture& fixture, const std::string& token) {
    const auto reply = fixture.relay("GET", "/ops/v1/tree", {}, {{"authorization", "Bearer " + token}});
    if (!reply.ok() || reply.response->status != 200) return std::nullopt;
    auto tree = api::decode<api::PublishedTree>(reply.response->body);
    if (!tree) return std::nullopt;
    return *tree;
}

const api::DraftNode* nodeTagged(const api::Draft& draft, const std::string& tag) {
    for (const auto& node : draft.nodes)
        if (node.node.tag == tag) return &node;
    return nullptr;
}

bool discardDraft(RelayFixture& fixture, const std::string& token) {
    auto draft = relayDraft(fixture, token);
    if (!draft) return false;
    if (!draft->dirty) return true;
    const auto reply = fixture.relay("POST", "/ops/v1/draft/discard",
                                     api::encode(api::PublishRequest{draft->revision, {}}),
                                     {{"authorization", "Bearer " + token}});
    if (!reply.ok() || reply.response->status != 200) return false;
    draft = relayDraft(fixture, token);
    return draft && !draft->dirty;
}

} // namespace sportello::testing
