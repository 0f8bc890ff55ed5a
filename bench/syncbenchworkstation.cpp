#include "syncbenchworkstation.h"

#include "domain/roles.h"
#include "services/actor.h"
#include "services/demotexts.h"
#include "services/ticketservice.h"
#include "storage/database.h"
#include "sync/syncclient.h"
#include "sync/syncstore.h"
#include "syncbenchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>

#include <random>

namespace sw::bench::syncbench {

namespace {

Error wsError(const QString& what, const QString& detail = {})
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("SyncBench", "The sync benchmark failed: %1").arg(what), detail);
}

double msSince(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Watches this thread's event loop: a 5 ms precise timer whose ticks should come every
// 5 ms; how much later than that they come is how long the thread could not react.
class StallProbe
{
public:
    explicit StallProbe(int intervalMs)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    QJsonObject result() const
    {
        return {{QStringLiteral("interval_ms"), m_intervalMs},
                {QStringLiteral("ticks"), double(m_lateMs.size())},
                {QStringLiteral("expected_ticks"), std::floor(double(m_last) / 1e6 / m_intervalMs)},
                {QStringLiteral("max_stall_ms"), round2(percentile(m_lateMs, 100))},
                {QStringLiteral("p99_stall_ms"), round2(percentile(m_lateMs, 99))},
                {QStringLiteral("p50_stall_ms"), round2(percentile(m_lateMs, 50))},
                {QStringLiteral("stalls_over_16ms"),
                 double(std::count_if(m_lateMs.cbegin(), m_lateMs.cend(), [](double v) { return v > 16; }))}};
    }
    double maxStallMs() const { return round2(percentile(m_lateMs, 100)); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_last = now;
        m_lateMs << std::max(0.0, gapMs - m_intervalMs);
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateMs;
};

// Runs this thread's event loop until `done` is set or the timeout passes.
bool runUntil(const bool& done, int timeoutSecs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    QTimer::singleShot(timeoutSecs * 1000, &loop, &QEventLoop::quit);
    poll.start();
    if (!done)
        loop.exec();
    return done;
}

qint64 scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

double fileMb(const QString& path)
{
    return round2(double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0);
}

// The local user with this login as a service actor (the users rows came by pull).
services::Actor localActor(QSqlDatabase db, const QString& login)
{
    services::Actor a;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, display_name, coalesce(team_id, '') FROM users WHERE login = ? AND deleted = 0"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return a;
    a.userId = q.value(0).toString();
    a.login = login;
    a.displayName = q.value(1).toString();
    a.teamId = q.value(2).toString();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                             "WHERE ur.user_id = ? AND ur.deleted = 0"));
    r.addBindValue(a.userId);
    r.exec();
    while (r.next()) {
        domain::Role role;
        if (domain::roleFromCode(r.value(0).toString(), &role))
            a.roles << role;
    }
    return a;
}

// The demo templates' slots ({P} product, {O} order, …) filled with plain values.
QString filled(const char* tpl, std::mt19937_64& rng, const QString& orderNo, const QString& merchant)
{
    auto pick = [&rng](std::span<const char* const> list) {
        return QString::fromUtf8(list[std::size_t(rng() % list.size())]);
    };
    QString s = QString::fromUtf8(tpl);
    s.replace(QStringLiteral("{P}"), pick(services::demo::products()));
    s.replace(QStringLiteral("{C}"), pick(services::demo::couriers()));
    s.replace(QStringLiteral("{A}"), pick(services::demo::promotions()));
    s.replace(QStringLiteral("{D}"), QString::number(2 + rng() % 10));
    s.replace(QStringLiteral("{Q}"), QString::number(2 + rng() % 4));
    s.replace(QStringLiteral("{N}"), QString::number(19 + rng() % 2000));
    s.replace(QStringLiteral("{T}"), QStringLiteral("SF%1").arg(rng() % 1000000000000ULL, 12, 10, QLatin1Char('0')));
    s.replace(QStringLiteral("{O}"), orderNo.isEmpty() ? QStringLiteral("这个订单") : orderNo);
    s.replace(QStringLiteral("{M}"), merchant.isEmpty() ? QStringLiteral("商家") : merchant);
    return s;
}

} // namespace

