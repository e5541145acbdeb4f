#pragma once
// A Server-Sent Events stream from the relay (GET /ops/v1/events, see
// docs/ops-api.md "Events"), kept open while started: each event is handed
// on as it arrives; when the stream ends, breaks or stays silent for
// silenceLimit (the relay sends a heartbeat every 15 s), it reconnects after
// a growing pause (1 s, 2 s, 4 s… up to maxPause) with Last-Event-ID, so
// that nothing in between is lost. A refusal (401, 403, 404) stops it:
// whoever polls instead will meet the same refusal and say so. Nothing here
// blocks.

#include "api/reconnect_backoff.hpp"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QNetworkReply;
class QTimer;

namespace sportello::desk {

class ApiClient;

class EventStream : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds silenceLimit{45000};
    static constexpr std::chrono::milliseconds firstPause{1000};
    static constexpr std::chrono::milliseconds maxPause{30000};

    // api must outlive the stream.
    EventStream(ApiClient& api, const QString& path, QObject* parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    bool isStarted() const { return started_; }
    // The relay answered 200 text/event-stream and the stream is open.
    bool isConnected() const { return connected_; }
    QByteArray lastEventId() const { return lastId_; }

Q_SIGNALS:
    void received(const QByteArray& id, const QString& type, const QByteArray& data);
    void connectedChanged(bool connected);

private:
    void open();
    void onHeaders();
    void onData();
    void onFinished();
    void handleLine(const QByteArray& line);
    void setConnected(bool connected);
    void closeReply();

    ApiClient& api_;
    QString path_;
    QPointer<QNetworkReply> reply_;
    QTimer* silence_;
    QTimer* retry_;
    ReconnectBackoff backoff_{firstPause, maxPause};
    bool started_ = false;
    bool connected_ = false;
    QByteArray buffer_;       // an incomplete line
    QByteArray lastId_;
    QString type_;            // of the event being read
    QByteArray data_;
    bool hasData_ = false;
};

} // namespace sportello::desk
