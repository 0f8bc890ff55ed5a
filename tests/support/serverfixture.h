#pragma once

// A real shopwarden-server process on a fresh database of the throwaway PostgreSQL
// cluster that CTest starts (fixture "pg", scripts/pg-test-cluster). Used by the server
// e2e tests and by the sync client e2e tests. Header-only: sw_testsupport is an
// INTERFACE library.

#include "domain/password.h"
#include "domain/roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace swtest {

class ServerFixture
{
public:
    ~ServerFixture()
    {
        stop();
        dropDatabase();
    }

    // New database (random name) in the test cluster, `shopwarden-server --init-db` with
    // admin login "admin" and adminPassword(), then the server on a free 127.0.0.1 port,
    // plain HTTP; waits until /v1/health answers.
    bool start(QString* why) { return startWith(false, why); }
    // The same with TLS: a throwaway CA + server certificate made with the openssl CLI.
    bool startTls(QString* why) { return startWith(true, why); }

    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
    }
    QString caFile() const { return m_tls ? m_dir->filePath(QStringLiteral("ca.pem")) : QString(); }
    static QString adminPassword() { return QStringLiteral("Admin-Test-Pass-2026"); }

    // SIGTERM, wait for the exit.
    bool stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return true;
        m_process->terminate();
        if (m_process->waitForFinished(30000))
            return true;
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    // SIGKILL (fault tests).
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    // Same database, same port.
    bool restart(QString* why)
    {
        stop();
        return launch(why);
    }
    // The server's stdout/stderr (JSON lines).
    QString logPath() const { return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString(); }

    // Runs SQL on the test database (for assertions): rows as QVariantList.
    QList<QVariantList> query(const QString& sql, const QVariantList& values = {})
    {
        QList<QVariantList> rows;
        QSqlQuery q(testDb());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            qWarning("ServerFixture::query failed: %s", qPrintable(q.lastError().text()));
            return rows;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows << row;
        }
        return rows;
    }

    // Adds a user on the server directly (so tests need no admin UI): returns its id.
    QString addUser(const QString& login, const QString& password, const QStringList& roleCodes,
                    const QString& teamId = {})
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject user{{QStringLiteral("login"), login},
                         {QStringLiteral("display_name"), login},
                         {QStringLiteral("password_hash"), sw::domain::hashPassword(password)},
                         {QStringLiteral("team_id"), teamId.isEmpty() ? QJsonValue() : QJsonValue(teamId)},
                         {QStringLiteral("active"), 1},
                         {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        QList<std::pair<QString, QJsonObject>> roleRows;
        for (const QString& code : roleCodes) {
            sw::domain::Role role;
            if (!sw::domain::roleFromCode(code, &role)) {
                qWarning("ServerFixture::addUser: unknown role %s", qPrintable(code));
                return {};
            }
            roleRows.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QJsonObject{{QStringLiteral("user_id"), id},
                                         {QStringLiteral("role_id"), sw::domain::roleId(role)}}});
        }
        QSqlDatabase db = testDb();
        db.transaction();
        bool ok = insertRow(QStringLiteral("users"), id, user);
        for (const auto& [rowId, fields] : roleRows)
            ok = ok && insertRow(QStringLiteral("user_roles"), rowId, fields);
        if (!ok || !db.commit()) {
            db.rollback();
            return {};
        }
        return id;
    }

    QString addTeam(const QString& name)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = testDb();
        db.transaction();
        if (!insertRow(QStringLiteral("teams"), id,
                       {{QStringLiteral("name"), name}, {QStringLiteral("lead_id"), QJsonValue()}})
            || !db.commit()) {
            db.rollback();
            return {};
        }
        return id;
    }

