#pragma once
// A tiny HTTPS server on loopback for the ApiClient cases a well-behaved relay
// never produces: redirects, oversized or unreadable answers, silence. It
// answers each complete request with the scripted raw HTTP response (or not
// at all when the script is empty). Runs on the test's event loop.

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QUrl>

class ScriptedHttpsServer : public QObject {
    Q_OBJECT

public:
    // PEM files: the certificate chain (leaf first) and the EC private key.
    ScriptedHttpsServer(const QString& certificateChainFile, const QString& privateKeyFile);

    bool listen();                       // 127.0.0.1, a free port
    QUrl url() const;                    // https://127.0.0.1:<port>
    void setResponse(const QByteArray& raw) { response_ = raw; }
    int requestsSeen() const { return requests_; }

private:
    void serve(QSslSocket* socket);

    QSslServer server_;
    QByteArray response_;
    int requests_ = 0;
};
