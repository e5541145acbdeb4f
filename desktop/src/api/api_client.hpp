#pragma once
// The one way the desktop talks to the relay's /ops/v1 API. Asynchronous on
// the UI thread's event loop (QNetworkAccessManager): nothing here blocks.
//
// Contracts of every call:
//   - it has a transfer timeout (no progress for that long fails it);
//   - `context` must not be null; `done` runs later, on the UI thread, at
//     most once, and only while `context` is alive (then exactly once);
//     destroying `context` aborts the request silently;
//   - redirects are followed only within the same https origin (at most 3);
//   - answers above maxAnswerBytes are cut off and fail;
//   - every failure arrives as an ApiFailure with a translated message;
//   - bodies are encoded and decoded only by the shared codec.

#include "api/admin_types.hpp"
#include "api/api_result.hpp"
#include "api/citizen_types.hpp"
#include "api/desk_types.hpp"
#include "api/tls_policy.hpp"
#include "api/user_types.hpp"
#include "api/api_messages.hpp"
#include "api/content_types.hpp"
#include "api/report_types.hpp"
#include "sportello/api/cases.hpp"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sportello::desk {

class ApiClient : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 maxAnswerBytes = 16 * 1024 * 1024;
    static constexpr int maxRedirects = 3;
    static constexpr std::chrono::milliseconds defaultTransferTimeout{15000};

    template <class T>
    using Callback = std::function<void(ApiResult<T>)>;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    // "relay.example.it:8443" or "https://relay.example.it:8443/"; only https.
    // Fails with Kind::Configuration and a translated message.
    static ApiResult<QUrl> parseServerUrl(const QString& text);

    // Applies to requests started afterwards.
    void setServer(const QUrl& baseUrl, const TlsPolicy& tls);
    QUrl serverUrl() const { return baseUrl_; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    std::chrono::milliseconds transferTimeout() const { return timeout_; }
    // The bearer token sent by authenticated calls; empty: none.
    void setSessionToken(const QString& token) { token_ = token; }

    // POST /ops/v1/session → 201 Session. Server errors: unauthorized, rate_limited,
    // two_factor_required (the account is enrolled: log in again with a code).
    void login(const QString& username, const QString& password, const QObject* context,
               Callback<DeskSession> done);
    // The same, with the second factor of an enrolled account.
    void login(const QString& username, const QString& password, const SecondFactor& secondFactor,
               const QObject* context, Callback<DeskSession> done);
    // GET /ops/v1/tree → 200 PublishedTree. Server errors: unauthorized, session_expired, forbidden.
    void fetchTree(const QObject* context, Callback<TreeSnapshot> done);

    // Content management (docs/ops-api.md, "Content management"), defined in
    // api_client_content.cpp. Besides the session errors above, writes fail
    // with conflict (409, ApiFailure::currentRevision set) when what they were
    // based on changed, and with validation_failed (422).
    void fetchDraft(const QObject* context, Callback<DraftSnapshot> done);
    // PUT /draft/nodes/{id}: replaces the node's editable fields.
    void saveNode(qint64 id, qint64 revision, const HashtagNode& fields, const QObject* context,
                  Callback<DraftNode> done);
    // POST /draft/nodes; with restoreId, re-creates a deleted node under its old id.
    void createNode(qint64 draftRevision, qint64 parentId, int position, const HashtagNode& fields,
                    std::optional<qint64> restoreId, const QObject* context, Callback<DraftNode> done);
    void moveNode(qint64 id, qint64 draftRevision, qint64 parentId, int position, const QObject* context,
                  Callback<DraftSnapshot> done);
    // DELETE /draft/nodes/{id}: the node and its subtree.
    void deleteNode(qint64 id, qint64 draftRevision, const QObject* context, Callback<DraftSnapshot> done);
    void addAlias(qint64 id, qint64 revision, const QString& alias, const QObject* context,
                  Callback<DraftNode> done);
    void discardDraft(qint64 draftRevision, const QObject* context, Callback<DraftSnapshot> done);
    // GET /draft/diff: from the newest version to the draft.
    void fetchDraftDiff(const QObject* context, Callback<TreeDiff> done);
    void publish(qint64 draftRevision, const QString& note, const QObject* context, Callback<TreeSnapshot> done);
    void fetchVersions(const QObject* context, Callback<QList<VersionInfo>> done);
    void fetchVersionDiff(qint64 from, qint64 to, const QObject* context, Callback<TreeDiff> done);
    void rollback(qint64 version, qint64 draftRevision, const QString& note, const QObject* context,
                  Callback<TreeSnapshot> done);
    void fetchUnanswered(int days, int limit, const QObject* context, Callback<UnansweredReport> done);
    // POST /bot/preview: exactly what the relay would answer to text (or to a menu reply id).
    void previewBot(const BotQuery& query, const QObject* context, Callback<BotPreview> done);

    // Broadcasts, templates, API clients and alerts (docs/ops-api.md), defined
    // in api_client_admin.cpp. Besides the session errors: forbidden without
    // the endpoint's permission, validation_failed / invalid_request (with
    // ApiFailure::field), unknown_template, template_parameters, not_found.
    void fetchTemplates(const QObject* context, Callback<QList<MessageTemplate>> done);
    // PUT /templates/{name}/{language}: creates or replaces.
    void saveTemplate(const MessageTemplate& spec, const QObject* context, Callback<MessageTemplate> done);
    void deleteTemplate(const QString& name, const QString& language, const QObject* context,
                        Callback<NoContent> done);
    // POST /broadcasts/estimate: recipients and ETA, nothing is sent.
    void estimateBroadcast(const BroadcastDraft& draft, const QObject* context, Callback<BroadcastEstimate> done);
    void createBroadcast(const BroadcastDraft& draft, const QObject* context, Callback<Broadcast> done);
    void fetchBroadcasts(const QObject* context, Callback<QList<Broadcast>> done);
    void fetchBroadcast(qint64 id, const QObject* context, Callback<Broadcast> done);
    // What is still queued is cancelled; the answer is the broadcast afterwards.
    void cancelBroadcast(qint64 id, const QObject* context, Callback<Broadcast> done);
    void fetchApiClients(const QObject* context, Callback<QList<ApiClientInfo>> done);
    // The token in the answer is shown once; never store it.
    void createApiClient(const ApiClientSpec& spec, const QObject* context, Callback<IssuedToken> done);
    void rotateApiClient(qint64 id, const QObject* context, Callback<IssuedToken> done);
    void revokeApiClient(qint64 id, const QObject* context, Callback<NoContent> done);
    // Any operator may read alerts; clearing the sending stop needs manage_system.
    void fetchAlerts(const QObject* context, Callback<QList<SendingAlert>> done);
    // Operator accounts (manage_users). Errors: forbidden, not_found,
    // validation_failed (username), conflict (a taken username; the last
    // active administrator), invalid_request (field names the bad one).
    void fetchUsers(const QObject* context, Callback<QList<UserAccount>> done);
    void createUser(const QString& username, const QString& displayName, Role role, const QObject* context,
                    Callback<TemporaryCredentials> done);
    // Each field given is changed; disabling ends the user's sessions at once.
    void updateUser(qint64 id, const std::optional<QString>& displayName, std::optional<Role> role,
                    std::optional<bool> disabled, const QObject* context, Callback<UserAccount> done);
    void resetPassword(qint64 id, const QObject* context, Callback<TemporaryCredentials> done);
    void unlockUser(qint64 id, const QObject* context, Callback<UserAccount> done);
    // Sessions: the caller's own (any role), a user's (manage_users). Ending
    // one: the caller's own, or anyone's with manage_users (404 otherwise).
    void fetchOwnSessions(const QObject* context, Callback<QList<SessionInfo>> done);
    void fetchUserSessions(qint64 userId, const QObject* context, Callback<QList<SessionInfo>> done);
    void endSession(const QString& sessionId, const QObject* context, Callback<NoContent> done);
    // The audit trail (read_audit), newest first: limit entries (1–1000)
    // before beforeId (nullopt: from the newest).
    void fetchAudit(const AuditQuery& query, std::optional<qint64> beforeId, int limit, const QObject* context,
                    Callback<AuditRecordPage> done);
    // Records in the trail that this desk wrote `entries` entries to a file,
    // chosen by `filter` (a summary for people, at most 500 bytes).
    void recordAuditExport(qint64 entries, const QString& filter, const QObject* context, Callback<NoContent> done);
    // PUT /session/password: the session's own password. Errors:
    // validation_failed (the policy's reason, field new_password),
    // unauthorized (a wrong current password).
    void changePassword(const QString& current, const QString& next, const QObject* context, Callback<NoContent> done);
    // Two-factor authentication of the session's own account (docs/ops-api.md,
    // "Two-factor authentication"): start (a pending secret), then confirm
    // with a current code (the ten recovery codes, shown once). Errors:
    // conflict (already enrolled), validation_failed (field code: wrong code).
    void startTwoFactorEnrolment(const QObject* context, Callback<TwoFactorEnrolment> done);
    void confirmTwoFactorEnrolment(const QString& code, const QObject* context, Callback<QStringList> done);
    // An administrator clears a user's enrolment and ends their sessions.
    void resetTwoFactor(qint64 id, const QObject* context, Callback<UserAccount> done);
    void clearSendingAlert(const QObject* context, Callback<NoContent> done);

    // The operators' inbox (docs/ops-api.md, "Cases"), defined in
    // api_client_cases.cpp; every call needs answer_requests (reveal:
    // reveal_phone). The answers are the shared codec's own types: the desk
    // shows them as they are. A 409 (someone else holds the case, or it is
    // closed) carries the relay's message naming the owner.
    enum class CaseFilter { Mine, Unassigned, All, Closed };
    static QString caseFilterName(CaseFilter filter);   // the wire's "mine", "unassigned", "all", "closed"
    void fetchCases(CaseFilter filter, const QObject* context, Callback<api::CaseList> done);
    void fetchCase(qint64 id, const QObject* context, Callback<api::CaseDetail> done);
    // POST /cases/next: claims the most urgent unassigned case; nullopt when the queue is empty (204).
    void nextCase(const QObject* context, Callback<std::optional<api::CaseDetail>> done);
    void claimCase(qint64 id, const QObject* context, Callback<api::CaseDetail> done);
    void releaseCase(qint64 id, const QObject* context, Callback<NoContent> done);
    void transferCase(qint64 id, const QString& username, const QObject* context, Callback<NoContent> done);
    void closeCase(qint64 id, api::CaseOutcome outcome, const QObject* context, Callback<NoContent> done);
    // Free text (reply.text) or a template; 422 outside_window for free text
    // once the citizen's 24-hour window closed. The same idempotency key sends once.
    void replyToCase(qint64 id, const api::CaseReply& reply, const QObject* context,
                     Callback<api::CaseReplyAccepted> done);
    void revealNumber(qint64 id, const QObject* context, Callback<api::RevealedNumber> done);
    // PUT (viewing) or DELETE (left) /cases/{id}/presence.
    void setPresence(qint64 id, bool viewing, const QObject* context, Callback<NoContent> done);
    // GET /ops/v1/colleagues: who may take a transferred case, by display name.
    void fetchColleagues(const QObject* context, Callback<QList<api::CaseOperator>> done);
    void searchCannedAnswers(const QString& query, const QObject* context,
                             Callback<std::vector<api::CannedAnswer>> done);

    // The reports and the SLA (read_reports; docs/ops-api.md, "Reports" and
    // "SLA"), defined in api_client_reports.cpp. Errors: forbidden,
    // invalid_request (field names the bad parameter: from, to, node_id…).
    void fetchRequestFigures(const StatsPeriod& period, std::optional<qint64> nodeId, const QObject* context,
                             Callback<RequestFigures> done);
    // By subtree requests, most first; limit 1–500.
    void fetchTopTopics(const StatsPeriod& period, int limit, const QObject* context,
                        Callback<QList<TopicRequests>> done);
    void fetchPushFunnel(const StatsPeriod& period, const QObject* context, Callback<PushFunnel> done);
    void fetchAutoReplyTimes(const StatsPeriod& period, const QObject* context, Callback<ReplyTimes> done);
    void fetchOperatorReplyTimes(const StatsPeriod& period, const QObject* context, Callback<ReplyTimes> done);
    // The availability of the Europe/Rome month holding dayInMonth.
    void fetchMonthAvailability(const QDate& dayInMonth, const QObject* context, Callback<MonthAvailability> done);
    void fetchBusiestHours(const StatsPeriod& period, const QObject* context, Callback<BusiestHours> done);
    void fetchUnansweredFigures(const StatsPeriod& period, int limit, const QObject* context,
                                Callback<UnansweredFigures> done);
    // The relay's reports.min_cell_count: counts from 1 to it − 1 are
    // suppressed in every CSV of statistics, the desk's as the relay's.
    void fetchCsvMinCellCount(const QObject* context, Callback<int> done);

    // A citizen's rights (citizen_rights; docs/ops-api.md, "A citizen's
    // data"), defined in api_client_citizens.cpp. The export's answer is the
    // JSON document as the relay wrote it, to be saved unchanged. Errors:
    // forbidden, invalid_phone and invalid_request (field: phone, user_id,
    // reason).
    void exportCitizenData(const CitizenSubject& subject, const QObject* context, Callback<QByteArray> done);
    void eraseCitizenData(const CitizenSubject& subject, const QObject* context, Callback<CitizenErasure> done);

    // GET path as a Server-Sent Events stream (EventStream uses it): the
    // session's token and the certificate checks of every call, but no
    // transfer timeout, no size cap and no redirects. The reply belongs to
    // the caller (deleting it closes the stream); null without a server.
    QNetworkReply* openStream(const QString& path, const QByteArray& lastEventId);

private:
    struct Call {
        QByteArray verb;          // "GET", "POST", "PUT" or "DELETE"
        QString path;             // under the base URL, e.g. "/ops/v1/tree"
        QByteArray body;          // JSON; null for none
        RequestPurpose purpose = RequestPurpose::Authenticated;
        QString query;            // encoded query string without '?', or empty
    };
    // done receives the body of a 2xx answer.
    void send(const Call& call, const QObject* context, Callback<QByteArray> done);
    QUrl urlFor(const QString& path, const QString& query = {}) const;
    QNetworkRequest requestFor(const QUrl& url, RequestPurpose purpose, const QByteArray& accept) const;

    QNetworkAccessManager* network_;
    QUrl baseUrl_;
    TlsPolicy tls_;
    QString token_;
    std::chrono::milliseconds timeout_ = defaultTransferTimeout;
};

} // namespace sportello::desk
