// Child process for tst_crashsafety: commits small transactions forever and prints
// each committed sequence number (one per line, flushed) so the test knows exactly
// what must survive a SIGKILL.
//
// usage: sw_helper_crashwriter DB PASSPHRASE_FILE   ("-" reads the passphrase from stdin)

#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <cstdio>

using sw::storage::Database;
using sw::storage::Secret;

namespace {

int fail(const QString& what)
{
    std::fprintf(stderr, "crashwriter: %s\n", qPrintable(what));
    return 4;
}

bool exec(QSqlQuery& query, const QString& sql)
{
    return query.exec(sql);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sw_helper_crashwriter DB PASSPHRASE_FILE\n");
        return 2;
    }
    QFile passFile;
    const bool opened = args[2] == QLatin1String("-")
                            ? passFile.open(stdin, QIODevice::ReadOnly)
                            : (passFile.setFileName(args[2]), passFile.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(QStringLiteral("cannot read the passphrase file"));
    QByteArray line = passFile.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    auto db = Database::open(args[1], Secret::takeFrom(line));
    if (!db.ok())
        return fail(db.message());

    QSqlDatabase connection = (*db)->connection();
    QSqlQuery query(connection);
    if (!exec(query, QStringLiteral("CREATE TABLE IF NOT EXISTS crash_rows (seq INTEGER PRIMARY KEY, "
                                    "payload BLOB NOT NULL, digest TEXT NOT NULL)")) ||
        !exec(query, QStringLiteral("CREATE TABLE IF NOT EXISTS crash_counter (id INTEGER PRIMARY KEY "
                                    "CHECK (id = 1), last_seq INTEGER NOT NULL)")))
        return fail(query.lastError().text());
    if (!exec(query, QStringLiteral("SELECT coalesce(max(seq), 0) FROM crash_rows")) || !query.next())
        return fail(query.lastError().text());
    qint64 seq = query.value(0).toLongLong();
    query.finish();

    QByteArray payload(3 * 1024 + 512, '\0');
    for (;;) {
        ++seq;
        randombytes_buf(payload.data(), std::size_t(payload.size()));
        if (!connection.transaction())
            return fail(connection.lastError().text());
        QSqlQuery insert(connection);
        insert.prepare(QStringLiteral("INSERT INTO crash_rows (seq, payload, digest) VALUES (?, ?, ?)"));
        insert.addBindValue(seq);
        insert.addBindValue(payload);
        insert.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
        QSqlQuery counter(connection);
        counter.prepare(QStringLiteral("INSERT OR REPLACE INTO crash_counter (id, last_seq) VALUES (1, ?)"));
        counter.addBindValue(seq);
        if (!insert.exec() || !counter.exec())
            return fail(insert.lastError().text() + counter.lastError().text());
        if (!connection.commit())
            return fail(connection.lastError().text());
        // Printed only after COMMIT returned: every number on stdout is durable.
        std::printf("%lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}