QJsonObject serverSide(const ServerLog& log, qint64 fromOffset, const QString& pathPrefix)
{
    if (log.path.isEmpty())
        return {};
    QFile f(log.path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(fromOffset))
        return {};
    QList<double> ms;
    double total = 0;
    qint64 failed = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (!o.value(QStringLiteral("path")).toString().startsWith(pathPrefix))
            continue;
        const double v = o.value(QStringLiteral("ms")).toDouble();
        ms << v;
        total += v;
        if (o.value(QStringLiteral("status")).toInt() >= 300)
            ++failed;
    }
    return {{QStringLiteral("requests"), double(ms.size())},
            {QStringLiteral("total_s"), round2(total / 1000.0)},
            {QStringLiteral("p50_ms"), percentile(ms, 50)},
            {QStringLiteral("p99_ms"), percentile(ms, 99)},
            {QStringLiteral("max_ms"), percentile(ms, 100)},
            {QStringLiteral("not_2xx"), double(failed)}};
}

Workstation::Workstation() = default;

Workstation::~Workstation()
{
    m_client.reset();
    if (m_db)
        m_db->releaseThreadConnection();
    m_db.reset();
}

Status Workstation::create(const QString& dir, const QUrl& server)
{
    auto db = storage::Database::create(QDir(dir).filePath(QStringLiteral("workstation.db")),
                                        storage::Secret::fromUtf8(QStringLiteral("sync bench workstation")));
    if (!db)
        return db.error();
    m_db = std::move(*db);
    sync::SyncClient::Settings settings;
    settings.serverUrl = server;
    settings.intervalSecs = 0; // the bench says when
    SW_TRY(sync::SyncClient::saveSettings(*m_db, settings));
    m_client = std::make_unique<sync::SyncClient>(*m_db);
    return {};
}

Result<QJsonObject> Workstation::pullAll(const QString& login, const QString& password, qint64 expectedRows,
                                         const ServerLog& log, int timeoutSecs, QJsonObject* gui)
{
    using sync::SyncClient;
    const qint64 logFrom = log.size ? log.size() : 0;
    QElapsedTimer clock;
    double signedInAt = -1, finishedAt = -1, lastProgressAt = -1;
    qint64 rows = 0;
    QList<double> pageMs;
    bool done = false, ok = false;
    QString message;
    QObject context;
    QObject::connect(m_client.get(), &SyncClient::signedIn, &context, [&](const QString&) {
        signedInAt = lastProgressAt = msSince(clock);
    });
    QObject::connect(m_client.get(), &SyncClient::signInFailed, &context, [&](const QString& why) {
        message = why;
        done = true;
    });
    QObject::connect(m_client.get(), &SyncClient::progress, &context, [&](qint64 rowsDone, qint64) {
        const double now = msSince(clock);
        pageMs << now - lastProgressAt;
        lastProgressAt = now;
        rows = rowsDone;
    });
    QObject::connect(m_client.get(), &SyncClient::syncFinished, &context, [&](bool success, const QString& why) {
        finishedAt = msSince(clock);
        ok = success;
        message = why;
        done = true;
    });

    StallProbe probe(5);
    const QJsonObject loadBefore = loadAverage();
    probe.start();
    clock.start();
    m_client->signIn(login, password);
    const bool finished = runUntil(done, timeoutSecs);
    probe.stop();
    const QJsonObject loadAfter = loadAverage();
    *gui = probe.result();
    if (!finished)
        return wsError(QStringLiteral("the first sync did not finish within %1 s").arg(timeoutSecs));
    if (!ok)
        return wsError(QStringLiteral("the first sync failed: %1").arg(message));

    QSqlDatabase conn = m_db->connection();
    const double secs = (finishedAt - signedInAt) / 1000.0;
    const qint64 tickets = scalar(conn, QStringLiteral("SELECT count(*) FROM tickets"));
    const qint64 events = scalar(conn, QStringLiteral("SELECT count(*) FROM ticket_events"));
    QJsonObject out{{QStringLiteral("rows"), double(rows)},
                    {QStringLiteral("rows_expected"), double(expectedRows)},
                    {QStringLiteral("complete"), rows == expectedRows},
                    {QStringLiteral("tickets_local"), double(tickets)},
                    {QStringLiteral("events_local"), double(events)},
                    {QStringLiteral("sign_in_ms"), round2(signedInAt)},
                    {QStringLiteral("seconds"), round2(secs)},
                    {QStringLiteral("rows_per_s"), perSecond(double(rows), secs)},
                    {QStringLiteral("pages"), double(pageMs.size())},
                    {QStringLiteral("page_p50_ms"), round2(percentile(pageMs, 50))},
                    {QStringLiteral("page_p99_ms"), round2(percentile(pageMs, 99))},
                    {QStringLiteral("page_max_ms"), round2(percentile(pageMs, 100))},
                    {QStringLiteral("workstation_db_mb"), fileMb(m_db->path())},
                    {QStringLiteral("errors"), rows == expectedRows ? 0 : 1},
                    {QStringLiteral("load_average_before"), loadBefore},
                    {QStringLiteral("load_average_after"), loadAfter}};
    const QJsonObject server = serverSide(log, logFrom, QStringLiteral("/v1/sync/pull"));
    if (!server.isEmpty()) {
        out.insert(QStringLiteral("server_pull"), server);
        // What is not the server's own time: transfer, parsing and applying on the workstation.
        out.insert(QStringLiteral("workstation_share"),
                   secs > 0 ? round2(1.0 - server.value(QStringLiteral("total_s")).toDouble() / secs) : 0.0);
    }
    return out;
}

