#include "settings/desk_settings.hpp"

#include <QSettings>
#include <QTemporaryFile>

#include <algorithm>
#include <iterator>

namespace sportello::desk {

namespace {

struct KeySpec {
    DeskSettings::Key key;
    const char* path;     // QSettings key, "group/name"
    QVariant defaultValue;
};

// The one table of keys. Changing a path or a meaning needs a migrate() step.
const KeySpec& spec(DeskSettings::Key key) {
    using K = DeskSettings::Key;
    static const KeySpec table[] = {
        {K::Version, "meta/version", QVariant(0)},
        {K::ServerUrl, "connection/server_url", QVariant(QString())},
        {K::CaFile, "connection/ca_file", QVariant(QString())},
        {K::PinnedCertificate, "connection/pinned_certificate_sha256", QVariant(QString())},
        {K::LastUsername, "login/last_username", QVariant(QString())},
        {K::RequestTimeoutMs, "connection/request_timeout_ms", QVariant(15000)},
    };
    const auto* found = std::find_if(std::begin(table), std::end(table), [key](const KeySpec& s) { return s.key == key; });
    Q_ASSERT(found != std::end(table));
    return *found;
}

} // namespace

DeskSettings::DeskSettings() : DeskSettings(std::make_unique<QSettings>()) {}

DeskSettings::DeskSettings(const QString& iniPath)
    : DeskSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

DeskSettings::DeskSettings(std::unique_ptr<QSettings> settings) : settings_(std::move(settings)) { migrate(); }

DeskSettings::~DeskSettings() = default;

std::unique_ptr<DeskSettings> DeskSettings::createTemporary() {
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open()) return nullptr;
    file->close();   // QSettings rewrites it by name; the object keeps it for removal
    std::unique_ptr<DeskSettings> settings(new DeskSettings(file->fileName()));
    settings->temporaryFile_ = std::move(file);
    return settings;
}

QString DeskSettings::keyPath(Key key) { return QString::fromLatin1(spec(key).path); }

QVariant DeskSettings::defaultValue(Key key) { return spec(key).defaultValue; }

QVariant DeskSettings::value(Key key) const { return settings_->value(keyPath(key), defaultValue(key)); }

void DeskSettings::setValue(Key key, const QVariant& value) { settings_->setValue(keyPath(key), value); }

void DeskSettings::reset(Key key) { settings_->remove(keyPath(key)); }

std::chrono::milliseconds DeskSettings::requestTimeout() const {
    bool ok = false;
    const int ms = value(Key::RequestTimeoutMs).toInt(&ok);
    // A hand-edited nonsense value must not disable the timeout.
    return std::chrono::milliseconds(ok && ms >= 1000 && ms <= 300000 ? ms : defaultValue(Key::RequestTimeoutMs).toInt());
}

QString DeskSettings::fileName() const { return settings_->fileName(); }

void DeskSettings::sync() { settings_->sync(); }

void DeskSettings::migrate() {
    const int version = value(Key::Version).toInt();
    if (version >= currentVersion) return;
    // Version 0 → 1: nothing to convert yet; the file only gets its version.
    setValue(Key::Version, currentVersion);
}

} // namespace sportello::desk
