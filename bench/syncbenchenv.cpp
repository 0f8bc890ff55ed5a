#include "syncbenchenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace sw::bench::syncbench {

namespace {

Error envError(const QString& what, const QString& detail = {})
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("SyncBench", "The sync benchmark could not set up: %1").arg(what),
                     detail);
}

// Runs a program to its end; the combined output goes into the error.
Status runProgram(const QString& program, const QStringList& args, int timeoutMs,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return envError(QStringLiteral("%1 did not start").arg(program), p.errorString());
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return envError(QStringLiteral("%1 did not finish in time").arg(program),
                        QString::fromLocal8Bit(p.readAll()));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return envError(QStringLiteral("%1 failed").arg(program), QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// libpq "key=value key=value" (no quoting) → the values QPSQL needs.
struct ConnInfo
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString dbName;
    QString user;
    QString password;
};

ConnInfo parseConnInfo(const QString& text)
{
    ConnInfo c;
    for (const QString& part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            c.host = value;
        else if (key == QLatin1String("port"))
            c.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            c.dbName = value;
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("password"))
            c.password = value;
    }
    return c;
}

QString psqlProgram(const QString& pgBin)
{
    const QString local = QDir(pgBin).filePath(QStringLiteral("psql"));
    return QFileInfo(local).isExecutable() ? local : QStringLiteral("psql");
}

} // namespace

QString findNearExecutable(const QStringList& candidates)
{
    const QDir exeDir(QCoreApplication::applicationDirPath());
    for (const QString& c : candidates) {
        const QString path = QDir::cleanPath(QDir::isAbsolutePath(c) ? c : exeDir.filePath(c));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

Env::~Env()
{
    stopAll();
}

void Env::note(const QString& line) const
{
    if (m_options.log)
        m_options.log(line);
}

QString Env::workPath() const
{
    return m_dir ? m_dir->path() : QString();
}

QString Env::serverLogPath() const
{
    return m_startedHere && m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString();
}

qint64 Env::serverLogSize() const
{
    const QString path = serverLogPath();
    return path.isEmpty() ? 0 : QFileInfo(path).size();
}

QSqlDatabase Env::control() const
{
    return QSqlDatabase::database(m_controlName, false);
}

Result<std::unique_ptr<Env>> Env::start(const EnvOptions& options)
{
    std::unique_ptr<Env> env(new Env);
    env->m_options = options;
    env->m_controlName = QStringLiteral("syncbench_control_%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                     QLatin1Char('0'));
    const QString parent = options.workDir.isEmpty() ? QDir::tempPath() : options.workDir;
    env->m_dir = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral("syncbench-XXXXXX")));
    if (!env->m_dir->isValid())
        return envError(QStringLiteral("no temporary folder in %1").arg(parent), env->m_dir->errorString());

    if (!options.url.isEmpty()) {
        if (options.pgConnInfo.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "SyncBench", "With --url the benchmark also needs --pg (the server's database)."));
        env->m_url = options.url;
        env->m_connInfo = options.pgConnInfo;
        SW_TRY(env->openControl(env->m_connInfo));
        return env;
    }

    env->m_startedHere = true;
    env->m_pgScript = !options.pgScript.isEmpty()
                          ? options.pgScript
                          : findNearExecutable({QStringLiteral("pg-test-cluster"),
                                                QStringLiteral("../scripts/pg-test-cluster"),
                                                QStringLiteral("../../scripts/pg-test-cluster"),
                                                QStringLiteral("../share/shopwarden/pg-test-cluster"),
                                                QStringLiteral(SW_BENCH_SOURCE_DIR "/scripts/pg-test-cluster")});
    if (env->m_pgScript.isEmpty() || !QFileInfo(env->m_pgScript).isExecutable())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("SyncBench",
                                                     "scripts/pg-test-cluster was not found; give it with --pg-script."));
    env->m_serverBin = !options.serverBin.isEmpty()
                           ? options.serverBin
                           : findNearExecutable({QStringLiteral("shopwarden-server"),
                                                 QStringLiteral("../server/shopwarden-server")});
    if (env->m_serverBin.isEmpty() || !QFileInfo(env->m_serverBin).isExecutable())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("SyncBench",
                                                     "shopwarden-server was not found; give it with --server-bin."));
    SW_TRY(env->startCluster());
    SW_TRY(env->createDatabase());
    SW_TRY(env->startServer());
    return env;
}

Status Env::startCluster()
{
    m_clusterDir = m_dir->filePath(QStringLiteral("pg"));
    note(QStringLiteral("starting PostgreSQL in %1").arg(m_clusterDir));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_options.pgBin.isEmpty())
        env.insert(QStringLiteral("PGBIN"), m_options.pgBin);
    m_clusterUp = true; // from here on, stop it whatever happens
    SW_TRY(runProgram(m_pgScript, {QStringLiteral("start"), m_clusterDir}, 180000, env));
    QFile portFile(m_clusterDir + QStringLiteral("/port"));
    if (!portFile.open(QIODevice::ReadOnly))
        return envError(QStringLiteral("the cluster wrote no port file"));
    m_pgPort = portFile.readAll().trimmed().toInt();
    if (m_pgPort <= 0)
        return envError(QStringLiteral("the cluster's port file is not a port"));
    return {};
}

Status Env::openControl(const QString& connInfo)
{
    const ConnInfo c = parseConnInfo(connInfo);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_controlName);
    db.setHostName(c.host);
    db.setPort(c.port);
    db.setDatabaseName(c.dbName);
    db.setUserName(c.user);
    db.setPassword(c.password);
    db.setConnectOptions(QStringLiteral("options=-cclient_min_messages=warning"));
    if (!db.open())
        return envError(QStringLiteral("cannot connect to PostgreSQL (%1)").arg(connInfo), db.lastError().text());
    return {};
}

