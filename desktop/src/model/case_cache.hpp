#pragma once
// The inbox's offline cache: the last queue the relay gave for each filter
// and the conversations the operator opened, kept in a local SQLite file
// (Qt Sql, QSQLITE) so that the desk can show them while the relay is
// unreachable, and at start before the relay answers.
//
// Contracts:
//   - one file per relay (host and port) and operator: two accounts, or two
//     relays, never share or mix a cache (fileFor());
//   - it holds what the relay's queue and case answers hold, in the shared
//     codec's JSON: numbers are masked there. A revealed number is never
//     given to the cache, so it never reaches the file;
//   - writes happen only when the content changed, in one small statement
//     (WAL, synchronous=NORMAL), so that a live desk does not write on every
//     refresh; at most maxConversations conversations are kept, the least
//     recently saved dropped first;
//   - a file that cannot be opened or read makes an empty, working cache
//     (isOpen() false): the desk goes on without offline data.

#include "sportello/api/cases.hpp"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace sportello::desk {

class CaseCache {
public:
    static constexpr int maxConversations = 200;

    // The folder for caches in the user's data folder (AppLocalDataLocation).
    static QString defaultFolder();
    // The cache file of this operator on this relay, under folder.
    static QString fileFor(const QString& folder, const QUrl& server, const QString& username);

    explicit CaseCache(const QString& filePath);
    ~CaseCache();
    CaseCache(const CaseCache&) = delete;
    CaseCache& operator=(const CaseCache&) = delete;

    bool isOpen() const { return open_; }
    QString filePath() const { return path_; }

    // filter: the wire name ("mine", "unassigned", "all", "closed").
    void saveQueue(const QString& filter, const api::CaseList& list);
    std::optional<api::CaseList> queue(const QString& filter) const;
    // When the queue of this filter was saved; invalid when never.
    QDateTime queueSavedAt(const QString& filter) const;
    void saveCase(const api::CaseDetail& detail);
    std::optional<api::CaseDetail> conversation(qint64 id) const;
    int conversationCount() const;

private:
    bool exec(const QString& sql) const;

    QString path_;
    QString connection_;   // the QSqlDatabase connection's unique name
    bool open_ = false;
};

} // namespace sportello::desk
