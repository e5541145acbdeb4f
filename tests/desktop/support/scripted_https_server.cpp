#include "scripted_https_server.hpp"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether buffer holds a whole request: headers and Content-Length bytes of body.
bool requestComplete(const QByteArray& buffer) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return false;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(end).split('\n'))
        if (line.toLower().startsWith("content-length:")) length = line.mid(15).trimmed().toLongLong();
    return buffer.size() >= end + 4 + length;
}

} // namespace

ScriptedHttpsServer::ScriptedHttpsServer(const QString& certificateChainFile, const QString& privateKeyFile) {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const auto chain = QSslCertificate::fromData(readAll(certificateChainFile), QSsl::Pem);
    if (!chain.isEmpty()) {
        config.setLocalCertificate(chain.constFirst());
        config.setLocalCertificateChain(chain);
    }
    config.setPrivateKey(QSslKey(readAll(privateKeyFile), QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);   // no client certificates
    server_.setSslConfiguration(config);
    connect(&server_, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (server_.hasPendingConnections())
            serve(static_cast<QSslSocket*>(server_.nextPendingConnection()));
    });
}

bool ScriptedHttpsServer::listen() { return server_.listen(QHostAddress::LocalHost, 0); }

QUrl ScriptedHttpsServer::url() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server_.serverPort()));
}

void ScriptedHttpsServer::serve(QSslSocket* socket) {
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        if (!requestComplete(*buffer)) return;
        buffer->clear();
        ++requests_;
        if (!response_.isEmpty()) socket->write(response_);
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
}