private:
    // Same key as sw::server::PushHandler::kSeqLockKey: rows added here get their
    // server_seq under the same lock as pushed rows.
    static constexpr qint64 kSeqLockKey = 0x5357'5345'51LL;

    bool insertRow(const QString& table, const QString& rowId, const QJsonObject& fields)
    {
        QSqlQuery q(testDb());
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSeqLockKey)))
            return false;
        const QString hlc = QStringLiteral("%1-000000-00000000000000ff").arg(QDateTime::currentMSecsSinceEpoch());
        QJsonObject fieldHlc;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            fieldHlc.insert(it.key(), hlc);
        q.prepare(QStringLiteral("INSERT INTO sync_rows (table_name, row_id, fields, field_hlc, hlc, updated_by, deleted, "
                                 "server_seq) VALUES (?, ?, ?::json, ?::json, ?, '', false, nextval('sync_seq'))"));
        q.bindValue(0, table);
        q.bindValue(1, rowId);
        q.bindValue(2, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        q.bindValue(3, QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)));
        q.bindValue(4, hlc);
        if (!q.exec()) {
            qWarning("ServerFixture::insertRow failed: %s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    QSqlDatabase openDb(const QString& connection, const QString& dbName)
    {
        QSqlDatabase db = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection, false)
                                                             : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isOpen()) {
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_pgPort);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(dbName);
            db.setConnectOptions(QStringLiteral("options=-cclient_min_messages=warning"));
            db.open();
        }
        return db;
    }
    QSqlDatabase testDb() { return openDb(m_dbName + QStringLiteral("_test"), m_dbName); }

    static bool run(const QString& program, const QStringList& args, QString* why, const QString& dir = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (!dir.isEmpty())
            p.setWorkingDirectory(dir);
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool makeCertificates(QString* why)
    {
        const QString d = m_dir->path();
        QFile ext(m_dir->filePath(QStringLiteral("ext.cnf")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        ext.close();
        const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Shopwarden Test CA")},
                   why, d)
            && run(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                    QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1")},
                   why, d)
            && run(QStringLiteral("openssl"),
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")},
                   why, d);
    }

    bool startWith(bool tls, QString* why)
    {
        m_tls = tls;
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *why = QStringLiteral("no temporary directory");
            return false;
        }
        QFile portFile(QStringLiteral(SW_PGTEST_DIR "/port"));
        if (!portFile.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("no test PostgreSQL cluster (run through ctest, fixture pg_cluster_start)");
            return false;
        }
        m_pgPort = portFile.readAll().trimmed().toInt();
        m_dbName = QStringLiteral("sw_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        {
            QSqlDatabase admin = openDb(m_dbName + QStringLiteral("_admin"), QStringLiteral("postgres"));
            if (!admin.isOpen()) {
                *why = QStringLiteral("cannot connect to the test cluster: %1").arg(admin.lastError().text());
                return false;
            }
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName))) {
                *why = q.lastError().text();
                return false;
            }
            m_created = true;
        }
        if (tls && !makeCertificates(why))
            return false;
        m_port = freePort();
        QFile conf(m_dir->filePath(QStringLiteral("server.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        QString text = QStringLiteral("listen_address = 127.0.0.1\nport = %1\ndb_host = 127.0.0.1\ndb_port = %2\n"
                                      "db_name = %3\ndb_user = postgres\nthreads = 4\n")
                           .arg(m_port).arg(m_pgPort).arg(m_dbName);
        text += tls ? QStringLiteral("tls_cert = %1\ntls_key = %2\n")
                          .arg(m_dir->filePath(QStringLiteral("server.pem")), m_dir->filePath(QStringLiteral("server.key")))
                    : QStringLiteral("plain_http = true\n");
        conf.write(text.toUtf8());
        conf.close();
        QFile pw(m_dir->filePath(QStringLiteral("admin.pw")));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write(adminPassword().toUtf8());
        pw.close();
        if (!run(QStringLiteral(SW_SERVER_PATH),
                 {QStringLiteral("--config"), conf.fileName(), QStringLiteral("--init-db"), QStringLiteral("--admin-login"),
                  QStringLiteral("admin"), QStringLiteral("--admin-password-file"), pw.fileName()},
                 why))
            return false;
        return launch(why);
    }

    bool launch(QString* why)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(logPath(), QIODevice::Append);
        m_process->start(QStringLiteral(SW_SERVER_PATH),
                         {QStringLiteral("--config"), m_dir->filePath(QStringLiteral("server.conf"))});
        if (!m_process->waitForStarted(10000)) {
            *why = QStringLiteral("shopwarden-server did not start");
            return false;
        }
        // Polls /v1/health until it answers (the server binds after its migrations).
        QNetworkAccessManager nam;
        for (int attempt = 0; attempt < 300; ++attempt) {
            if (m_process->state() == QProcess::NotRunning) {
                QFile log(logPath());
                log.open(QIODevice::ReadOnly);
                *why = QStringLiteral("shopwarden-server exited: %1").arg(QString::fromUtf8(log.readAll()));
                return false;
            }
            QNetworkRequest request(url().resolved(QUrl(QStringLiteral("/v1/health"))));
            if (m_tls) {
                QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
                ssl.setCaCertificates(QSslCertificate::fromPath(caFile()));
                request.setSslConfiguration(ssl);
            }
            QNetworkReply* reply = nam.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->abort();
            reply->deleteLater();
            if (status == 200)
                return true;
            QThread::msleep(100);
        }
        *why = QStringLiteral("shopwarden-server did not answer /v1/health");
        return false;
    }

    void dropDatabase()
    {
        if (!m_created)
            return;
        const QString testConn = m_dbName + QStringLiteral("_test");
        if (QSqlDatabase::contains(testConn)) {
            QSqlDatabase::database(testConn, false).close();
            QSqlDatabase::removeDatabase(testConn);
        }
        const QString adminConn = m_dbName + QStringLiteral("_admin");
        {
            QSqlDatabase admin = openDb(adminConn, QStringLiteral("postgres"));
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName));
            admin.close();
        }
        QSqlDatabase::removeDatabase(adminConn);
        m_created = false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_dbName;
    int m_pgPort = 0;
    int m_port = 0;
    bool m_tls = false;
    bool m_created = false;
};

} // namespace swtest
