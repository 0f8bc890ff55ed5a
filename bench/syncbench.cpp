#include "syncbench.h"

#include "domain/password.h"
#include "services/syncedtables.h"
#include "syncbenchclients.h"
#include "syncbenchdata.h"
#include "syncbenchenv.h"
#include "syncbenchutil.h"
#include "syncbenchworkstation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::bench {

using namespace syncbench;

namespace {

// Same key as sw::server::PushHandler::kSeqLockKey: server_seq is handed out under it.
constexpr qint64 kSeqLockKey = 0x5357'5345'51LL;

constexpr double kTargetPullRowsPerSec = 10000;
constexpr double kTargetPushOpsPerSec = 3000;
constexpr double kTargetClientsP99Ms = 250;
constexpr double kTargetGuiStallMs = 50;

Error benchError(const QString& what, const QString& detail = {})
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("SyncBench", "The sync benchmark failed: %1").arg(what), detail);
}

Result<qint64> pgScalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return benchError(sql, q.lastError().text());
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return benchError(sql, q.lastError().text());
    return q.value(0).toLongLong();
}

QString randomText(int hexDigits)
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate64() >> (64 - 4 * hexDigits), hexDigits, 16,
                                    QLatin1Char('0'));
}

// Measurement 0: the data, written with one COPY into sync_rows. server_seq values come
// from the server's own sequence, reserved under the server's lock (held until the COPY
// is committed, so no push can hand out a greater seq that becomes visible first).
Result<DataSet> loadData(Env& env, const SyncBenchOptions& o, const QString& agentPasswordHash, QJsonObject* result)
{
    QSqlDatabase control = env.control();
    DataOptions data;
    data.tickets = o.tickets;
    data.agents = std::max(o.clients, 3);
    data.seed = o.seed;
    data.tag = randomText(4);
    data.passwordHash = agentPasswordHash;
    data.nowSecs = QDateTime::currentSecsSinceEpoch();
    data.path = QDir(env.workPath()).filePath(QStringLiteral("sync_rows.copy"));

    if (!control.transaction())
        return benchError(QStringLiteral("BEGIN"), control.lastError().text());
    auto rollback = qScopeGuard([&] { control.rollback(); });
    SW_TRY(pgScalar(control, QStringLiteral("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?)) l"), {kSeqLockKey}));
    auto first = pgScalar(control, QStringLiteral("SELECT nextval('sync_seq')"));
    if (!first)
        return first.error();
    SW_TRY(pgScalar(control, QStringLiteral("SELECT setval('sync_seq', ?)"), {*first + maxRows(data) - 1}));
    data.firstSeq = *first;

    if (o.log)
        o.log(QStringLiteral("generating %1 tickets").arg(o.tickets));
    auto set = writeCopyFile(data);
    if (!set)
        return set.error();
    if (o.log)
        o.log(QStringLiteral("COPY of %1 rows (%2 MB) into sync_rows")
                  .arg(set->rows)
                  .arg(double(set->bytes) / 1048576.0, 0, 'f', 0));
    auto copySecs = env.psqlWithInput(QStringLiteral("COPY sync_rows (%1) FROM STDIN").arg(copyColumns()), data.path);
    if (!copySecs)
        return copySecs.error();
    SW_TRY(pgScalar(control, QStringLiteral("SELECT setval('sync_seq', ?)"), {*first + set->rows - 1}));
    rollback.dismiss();
    if (!control.commit())
        return benchError(QStringLiteral("COMMIT"), control.lastError().text());
    QFile::remove(data.path);

    // Statistics, as autovacuum would soon gather them after a bulk load (not timed).
    QElapsedTimer analyze;
    analyze.start();
    QSqlQuery q(control);
    if (!q.exec(QStringLiteral("ANALYZE sync_rows")))
        return benchError(QStringLiteral("ANALYZE"), q.lastError().text());

    QJsonObject byTable;
    for (auto it = set->rowsByTable.cbegin(); it != set->rowsByTable.cend(); ++it)
        byTable.insert(it.key(), double(it.value()));
    result->insert(QStringLiteral("data"),
                   QJsonObject{{QStringLiteral("tickets"), double(set->tickets)},
                               {QStringLiteral("events"), double(set->events)},
                               {QStringLiteral("events_per_ticket"),
                                set->tickets > 0 ? round2(double(set->events) / double(set->tickets)) : 0.0},
                               {QStringLiteral("rows"), double(set->rows)},
                               {QStringLiteral("rows_by_table"), byTable},
                               {QStringLiteral("agents"), double(set->agents.size())},
                               {QStringLiteral("teams"), double(set->teamIds.size())},
                               {QStringLiteral("copy_mb"), round2(double(set->bytes) / 1048576.0)},
                               {QStringLiteral("generate_s"), round2(set->generateSecs)},
                               {QStringLiteral("analyze_s"), round2(double(analyze.nsecsElapsed()) / 1e9)}});
    const double rowsPerSec = perSecond(double(set->rows), *copySecs);
    result->insert(QStringLiteral("postgres_copy"),
                   QJsonObject{{QStringLiteral("rows"), double(set->rows)},
                               {QStringLiteral("seconds"), round2(*copySecs)},
                               {QStringLiteral("rows_per_s"), rowsPerSec},
                               {QStringLiteral("mb_per_s"), round2(double(set->bytes) / 1048576.0 / *copySecs)}});
    result->insert(QStringLiteral("postgres_copy_rows_per_s"), rowsPerSec);
    return std::move(set).value();
}

} // namespace