Result<QJsonObject> Workstation::pushLocal(const QString& login, int ops, quint64 seed, const ServerLog& log,
                                           int timeoutSecs)
{
    using sync::SyncClient;
    QSqlDatabase conn = m_db->connection();
    const services::Actor actor = localActor(conn, login);
    if (actor.userId.isEmpty())
        return wsError(QStringLiteral("the user %1 did not arrive by pull").arg(login));
    services::TicketService tickets(*m_db, actor);
    QStringList merchants;
    {
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT name FROM merchants WHERE deleted = 0 ORDER BY id LIMIT 200"));
        while (q.next())
            merchants << q.value(0).toString();
    }
    const auto startCount = sync::SyncStore::pendingCount(conn);
    const qint64 pendingAtStart = startCount ? *startCount : 0;

    // Local work as a user would do it: new tickets (customer, ticket, "created" event)
    // and two replies each (event + ticket change).
    std::mt19937_64 rng(seed);
    QElapsedTimer local;
    local.start();
    qint64 pending = pendingAtStart, created = 0, replies = 0;
    const QDate today = QDate::currentDate();
    while (pending < ops) {
        const auto topic = services::demo::Topic(rng() % int(services::demo::Topic::Count));
        const services::demo::TopicTexts& texts = services::demo::topicTexts(topic);
        services::TicketDraft draft;
        draft.kind = created % 3 == 0 ? domain::TicketKind::Complaint : domain::TicketKind::Inquiry;
        draft.channel = domain::TicketChannel::Online;
        draft.orderNo = QStringLiteral("DD%1%2").arg(today.toString(QStringLiteral("yyyyMMdd"))).arg(created, 8, 10, QLatin1Char('0'));
        draft.merchantName = merchants.isEmpty() ? QString() : merchants.at(int(rng() % merchants.size()));
        draft.subject = filled(texts.subjects[rng() % texts.subjects.size()], rng, draft.orderNo, draft.merchantName);
        draft.body = filled(texts.bodies[rng() % texts.bodies.size()], rng, draft.orderNo, draft.merchantName);
        draft.customerName = QString::fromUtf8(services::demo::surnames()[rng() % services::demo::surnames().size()]) +
                             QString::fromUtf8(services::demo::givenNames()[rng() % services::demo::givenNames().size()]);
        draft.customerPhone = QStringLiteral("139%1").arg(created, 8, 10, QLatin1Char('0'));
        auto id = tickets.create(draft);
        if (!id)
            return wsError(QStringLiteral("TicketService::create: %1").arg(id.message()), id.error().detail);
        ++created;
        for (int r = 0; r < 2; ++r) {
            const Status replied =
                tickets.reply(*id, filled(texts.replies[rng() % texts.replies.size()], rng, draft.orderNo, draft.merchantName));
            if (!replied)
                return wsError(QStringLiteral("TicketService::reply: %1").arg(replied.message()), replied.error().detail);
            ++replies;
        }
        auto count = sync::SyncStore::pendingCount(conn);
        if (!count)
            return count.error();
        pending = *count;
    }
    const double localSecs = double(local.nsecsElapsed()) / 1e9;

    // One sync: push (timed until the worker turns to pulling) and the pull that follows.
    const qint64 logFrom = log.size ? log.size() : 0;
    QElapsedTimer clock;
    double pushDoneAt = -1, finishedAt = -1, emptyAt = -1;
    bool done = false, ok = false;
    QString message;
    QObject context;
    QObject::connect(m_client.get(), &SyncClient::stateChanged, &context, [&](SyncClient::State state) {
        if (state == SyncClient::State::Pulling && pushDoneAt < 0)
            pushDoneAt = msSince(clock);
    });
    QObject::connect(m_client.get(), &SyncClient::pendingChangesChanged, &context, [&](qint64 count) {
        if (count == 0 && emptyAt < 0)
            emptyAt = msSince(clock);
    });
    QObject::connect(m_client.get(), &SyncClient::syncFinished, &context, [&](bool success, const QString& why) {
        finishedAt = msSince(clock);
        ok = success;
        message = why;
        done = true;
    });
    const QJsonObject loadBefore = loadAverage();
    clock.start();
    m_client->syncNow();
    if (!runUntil(done, timeoutSecs))
        return wsError(QStringLiteral("the push did not finish within %1 s").arg(timeoutSecs));
    if (!ok)
        return wsError(QStringLiteral("the sync after the local changes failed: %1").arg(message));
    const QJsonObject loadAfter = loadAverage();
    if (pushDoneAt < 0)
        pushDoneAt = emptyAt >= 0 ? emptyAt : finishedAt;
    auto left = sync::SyncStore::pendingCount(conn);
    auto refused = sync::SyncStore::openConflictCount(conn);
    const qint64 remaining = left ? *left : -1;
    const int conflicts = refused ? *refused : -1;
    const double secs = pushDoneAt / 1000.0;
    QJsonObject out{{QStringLiteral("ops"), double(pending)},
                    {QStringLiteral("tickets_created"), double(created)},
                    {QStringLiteral("replies"), double(replies)},
                    {QStringLiteral("local_write_s"), round2(localSecs)},
                    {QStringLiteral("local_ops_per_s"), perSecond(double(pending - pendingAtStart), localSecs)},
                    {QStringLiteral("seconds"), round2(secs)},
                    {QStringLiteral("ops_per_s"), perSecond(double(pending), secs)},
                    {QStringLiteral("sync_total_s"), round2(finishedAt / 1000.0)},
                    {QStringLiteral("outbox_after"), double(remaining)},
                    {QStringLiteral("refused"), conflicts},
                    {QStringLiteral("errors"), double((remaining == 0 ? 0 : 1) + std::max(0, conflicts))},
                    {QStringLiteral("load_average_before"), loadBefore},
                    {QStringLiteral("load_average_after"), loadAfter}};
    const QJsonObject server = serverSide(log, logFrom, QStringLiteral("/v1/sync/push"));
    if (!server.isEmpty())
        out.insert(QStringLiteral("server_push"), server);
    return out;
}

} // namespace sw::bench::syncbench
