#include "model/case_cache.hpp"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtDebug>

#include <string_view>

namespace sportello::desk {

namespace {

std::string_view viewOf(const QByteArray& bytes) { return {bytes.constData(), static_cast<std::size_t>(bytes.size())}; }

QByteArray bytesOf(const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

// A readable file name, safe on every file system: letters, digits, '.', '-'
// kept; anything else (':' of IPv6, '@'…) turns into '_', and a short hash of
// the exact text keeps two names that differ only there apart.
QString safeName(const QString& text) {
    QString name;
    for (QChar c : text) name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : u'_';
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return name.left(80) + u'-' + QString::fromLatin1(hash);
}

} // namespace

QString CaseCache::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/inbox-cache");
}

QString CaseCache::fileFor(const QString& folder, const QUrl& server, const QString& username) {
    const QString key = server.host().toLower() + u':' + QString::number(server.port(443)) + u'/' + username;
    return folder + u'/' + safeName(key) + QStringLiteral(".sqlite");
}

CaseCache::CaseCache(const QString& filePath)
    : path_(filePath), connection_(QStringLiteral("case-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.setDatabaseName(path_);
    if (!db.open()) {
        qWarning() << "inbox cache unavailable:" << path_ << db.lastError().text();
        return;
    }
    open_ = exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS queues (filter TEXT PRIMARY KEY, body BLOB NOT NULL, "
                                "saved_at INTEGER NOT NULL)")) &&
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS conversations (case_id INTEGER PRIMARY KEY, "
                                "body BLOB NOT NULL, saved_at INTEGER NOT NULL)"));
    if (!open_) qWarning() << "inbox cache unusable:" << path_;
}

CaseCache::~CaseCache() {
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

bool CaseCache::exec(const QString& sql) const {
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    if (q.exec(sql)) return true;
    qWarning() << "inbox cache:" << q.lastError().text();
    return false;
}

void CaseCache::saveQueue(const QString& filter, const api::CaseList& list) {
    if (!open_) return;
    const QByteArray body = bytesOf(api::encode(list));
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    // Unchanged content is not written again (a refresh after every event).
    q.prepare(QStringLiteral("INSERT INTO queues (filter, body, saved_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (filter) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at "
                             "WHERE body IS NOT excluded.body"));
    q.addBindValue(filter);
    q.addBindValue(body);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) qWarning() << "inbox cache:" << q.lastError().text();
}

std::optional<api::CaseList> CaseCache::queue(const QString& filter) const {
    if (!open_) return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.prepare(QStringLiteral("SELECT body FROM queues WHERE filter = ?"));
    q.addBindValue(filter);
    if (!q.exec() || !q.next()) return std::nullopt;
    const QByteArray body = q.value(0).toByteArray();
    auto decoded = api::decode_cases<api::CaseList>(viewOf(body));
    if (!decoded) return std::nullopt;   // written by another version: as if absent
    return std::move(*decoded);
}

QDateTime CaseCache::queueSavedAt(const QString& filter) const {
    if (!open_) return {};
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.prepare(QStringLiteral("SELECT saved_at FROM queues WHERE filter = ?"));
    q.addBindValue(filter);
    if (!q.exec() || !q.next()) return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong());
}

void CaseCache::saveCase(const api::CaseDetail& detail) {
    if (!open_) return;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.prepare(QStringLiteral("INSERT INTO conversations (case_id, body, saved_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (case_id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at "
                             "WHERE body IS NOT excluded.body"));
    q.addBindValue(qint64(detail.summary.id));
    q.addBindValue(bytesOf(api::encode(detail)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) return void(qWarning() << "inbox cache:" << q.lastError().text());
    if (q.numRowsAffected() <= 0) return;
    QSqlQuery prune(QSqlDatabase::database(connection_, false));
    prune.prepare(QStringLiteral("DELETE FROM conversations WHERE case_id NOT IN "
                                 "(SELECT case_id FROM conversations ORDER BY saved_at DESC, case_id DESC LIMIT ?)"));
    prune.addBindValue(maxConversations);
    prune.exec();
}

std::optional<api::CaseDetail> CaseCache::conversation(qint64 id) const {
    if (!open_) return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.prepare(QStringLiteral("SELECT body FROM conversations WHERE case_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) return std::nullopt;
    const QByteArray body = q.value(0).toByteArray();
    auto decoded = api::decode_cases<api::CaseDetail>(viewOf(body));
    if (!decoded) return std::nullopt;
    return std::move(*decoded);
}

int CaseCache::conversationCount() const {
    if (!open_) return 0;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM conversations")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace sportello::desk
