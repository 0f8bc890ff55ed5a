#include "pgstore.h"

#include "serverlog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QThread>

namespace sw::server {

namespace {

// Per worker thread (one connection each): when the connection was last used and whether
// a statement on it failed since. A busy connection is trusted; one idle for a while, or
// one that just failed, is pinged first (PostgreSQL may have restarted meanwhile).
thread_local QElapsedTimer t_lastUse;
thread_local bool t_suspect = false;
constexpr qint64 kTrustIdleMs = 2000;

// sql with every ? placeholder (outside quoted literals) replaced by the driver's
// literal for the value: the same text QPSQL sends as EXECUTE arguments, without the
// PREPARE / DEALLOCATE round trips. Empty on a placeholder count mismatch.
QString inlineValues(const QSqlDriver* driver, const QString& sql, const QVariantList& values)
{
    QString out;
    out.reserve(sql.size() + values.size() * 16);
    int next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'') )
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted) {
            out += c;
            continue;
        }
        if (next >= values.size())
            return {};
        const QVariant& v = values.at(next++);
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        out += driver->formatValue(field);
    }
    return next == values.size() ? out : QString();
}

} // namespace

PgStore::PgStore(const ServerConfig& config) : m_config(config) {}

QSqlDatabase PgStore::connection()
{
    const QString name = QStringLiteral("sw_pg_%1").arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (db.isOpen()) {
        // A connection broken by a PostgreSQL restart is reopened on the next request.
        const bool trusted = !t_suspect && t_lastUse.isValid() && t_lastUse.elapsed() < kTrustIdleMs;
        QSqlQuery ping(db);
        if (trusted || ping.exec(QStringLiteral("SELECT 1"))) {
            t_suspect = false;
            t_lastUse.start();
            return db;
        }
        db.close();
    }
    db.setHostName(m_config.dbHost);
    db.setPort(m_config.dbPort);
    db.setDatabaseName(m_config.dbName);
    db.setUserName(m_config.dbUser);
    db.setPassword(m_config.dbPassword());
    db.setConnectOptions(QStringLiteral("connect_timeout=5;options=-cclient_min_messages=warning"));
    if (!db.open())
        logEvent(QStringLiteral("error"), QStringLiteral("database connection failed: %1")
                                              .arg(db.lastError().databaseText()));
    t_suspect = false;
    t_lastUse.start();
    return db;
}

bool PgStore::healthy()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1"));
}

bool PgStore::exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    const QString text = inlineValues(query.driver(), sql, values);
    if (text.isEmpty()) {
        logEvent(QStringLiteral("error"), QStringLiteral("statement and values do not match: %1").arg(sql.left(80)));
        return false;
    }
    // Not forward-only: Qt 6's QPSQL streams forward-only results row by row, and a
    // second statement on the connection (a lookup while iterating) would cut them off.
    if (!query.exec(text)) {
        t_suspect = true;
        logEvent(QStringLiteral("error"), QStringLiteral("query failed: %1").arg(query.lastError().text()));
        return false;
    }
    return true;
}

bool PgStore::migrate(QString* why)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *why = QStringLiteral("cannot connect to PostgreSQL: %1").arg(db.lastError().databaseText());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)"))) {
        *why = q.lastError().text();
        return false;
    }
    int current = 0;
    if (q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next())
        current = q.value(0).toInt();
    const QStringList files = QDir(QStringLiteral(":/server/migrations")).entryList({QStringLiteral("*.sql")},
                                                                                     QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const int version = fileName.left(4).toInt();
        if (version <= current)
            continue;
        QFile file(QStringLiteral(":/server/migrations/") + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("missing migration %1").arg(fileName);
            return false;
        }
        const QString text = QString::fromUtf8(file.readAll());
        db.transaction();
        for (const QString& part : text.split(QStringLiteral("\n--;\n"))) {
            QStringList lines;
            for (const QString& line : part.split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines << line;
            const QString statement = lines.join(QLatin1Char('\n')).trimmed();
            if (statement.isEmpty())
                continue;
            if (!q.exec(statement)) {
                *why = QStringLiteral("migration %1 failed: %2").arg(fileName, q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!exec(q, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version})) {
            db.rollback();
            *why = QStringLiteral("cannot record migration %1").arg(fileName);
            return false;
        }
        db.commit();
    }
    return true;
}

} // namespace sw::server