Result<QJsonObject> runSyncBench(const SyncBenchOptions& o)
{
    if (o.tickets < 1 || o.clients < 1 || o.seconds < 1 || o.pushOps < 1 || o.batchOps < 1)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("SyncBench", "Every count of the sync benchmark must be positive."));
    services::declareAllSyncedTables();
    QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("sync")},
                       {QStringLiteral("load_average_start"), loadAverage()}};

    EnvOptions envOptions;
    envOptions.url = o.url;
    envOptions.pgConnInfo = o.pgConnInfo;
    envOptions.pgScript = o.pgScript;
    envOptions.serverBin = o.serverBin;
    envOptions.pgBin = o.pgBin;
    envOptions.serverThreads = o.serverThreads;
    envOptions.workDir = o.workDir;
    envOptions.log = o.log;
    auto started = Env::start(envOptions);
    if (!started)
        return started.error();
    std::unique_ptr<Env> env = std::move(started).value(); // stops what it started on every return
    result.insert(QStringLiteral("server"), env->describe());
    const ServerLog log{env->serverLogPath(), [&env] { return env->serverLogSize(); }};

    // The bench's accounts share one password (hashed once: Argon2id is slow on purpose).
    const QString agentPassword = QStringLiteral("Agent-%1").arg(randomText(16));
    const QString agentHash = domain::hashPassword(agentPassword);
    if (agentHash.isEmpty())
        return benchError(QStringLiteral("password hashing"));

    // 0. The data, by COPY.
    auto data = loadData(*env, o, agentHash, &result);
    if (!data)
        return data.error();

    // 1. + 4. The initial pull into an empty workstation, the GUI thread watched.
    if (o.log)
        o.log(QStringLiteral("initial pull through SyncClient"));
    auto expected = pgScalar(env->control(), QStringLiteral("SELECT count(*) FROM sync_rows"));
    if (!expected)
        return expected.error();
    // The workstation's user: --login if given, else the bench's manager (sees every ticket).
    const QString login = o.login.isEmpty() ? data->manager.login : o.login;
    const QString password = o.login.isEmpty() ? agentPassword : o.password;
    Workstation ws;
    SW_TRY(ws.create(env->workPath(), env->url()));
    QJsonObject gui;
    auto pull = ws.pullAll(login, password, *expected, log, o.timeoutSecs, &gui);
    if (!pull)
        return pull.error();
    const double copyRate = result.value(QStringLiteral("postgres_copy_rows_per_s")).toDouble();
    QJsonObject pullJson = *pull;
    pullJson.insert(QStringLiteral("share_of_copy_rate"),
                    copyRate > 0 ? round2(pullJson.value(QStringLiteral("rows_per_s")).toDouble() / copyRate) : 0.0);
    result.insert(QStringLiteral("pull"), pullJson);
    result.insert(QStringLiteral("gui"), gui);
    result.insert(QStringLiteral("gui_max_stall_ms"), gui.value(QStringLiteral("max_stall_ms")));

    // 2. Local changes through TicketService, then one push.
    if (o.log)
        o.log(QStringLiteral("push of %1 local ops").arg(o.pushOps));
    auto push = ws.pushLocal(login, o.pushOps, o.seed, log, o.timeoutSecs);
    if (!push)
        return push.error();
    result.insert(QStringLiteral("push"), *push);

    // 3. Simulated clients, each signed in as one of the bench's agents.
    if (o.log)
        o.log(QStringLiteral("%1 simulated clients for %2 s").arg(o.clients).arg(o.seconds));
    auto cursor = pgScalar(env->control(), QStringLiteral("SELECT coalesce(max(server_seq), 0) FROM sync_rows"));
    if (!cursor)
        return cursor.error();
    QList<ClientSpec> specs;
    for (int i = 0; i < o.clients; ++i) {
        ClientSpec spec;
        spec.user = data->agents.at(i);
        spec.tickets = data->ownTickets.value(i);
        if (spec.tickets.isEmpty())
            spec.tickets = data->unassigned;
        specs << spec;
    }
    ClientsOptions clientOptions;
    clientOptions.url = env->url();
    clientOptions.password = agentPassword;
    clientOptions.seconds = o.seconds;
    clientOptions.batchOps = o.batchOps;
    clientOptions.thinkMs = o.thinkMs;
    clientOptions.startCursor = *cursor;
    const qint64 logFrom = log.size();
    auto clients = runClients(specs, clientOptions);
    if (!clients)
        return clients.error();
    QJsonObject clientsJson = *clients;
    if (const QJsonObject server = serverSide(log, logFrom, QStringLiteral("/v1/sync/")); !server.isEmpty())
        clientsJson.insert(QStringLiteral("server_side"), server);
    result.insert(QStringLiteral("clients"), clientsJson);

    // Targets (issue 4) and whether this run met them.
    const double pullRate = pullJson.value(QStringLiteral("rows_per_s")).toDouble();
    const double pushRate = push->value(QStringLiteral("ops_per_s")).toDouble();
    const double p99 = clientsJson.value(QStringLiteral("p99_ms")).toDouble();
    const double clientErrors = clientsJson.value(QStringLiteral("errors")).toDouble();
    const double stall = gui.value(QStringLiteral("max_stall_ms")).toDouble();
    result.insert(QStringLiteral("targets"),
                  QJsonObject{{QStringLiteral("pull_rows_per_s"), kTargetPullRowsPerSec},
                              {QStringLiteral("push_ops_per_s"), kTargetPushOpsPerSec},
                              {QStringLiteral("clients_p99_ms"), kTargetClientsP99Ms},
                              {QStringLiteral("clients_errors"), 0},
                              {QStringLiteral("gui_max_stall_ms"), kTargetGuiStallMs}});
    result.insert(QStringLiteral("met"),
                  QJsonObject{{QStringLiteral("pull_rows_per_s"),
                               pullRate >= kTargetPullRowsPerSec && pullJson.value(QStringLiteral("complete")).toBool()},
                              {QStringLiteral("push_ops_per_s"),
                               pushRate >= kTargetPushOpsPerSec && push->value(QStringLiteral("errors")).toDouble() == 0},
                              {QStringLiteral("clients_p99_ms"), p99 <= kTargetClientsP99Ms},
                              {QStringLiteral("clients_errors"), clientErrors == 0},
                              {QStringLiteral("gui_max_stall_ms"), stall < kTargetGuiStallMs}});
    QJsonObject machineJson = machine();
    machineJson.insert(QStringLiteral("load_average_end"), loadAverage());
    result.insert(QStringLiteral("machine"), machineJson);
    return result;
}

