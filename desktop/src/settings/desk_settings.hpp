#pragma once
// The desktop's persistent settings, typed. One key table (desk_settings.cpp)
// names every key with its default; a version key drives migrate(). Never
// holds secrets: no passwords, no session tokens.
//
// Not thread-safe: use from the UI thread.

#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>

class QSettings;
class QTemporaryFile;

namespace sportello::desk {

class DeskSettings {
public:
    enum class Key {
        Version,              // int: the layout of this file, see migrate()
        ServerUrl,            // QString: e.g. https://relay.example.it:8443
        CaFile,               // QString: PEM file of the relay's CA; empty: system store
        PinnedCertificate,    // QString: hex SHA-256 of the relay's certificate; empty: none
        LastUsername,         // QString
        RequestTimeoutMs,     // int: per-request transfer timeout
    };
    static constexpr int currentVersion = 1;

    // The user's settings in the platform's usual place (organisation and
    // application names of the QCoreApplication).
    DeskSettings();
    // An INI file at path (created if missing): tests, --settings.
    explicit DeskSettings(const QString& iniPath);
    // A fresh INI file that is deleted with the instance. Returns null if no
    // temporary file can be created.
    static std::unique_ptr<DeskSettings> createTemporary();
    ~DeskSettings();
    DeskSettings(const DeskSettings&) = delete;
    DeskSettings& operator=(const DeskSettings&) = delete;

    QVariant value(Key key) const;        // the default when unset
    void setValue(Key key, const QVariant& value);
    void reset(Key key);                  // back to the default
    static QString keyPath(Key key);      // e.g. "connection/server_url"
    static QVariant defaultValue(Key key);

    QString serverUrl() const { return value(Key::ServerUrl).toString(); }
    void setServerUrl(const QString& url) { setValue(Key::ServerUrl, url); }
    QString caFile() const { return value(Key::CaFile).toString(); }
    void setCaFile(const QString& path) { setValue(Key::CaFile, path); }
    QString pinnedCertificate() const { return value(Key::PinnedCertificate).toString(); }
    void setPinnedCertificate(const QString& sha256) { setValue(Key::PinnedCertificate, sha256); }
    QString lastUsername() const { return value(Key::LastUsername).toString(); }
    void setLastUsername(const QString& name) { setValue(Key::LastUsername, name); }
    std::chrono::milliseconds requestTimeout() const;

    QString fileName() const;
    void sync();

private:
    explicit DeskSettings(std::unique_ptr<QSettings> settings);
    // Brings an older file up to currentVersion, step by step.
    void migrate();

    std::unique_ptr<QTemporaryFile> temporaryFile_;
    std::unique_ptr<QSettings> settings_;
};

} // namespace sportello::desk
