#pragma once

// A workstation for the sync e2e tests: a fresh encrypted database in a temporary
// directory (no local users: everything arrives from the server) and a real SyncClient
// on its worker thread, pointed at a ServerFixture. Header-only (sw_testsupport).

#include "domain/roles.h"
#include "services/actor.h"
#include "services/syncedtables.h"
#include "storage/database.h"
#include "sync/syncclient.h"
#include "sync/syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace swtest {

class SyncWorkstation
{
public:
    ~SyncWorkstation() { close(); } // the client (its thread) before the database

    bool create(const QUrl& server, const QString& caFile, QString* why)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = sw::storage::Database::create(m_dir->filePath(QStringLiteral("ws.db")),
                                                sw::storage::Secret::fromUtf8(QStringLiteral("workstation passphrase")));
        if (!db) {
            *why = db.message();
            return false;
        }
        m_db = std::move(*db);
        sw::sync::SyncClient::Settings settings;
        settings.serverUrl = server;
        settings.caCertificateFile = caFile;
        settings.intervalSecs = 0; // the tests say when
        if (const sw::Status saved = sw::sync::SyncClient::saveSettings(*m_db, settings); !saved) {
            *why = saved.error().message + QLatin1Char(' ') + saved.error().detail;
            return false;
        }
        client = std::make_unique<sw::sync::SyncClient>(*m_db);
        return true;
    }

    // Stops the client (its thread ends) and closes the database; the file stays.
    void close()
    {
        client.reset();
        m_db.reset();
    }
    bool reopen(QString* why)
    {
        auto db = sw::storage::Database::open(m_dir->filePath(QStringLiteral("ws.db")),
                                              sw::storage::Secret::fromUtf8(QStringLiteral("workstation passphrase")));
        if (!db) {
            *why = db.message();
            return false;
        }
        m_db = std::move(*db);
        client = std::make_unique<sw::sync::SyncClient>(*m_db);
        return true;
    }

    sw::storage::Database& db() { return *m_db; }
    QSqlDatabase conn() { return m_db->connection(); }

    // Signs in and waits for the first sync to finish; false with the reason otherwise.
    bool signIn(const QString& login, const QString& password, QString* why, int timeoutMs = 120000)
    {
        QSignalSpy finished(client.get(), &sw::sync::SyncClient::syncFinished);
        QSignalSpy failed(client.get(), &sw::sync::SyncClient::signInFailed);
        client->signIn(login, password);
        QDeadlineTimer deadline(timeoutMs);
        while (finished.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            finished.wait(100);
        if (!failed.isEmpty()) {
            *why = failed.first().at(0).toString();
            return false;
        }
        if (finished.isEmpty()) {
            *why = QStringLiteral("no sync after sign-in");
            return false;
        }
        if (!finished.first().at(0).toBool()) {
            *why = finished.first().at(1).toString();
            return false;
        }
        return true;
    }

    // "Sync now" and wait for its end: true when it succeeded (message in *message).
    bool sync(QString* message = nullptr, int timeoutMs = 300000)
    {
        QSignalSpy finished(client.get(), &sw::sync::SyncClient::syncFinished);
        client->syncNow();
        if (!finished.wait(timeoutMs)) {
            if (message)
                *message = QStringLiteral("timeout");
            return false;
        }
        if (message)
            *message = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    // The local user with this login, as a service actor.
    sw::services::Actor actor(const QString& login)
    {
        sw::services::Actor a;
        QSqlQuery q(conn());
        q.prepare(QStringLiteral("SELECT id, display_name, coalesce(team_id, '') FROM users WHERE login = ? AND deleted = 0"));
        q.addBindValue(login);
        if (!q.exec() || !q.next())
            return a;
        a.userId = q.value(0).toString();
        a.login = login;
        a.displayName = q.value(1).toString();
        a.teamId = q.value(2).toString();
        QSqlQuery r(conn());
        r.prepare(QStringLiteral("SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                 "WHERE ur.user_id = ? AND ur.deleted = 0"));
        r.addBindValue(a.userId);
        r.exec();
        while (r.next()) {
            sw::domain::Role role;
            if (sw::domain::roleFromCode(r.value(0).toString(), &role))
                a.roles << role;
        }
        return a;
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(conn());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Every live row of every synced table as "table/id" → field values (JSON-normalised),
    // for comparing workstations with each other and with the server.
    QMap<QString, QJsonObject> liveRows()
    {
        QMap<QString, QJsonObject> out;
        for (const QString& table : sw::services::SyncedTables::names()) {
            const sw::services::SyncedTable* t = sw::services::SyncedTables::find(table);
            QSqlQuery q(conn());
            if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0").arg(t->fields.join(QStringLiteral(", ")), table)))
                qFatal("liveRows: %s", qPrintable(table));
            while (q.next()) {
                QJsonObject o;
                for (int i = 0; i < t->fields.size(); ++i)
                    o.insert(t->fields.at(i), normalised(q.value(i + 1)));
                out.insert(table + QLatin1Char('/') + q.value(0).toString(), o);
            }
        }
        return out;
    }

    static QJsonValue normalised(const QVariant& v)
    {
        if (!v.isValid() || v.isNull())
            return QJsonValue::Null;
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            return QJsonValue(v.toLongLong());
        case QMetaType::Double:
            return QJsonValue(v.toDouble());
        default:
            return QJsonValue(v.toString());
        }
    }

    std::unique_ptr<sw::sync::SyncClient> client;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sw::storage::Database> m_db;
};

} // namespace swtest