QString formatSyncBench(const QJsonObject& r)
{
    const QJsonObject data = r.value(QStringLiteral("data")).toObject();
    const QJsonObject copy = r.value(QStringLiteral("postgres_copy")).toObject();
    const QJsonObject pull = r.value(QStringLiteral("pull")).toObject();
    const QJsonObject gui = r.value(QStringLiteral("gui")).toObject();
    const QJsonObject push = r.value(QStringLiteral("push")).toObject();
    const QJsonObject clients = r.value(QStringLiteral("clients")).toObject();
    const QJsonObject met = r.value(QStringLiteral("met")).toObject();
    auto n = [](const QJsonValue& v, int decimals = 0) { return QString::number(v.toDouble(), 'f', decimals); };
    auto mark = [&met](const char* key) {
        return met.value(QLatin1String(key)).toBool() ? QStringLiteral("met") : QStringLiteral("MISSED");
    };
    QString out;
    out += QStringLiteral("data:              %1 tickets, %2 events, %3 rows (%4 MB)\n")
               .arg(n(data.value(QStringLiteral("tickets"))), n(data.value(QStringLiteral("events"))),
                    n(data.value(QStringLiteral("rows"))), n(data.value(QStringLiteral("copy_mb"))));
    out += QStringLiteral("PostgreSQL COPY:   %1 rows/s (%2 s)\n")
               .arg(n(copy.value(QStringLiteral("rows_per_s"))), n(copy.value(QStringLiteral("seconds")), 1));
    out += QStringLiteral("initial pull:      %1 rows/s (%2 s, %3 rows) — target 10000: %4\n")
               .arg(n(pull.value(QStringLiteral("rows_per_s"))), n(pull.value(QStringLiteral("seconds")), 1),
                    n(pull.value(QStringLiteral("rows"))), mark("pull_rows_per_s"));
    out += QStringLiteral("GUI thread stall:  max %1 ms, p99 %2 ms — target < 50: %3\n")
               .arg(n(gui.value(QStringLiteral("max_stall_ms")), 1), n(gui.value(QStringLiteral("p99_stall_ms")), 1),
                    mark("gui_max_stall_ms"));
    out += QStringLiteral("push:              %1 ops/s (%2 ops in %3 s) — target 3000: %4\n")
               .arg(n(push.value(QStringLiteral("ops_per_s"))), n(push.value(QStringLiteral("ops"))),
                    n(push.value(QStringLiteral("seconds")), 1), mark("push_ops_per_s"));
    out += QStringLiteral("%1 clients:        %2 requests/s, %3 ops/s, p50 %4 ms, p99 %5 ms, %6 errors — "
                          "targets p99 ≤ 250: %7, no errors: %8\n")
               .arg(n(clients.value(QStringLiteral("clients"))), n(clients.value(QStringLiteral("requests_per_s"))),
                    n(clients.value(QStringLiteral("ops_per_s"))), n(clients.value(QStringLiteral("p50_ms")), 1),
                    n(clients.value(QStringLiteral("p99_ms")), 1), n(clients.value(QStringLiteral("errors"))),
                    mark("clients_p99_ms"), mark("clients_errors"));
    return out;
}

} // namespace sw::bench