Status Env::createDatabase()
{
    m_dbName = QStringLiteral("shopwarden_bench");
    SW_TRY(openControl(QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres").arg(m_pgPort)));
    {
        QSqlQuery q(control());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName)))
            return envError(QStringLiteral("CREATE DATABASE"), q.lastError().text());
    }
    control().close();
    QSqlDatabase::removeDatabase(m_controlName);
    m_connInfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres").arg(m_pgPort).arg(m_dbName);
    return {};
}

Status Env::startServer()
{
    const int port = freePort();
    if (port <= 0)
        return envError(QStringLiteral("no free port on 127.0.0.1"));
    const QString confPath = m_dir->filePath(QStringLiteral("server.conf"));
    QFile conf(confPath);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return envError(QStringLiteral("cannot write %1").arg(confPath), conf.errorString());
    QString text = QStringLiteral("listen_address = 127.0.0.1\nport = %1\ndb_host = 127.0.0.1\ndb_port = %2\n"
                                  "db_name = %3\ndb_user = postgres\nplain_http = true\n")
                       .arg(port)
                       .arg(m_pgPort)
                       .arg(m_dbName);
    if (m_options.serverThreads > 0)
        text += QStringLiteral("threads = %1\n").arg(m_options.serverThreads);
    conf.write(text.toUtf8());
    conf.close();

    // The first administrator (--init-db needs one; the bench signs in as its own users),
    // with a random password in a file only this run can read.
    const QString password = QStringLiteral("Bench-%1-%2")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString pwPath = m_dir->filePath(QStringLiteral("admin.pw"));
    QFile pw(pwPath);
    if (!pw.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return envError(QStringLiteral("cannot write %1").arg(pwPath), pw.errorString());
    pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    pw.write(password.toUtf8());
    pw.close();

    note(QStringLiteral("shopwarden-server --init-db"));
    SW_TRY(runProgram(m_serverBin,
                      {QStringLiteral("--config"), confPath, QStringLiteral("--init-db"), QStringLiteral("--admin-login"),
                       QStringLiteral("admin"), QStringLiteral("--admin-password-file"), pwPath},
                      180000));

    note(QStringLiteral("starting shopwarden-server on 127.0.0.1:%1").arg(port));
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(serverLogPath(), QIODevice::Append);
    m_server->start(m_serverBin, {QStringLiteral("--config"), confPath});
    if (!m_server->waitForStarted(10000))
        return envError(QStringLiteral("shopwarden-server did not start"), m_server->errorString());
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    // The server binds after its migrations: poll /v1/health.
    QNetworkAccessManager nam;
    for (int attempt = 0; attempt < 300; ++attempt) {
        if (m_server->state() == QProcess::NotRunning) {
            QFile log(serverLogPath());
            log.open(QIODevice::ReadOnly);
            return envError(QStringLiteral("shopwarden-server exited"), QString::fromUtf8(log.readAll()).trimmed());
        }
        QNetworkReply* reply = nam.get(QNetworkRequest(m_url.resolved(QUrl(QStringLiteral("/v1/health")))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->abort();
        reply->deleteLater();
        if (status == 200)
            return openControl(m_connInfo);
        QThread::msleep(100);
    }
    return envError(QStringLiteral("shopwarden-server did not answer /v1/health"));
}

Result<double> Env::psqlWithInput(const QString& sql, const QString& inputPath) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(inputPath);
    QElapsedTimer timer;
    timer.start();
    p.start(psqlProgram(m_options.pgBin), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), m_connInfo,
                                           QStringLiteral("-c"), sql});
    if (!p.waitForStarted(10000))
        return envError(QStringLiteral("psql did not start"), p.errorString());
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return envError(QStringLiteral("psql failed"), QString::fromLocal8Bit(p.readAll()).trimmed());
    return double(timer.nsecsElapsed()) / 1e9;
}

// shopwarden-server's own default (server/serverconfig.h), used when --server-threads is
// not given.
constexpr int kServerDefaultThreads = 48;

QJsonObject Env::describe() const
{
    QJsonObject out{{QStringLiteral("url"), m_url.toString()}, {QStringLiteral("started_here"), m_startedHere}};
    if (m_startedHere)
        out.insert(QStringLiteral("threads"), m_options.serverThreads > 0 ? m_options.serverThreads
                                                                           : kServerDefaultThreads);
    QSqlQuery q(control());
    for (const char* setting : {"server_version", "fsync", "synchronous_commit", "shared_buffers"}) {
        if (q.exec(QStringLiteral("SHOW %1").arg(QLatin1String(setting))) && q.next())
            out.insert(QStringLiteral("postgres_") + QLatin1String(setting), q.value(0).toString());
    }
    return out;
}

void Env::stopAll()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        note(QStringLiteral("stopping shopwarden-server"));
        m_server->terminate();
        if (!m_server->waitForFinished(30000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
    if (QSqlDatabase::contains(m_controlName)) {
        QSqlDatabase::database(m_controlName, false).close();
        QSqlDatabase::removeDatabase(m_controlName);
    }
    if (m_clusterUp) {
        note(QStringLiteral("stopping PostgreSQL"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!m_options.pgBin.isEmpty())
            env.insert(QStringLiteral("PGBIN"), m_options.pgBin);
        if (const Status s = runProgram(m_pgScript, {QStringLiteral("stop"), m_clusterDir}, 120000, env); !s)
            note(QStringLiteral("pg-test-cluster stop failed: %1").arg(s.error().detail));
        m_clusterUp = false;
    }
}

} // namespace sw::bench::syncbench
