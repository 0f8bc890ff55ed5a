#pragma once

// Speaking the sync protocol (docs/sync-protocol.md) to a ServerFixture's server over
// HTTP, as the server e2e tests do: requests, sign-in, push bodies and clocks.

#include "support/serverfixture.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace swtest {

struct ApiReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// HLC values relative to the test's start (one fixed base, so calls made at different
// moments still order as written), never "clock_ahead"; the counter orders equal ms.
inline QString hlc(qint64 offsetMs, int counter = 0)
{
    static const qint64 base = QDateTime::currentMSecsSinceEpoch();
    return QStringLiteral("%1-%2-9f3a1c2b4d5e6f70")
        .arg(base + offsetMs, 13, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'));
}

inline QJsonObject op(const QString& opId, const QString& table, const QString& rowId, const QJsonObject& fields,
                      const QString& clock)
{
    return {{QStringLiteral("op_id"), opId},   {QStringLiteral("table"), table},
            {QStringLiteral("row_id"), rowId}, {QStringLiteral("fields"), fields},
            {QStringLiteral("base_seq"), 0},   {QStringLiteral("hlc"), clock}};
}

inline QByteArray pushBody(const QJsonArray& ops)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact);
}

class ApiClient
{
public:
    explicit ApiClient(const ServerFixture& server) : m_server(server) {}

    ApiReply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QString& token = {})
    {
        QNetworkRequest request(m_server.url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader(sw::sync::protocol::kVersionHeader, "1");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ApiReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return r;
    }

    ApiReply login(const QString& login, const QString& password)
    {
        return call("POST", QStringLiteral("/v1/auth/login"),
                    sw::sync::protocol::loginRequest({login, password, QStringLiteral("9f3a1c2b4d5e6f70")}));
    }

    QString tokenFor(const QString& user, const QString& password)
    {
        return login(user, password).json().value(QStringLiteral("token")).toString();
    }

    ApiReply push(const QString& token, const QJsonArray& ops)
    {
        return call("POST", QStringLiteral("/v1/sync/push"), pushBody(ops), token);
    }

    QNetworkAccessManager& nam() { return m_nam; }

private:
    const ServerFixture& m_server;
    QNetworkAccessManager m_nam;
};

} // namespace swtest
