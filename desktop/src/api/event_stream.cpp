#include "api/event_stream.hpp"

#include "api/api_client.hpp"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sportello::desk {

EventStream::EventStream(ApiClient& api, const QString& path, QObject* parent)
    : QObject(parent), api_(api), path_(path), silence_(new QTimer(this)), retry_(new QTimer(this)) {
    silence_->setSingleShot(true);
    silence_->setInterval(silenceLimit);
    retry_->setSingleShot(true);
    connect(silence_, &QTimer::timeout, this, [this] {
        if (reply_) reply_->abort();   // finished() follows: reconnect
    });
    connect(retry_, &QTimer::timeout, this, &EventStream::open);
}

EventStream::~EventStream() { closeReply(); }

void EventStream::start() {
    if (started_) return;
    started_ = true;
    backoff_.reset();
    open();
}

void EventStream::stop() {
    started_ = false;
    retry_->stop();
    silence_->stop();
    closeReply();
    setConnected(false);
}

void EventStream::closeReply() {
    if (!reply_) return;
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void EventStream::open() {
    if (!started_ || reply_) return;
    buffer_.clear();
    type_.clear();
    data_.clear();
    hasData_ = false;
    reply_ = api_.openStream(path_, lastId_);
    if (!reply_) return;
    connect(reply_, &QNetworkReply::metaDataChanged, this, &EventStream::onHeaders);
    connect(reply_, &QNetworkReply::readyRead, this, &EventStream::onData);
    connect(reply_, &QNetworkReply::finished, this, &EventStream::onFinished);
    silence_->start();
}

void EventStream::onHeaders() {
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString type = reply_->header(QNetworkRequest::ContentTypeHeader).toString();
    if (status == 200 && type.startsWith(u"text/event-stream")) {
        backoff_.reset();
        setConnected(true);
    }
}

void EventStream::onData() {
    silence_->start();
    if (!connected_) return;   // an error body: onFinished deals with it
    buffer_ += reply_->readAll();
    qsizetype end = 0;
    while ((end = buffer_.indexOf('\n')) >= 0) {
        QByteArray line = buffer_.left(end);
        buffer_.remove(0, end + 1);
        if (line.endsWith('\r')) line.chop(1);
        handleLine(line);
    }
}

// One line of the text/event-stream format (WHATWG HTML, "Server-sent events").
void EventStream::handleLine(const QByteArray& line) {
    if (line.isEmpty()) {   // the end of an event
        if (hasData_) {
            if (data_.endsWith('\n')) data_.chop(1);
            Q_EMIT received(lastId_, type_.isEmpty() ? QStringLiteral("message") : type_, data_);
        }
        type_.clear();
        data_.clear();
        hasData_ = false;
        return;
    }
    if (line.startsWith(':')) return;   // a comment: the heartbeat
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' ')) value.remove(0, 1);
    if (field == "id") {
        if (!value.contains('\0')) lastId_ = value;
    } else if (field == "event") {
        type_ = QString::fromUtf8(value);
    } else if (field == "data") {
        data_ += value + '\n';
        hasData_ = true;
    }
}

void EventStream::onFinished() {
    QNetworkReply* reply = reply_;
    const int status = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    reply_ = nullptr;
    if (reply) reply->deleteLater();
    silence_->stop();
    setConnected(false);
    if (!started_) return;
    if (status == 401 || status == 403 || status == 404) {   // refused: polling will tell why
        started_ = false;
        return;
    }
    retry_->start(backoff_.next());
}

void EventStream::setConnected(bool connected) {
    if (connected == connected_) return;
    connected_ = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace sportello::desk
