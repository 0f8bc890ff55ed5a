// Smoke test of `shopwarden-admin bench sync` (bench/syncbench.h): the whole code path at a
// tiny size — once starting its own PostgreSQL cluster and server, once against a running
// server (ServerFixture) with --url and --pg — checking the JSON's shape and counts, never a
// timing. CTest gives e2e_sync* tests the shared PostgreSQL cluster (fixture "pg").

#include "support/serverfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run runBench(const QStringList& extra)
{
    QStringList args{QStringLiteral("bench"),   QStringLiteral("sync"),     QStringLiteral("--json"),
                     QStringLiteral("--tickets"), QStringLiteral("200"),    QStringLiteral("--clients"),
                     QStringLiteral("3"),         QStringLiteral("--seconds"), QStringLiteral("3"),
                     QStringLiteral("--push-ops"), QStringLiteral("300"),   QStringLiteral("--batch"),
                     QStringLiteral("2")};
    args += extra;
    QProcess p;
    p.start(QStringLiteral(SW_ADMIN_PATH), args);
    Run r;
    if (!p.waitForFinished(480000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return r;
}

double num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble(-1);
}

// Everything the JSON promises (docs/performance.md "Sync"), and counts that must agree.
void checkShape(const QJsonObject& r, bool startedHere)
{
    QCOMPARE(r.value(QStringLiteral("benchmark")).toString(), QStringLiteral("sync"));
    QCOMPARE(r.value(QStringLiteral("server")).toObject().value(QStringLiteral("started_here")).toBool(), startedHere);

    const QJsonObject data = r.value(QStringLiteral("data")).toObject();
    QCOMPARE(num(data, "tickets"), 200.0);
    QVERIFY2(num(data, "events") >= 3 * 200 && num(data, "events") <= 8 * 200, "3–8 events per ticket");
    double byTable = 0;
    const QJsonObject tables = data.value(QStringLiteral("rows_by_table")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        byTable += it.value().toDouble();
    QCOMPARE(byTable, num(data, "rows"));
    QCOMPARE(tables.value(QStringLiteral("tickets")).toDouble(), 200.0);
    QCOMPARE(tables.value(QStringLiteral("ticket_events")).toDouble(), num(data, "events"));
    QCOMPARE(tables.value(QStringLiteral("users")).toDouble(), 3.0 + 1.0); // agents + the manager

    const QJsonObject copy = r.value(QStringLiteral("postgres_copy")).toObject();
    QCOMPARE(num(copy, "rows"), num(data, "rows"));
    QVERIFY(num(r, "postgres_copy_rows_per_s") > 0);

    // The whole server arrived in the workstation database.
    const QJsonObject pull = r.value(QStringLiteral("pull")).toObject();
    QVERIFY(pull.value(QStringLiteral("complete")).toBool());
    QCOMPARE(num(pull, "rows"), num(pull, "rows_expected"));
    QVERIFY(num(pull, "rows_expected") >= num(data, "rows"));
    QCOMPARE(num(pull, "tickets_local"), 200.0);
    QCOMPARE(num(pull, "events_local"), num(data, "events"));
    QCOMPARE(num(pull, "errors"), 0.0);
    for (const char* key : {"seconds", "rows_per_s", "page_p50_ms", "page_p99_ms", "sign_in_ms", "share_of_copy_rate"})
        QVERIFY2(num(pull, key) >= 0, key);
    QVERIFY(num(pull, "pages") >= 1);

    const QJsonObject gui = r.value(QStringLiteral("gui")).toObject();
    QCOMPARE(num(gui, "interval_ms"), 5.0);
    QVERIFY(num(gui, "ticks") > 0);
    QVERIFY(num(gui, "p99_stall_ms") <= num(gui, "max_stall_ms"));
    QCOMPARE(num(r, "gui_max_stall_ms"), num(gui, "max_stall_ms"));

    // ≥ 300 local ops, all accepted, the outbox empty afterwards.
    const QJsonObject push = r.value(QStringLiteral("push")).toObject();
    QVERIFY(num(push, "ops") >= 300);
    QVERIFY(num(push, "tickets_created") > 0);
    QCOMPARE(num(push, "replies"), 2 * num(push, "tickets_created"));
    QCOMPARE(num(push, "outbox_after"), 0.0);
    QCOMPARE(num(push, "refused"), 0.0);
    QCOMPARE(num(push, "errors"), 0.0);
    QVERIFY(num(push, "ops_per_s") >= 0);

    const QJsonObject clients = r.value(QStringLiteral("clients")).toObject();
    QCOMPARE(num(clients, "clients"), 3.0);
    QCOMPARE(num(clients, "signed_in"), 3.0);
    QCOMPARE(num(clients, "batch_ops"), 2.0);
    const QJsonObject pushes = clients.value(QStringLiteral("push")).toObject();
    const QJsonObject pulls = clients.value(QStringLiteral("pull")).toObject();
    QVERIFY(num(pushes, "count") > 0);
    QVERIFY(num(pulls, "count") > 0);
    QCOMPARE(num(clients, "requests"), num(pushes, "count") + num(pulls, "count"));
    QCOMPARE(num(clients, "ops_sent"), 2 * num(pushes, "count"));
    QCOMPARE(num(clients, "ops_accepted"), num(clients, "ops_sent"));
    QCOMPARE(num(clients, "errors"), 0.0);
    QVERIFY(clients.value(QStringLiteral("error_samples")).toArray().isEmpty());
    QVERIFY(num(clients, "p50_ms") <= num(clients, "p99_ms"));
    QVERIFY(num(clients, "p99_ms") <= num(clients, "max_ms"));
    // What the clients pushed came back to the others (as rows or, out of scope, as removals).
    QVERIFY(num(clients, "rows_pulled") + num(clients, "removals_pulled") > 0);

    const QJsonObject targets = r.value(QStringLiteral("targets")).toObject();
    const QJsonObject met = r.value(QStringLiteral("met")).toObject();
    QCOMPARE(targets.keys(), (QStringList{QStringLiteral("clients_errors"), QStringLiteral("clients_p99_ms"),
                                          QStringLiteral("gui_max_stall_ms"), QStringLiteral("pull_rows_per_s"),
                                          QStringLiteral("push_ops_per_s")}));
    QCOMPARE(met.keys(), targets.keys());
    for (auto it = met.begin(); it != met.end(); ++it)
        QVERIFY(it.value().isBool());
    QVERIFY(num(r.value(QStringLiteral("machine")).toObject(), "cores") >= 1);
}

} // namespace

class TestSyncBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Its own cluster (scripts/pg-test-cluster; as root it runs as postgres) and server,
    // both gone afterwards together with the temporary folder.
    void startsItsOwnServer()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const Run r = runBench({QStringLiteral("--pg-script"), QStringLiteral(SW_SOURCE_DIR "/scripts/pg-test-cluster"),
                                QStringLiteral("--server-bin"), QStringLiteral(SW_SERVER_PATH), QStringLiteral("--dir"),
                                work.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        checkShape(r.json, true);
        QVERIFY2(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                 "the cluster and the temporary files are gone");
        QVERIFY(r.err.contains(QStringLiteral("stopping PostgreSQL")));
    }

    // A running server: the data goes in through --pg, the rest over HTTP.
    void usesARunningServer()
    {
        swtest::ServerFixture server;
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        QFile portFile(QStringLiteral(SW_PGTEST_DIR "/port"));
        QVERIFY(portFile.open(QIODevice::ReadOnly));
        const QString pgPort = QString::fromLatin1(portFile.readAll().trimmed());
        const auto db = server.query(QStringLiteral("SELECT current_database()"));
        QCOMPARE(db.size(), 1);
        const QString connInfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres")
                                     .arg(pgPort, db.first().first().toString());
        const Run r = runBench({QStringLiteral("--url"), server.url().toString(), QStringLiteral("--pg"), connInfo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        checkShape(r.json, false);
        // Every loaded row is on the server once, with a distinct server_seq below the sequence.
        const auto counts = server.query(
            QStringLiteral("SELECT count(*), count(DISTINCT server_seq), max(server_seq) <= (SELECT last_value FROM "
                           "sync_seq) FROM sync_rows WHERE table_name = 'tickets'"));
        QCOMPARE(counts.size(), 1);
        QVERIFY(counts.first().at(0).toLongLong() >= 200);
        QCOMPARE(counts.first().at(0).toLongLong(), counts.first().at(1).toLongLong());
        QVERIFY(counts.first().at(2).toBool());
    }

    void refusesHalfAnOptionPair()
    {
        QProcess p;
        p.start(QStringLiteral(SW_ADMIN_PATH), {QStringLiteral("bench"), QStringLiteral("sync"), QStringLiteral("--url"),
                                                 QStringLiteral("http://127.0.0.1:1")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2); // --url needs --pg
        p.start(QStringLiteral(SW_ADMIN_PATH), {QStringLiteral("bench"), QStringLiteral("sync"), QStringLiteral("--login"),
                                                 QStringLiteral("someone")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2); // --login needs --password-file
    }
};

QTEST_GUILESS_MAIN(TestSyncBench)
#include "tst_syncbench.moc"
