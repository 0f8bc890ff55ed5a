// The workstation side of sync without a server (core/sync/syncstore.h,
// conflictservice.h): pulled pages, push verdicts and conflicts on real encrypted
// databases. Two ticket worlds play two workstations: rows made by A's services are
// what the server would hand B.

#include "services/syncedtables.h"
#include "services/ticketquery.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "sync/conflictservice.h"
#include "sync/syncstore.h"
#include "tickettestsupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace sw;
using namespace sw::services;
using namespace sw::sync;
using swtest::TicketWorld;

class TestSyncApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pulledTicketArrivesWithDerivedData();
    void largePullRebuildsDerivedDataAtTheEnd();
    void refusedRowIsReportedNotSkipped();
    void pendingFieldsKeepTheirLocalValue();
    void removalDeletesTheTicketAndItsTimeline();
    void tombstones();
    void undeclaredFieldChangesNothing();
    void uniqueValueIsTakenOver();
    void referencesMayArriveLater();
    void acceptedVerdictsEmptyTheOutbox();
    void refusedVerdictBecomesAConflict();
    void mismatchedVerdictsChangeNothing();
    void conflictReapplyAndDiscard();
    void conflictPermissions();
    void cursorBelongsToServerAndUser();
    void nextBatchRespectsLimits();

private:
    // The outbox of A as rows the server would send (server_seq from 1, per-row merge of
    // all ops: what B would pull after A pushed).
    QList<RowState> rowsFromOutbox(TicketWorld& world, qint64 firstSeq = 1);
    QList<Op> outbox(TicketWorld& world);
    Conflict refuse(TicketWorld& world, const QString& code, bool withCurrent);
    static QString addCannedReply(TicketWorld& world);

    std::unique_ptr<TicketWorld> m_a;
    std::unique_ptr<TicketWorld> m_b;
};

void TestSyncApply::init()
{
    declareAllSyncedTables();
    QString why;
    m_a = std::make_unique<TicketWorld>();
    m_b = std::make_unique<TicketWorld>();
    QVERIFY2(m_a->setUp(&why), qPrintable(why));
    QVERIFY2(m_b->setUp(&why), qPrintable(why));
}

void TestSyncApply::cleanup()
{
    m_a.reset();
    m_b.reset();
}

QList<Op> TestSyncApply::outbox(TicketWorld& world)
{
    auto batch = SyncStore::nextBatch(world.fx.conn(), 10000, qint64(1) << 40);
    if (!batch)
        qFatal("outbox: %s", qPrintable(batch.message()));
    return *batch;
}

QList<RowState> TestSyncApply::rowsFromOutbox(TicketWorld& world, qint64 firstSeq)
{
    QList<RowState> rows;
    QHash<QString, int> index;
    qint64 seq = firstSeq;
    static const QStringList kTicketTables = {QStringLiteral("tickets"), QStringLiteral("ticket_events"),
                                              QStringLiteral("customers"), QStringLiteral("merchants")};
    for (const Op& op : outbox(world)) {
        if (!kTicketTables.contains(op.table))
            continue; // the fixture's own people
        const QString key = op.table + QLatin1Char('/') + op.rowId;
        if (!index.contains(key)) {
            index.insert(key, int(rows.size()));
            RowState r;
            r.table = op.table;
            r.rowId = op.rowId;
            rows << r;
        }
        RowState& r = rows[index.value(key)];
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
            if (it.key() == QLatin1String("deleted"))
                r.deleted = it.value().toInteger() != 0;
            else
                r.fields.insert(it.key(), it.value());
        }
        r.hlc = op.hlc;
        r.updatedBy = world.admin.userId;
        r.serverSeq = seq++;
    }
    return rows;
}

void TestSyncApply::pulledTicketArrivesWithDerivedData()
{
    auto created = m_a->service(m_a->agentA1).create(TicketWorld::draft(QStringLiteral("快递包裹破损要求换货")));
    QVERIFY2(created, qPrintable(created.message()));
    QVERIFY(m_a->service(m_a->agentA1).reply(*created, QStringLiteral("您好，已为您登记蓝牙耳机的换货。")));

    PullResponse page;
    page.rows = rowsFromOutbox(*m_a);
    page.next = page.rows.last().serverSeq;
    const qint64 outboxBefore = m_b->fx.count(QStringLiteral("sync_outbox"));
    const qint64 ticketsBefore = m_b->fx.scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM ticket_counts")).toLongLong();
    const Status applied = SyncStore::applyPage(m_b->fx.conn(), page, m_b->clock.now());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().detail));

    // The row, its timeline, the counts, the cursor — and no outbox or audit of its own.
    auto ticket = TicketStore::load(m_b->fx.conn(), *created);
    QVERIFY2(ticket, qPrintable(ticket.message()));
    QCOMPARE(ticket->subject, QStringLiteral("快递包裹破损要求换货"));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*created}).toInt(),
             m_a->fx.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*created}).toInt());
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM ticket_counts")).toLongLong(),
             ticketsBefore + 1);
    QCOMPARE(SyncStore::cursor(m_b->fx.conn()), page.next);
    QCOMPARE(m_b->fx.count(QStringLiteral("sync_outbox")), outboxBefore);
    qint64 ticketSeq = 0;
    for (const RowState& r : page.rows) {
        if (r.table == QLatin1String("tickets"))
            ticketSeq = r.serverSeq;
    }
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT server_seq FROM tickets WHERE id = ?"), {*created}).toLongLong(),
             ticketSeq);

    // Derived local data: SLA due columns as A computed them, and the search document
    // (subject and the reply's text).
    for (const char* column : {"first_response_due", "resolution_due", "next_due"}) {
        const QString sql = QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(column));
        QCOMPARE(m_b->fx.scalar(sql, {*created}), m_a->fx.scalar(sql, {*created}));
    }
    for (const QString& term : {QStringLiteral("包裹破损"), QStringLiteral("蓝牙耳机")}) {
        TicketFilter f;
        f.search = term;
        TicketQuery q(m_b->fx.db(), m_b->manager, &m_b->clock);
        auto rows = q.page(f, {}, 0, 10);
        QVERIFY2(rows, qPrintable(rows.message()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, *created);
    }
    // The HLC moved past the remote clocks.
    QVERIFY(m_b->fx.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'hlc_last'")).toString()
            >= page.rows.last().hlc.left(13));
}

void TestSyncApply::largePullRebuildsDerivedDataAtTheEnd()
{
    // Three tickets on A: one answered, one that waited for the customer, one plain.
    auto answered = m_a->service(m_a->agentA1).create(TicketWorld::draft(QStringLiteral("快递包裹破损要求换货")));
    QVERIFY2(answered, qPrintable(answered.message()));
    QVERIFY(m_a->service(m_a->agentA1).reply(*answered, QStringLiteral("您好，已为您登记蓝牙耳机的换货。")));
    auto paused = m_a->service(m_a->agentA1).create(TicketWorld::draft(QStringLiteral("发票抬头填写错误")));
    QVERIFY(paused);
    QVERIFY(m_a->service(m_a->agentA1).reply(*paused, QStringLiteral("请提供正确的纳税人识别号")));
    m_a->clock.advanceSecs(3600);
    m_b->clock.advanceSecs(3600); // both workstations at the same time
    QVERIFY(m_a->service(m_a->agentA1).changeStatus(*paused, domain::TicketStatus::PendingCustomer));
    m_a->clock.advanceSecs(7200);
    m_b->clock.advanceSecs(7200);
    QVERIFY(m_a->service(m_a->agentA1).changeStatus(*paused, domain::TicketStatus::Open)); // a closed pause
    auto plain = m_a->service(m_a->agentA1).create(TicketWorld::draft(QStringLiteral("优惠券无法使用")));
    QVERIFY(plain);
    const QList<RowState> rows = rowsFromOutbox(*m_a);

    // Two pages applied as part of a large pull: rows arrive, derived data waits.
    PullResponse first;
    first.rows = rows.mid(0, rows.size() / 2);
    first.next = first.rows.last().serverSeq;
    first.more = true;
    PullResponse second;
    second.rows = rows.mid(rows.size() / 2);
    second.next = second.rows.last().serverSeq;
    {
        SyncStore::PageApplier applier(m_b->fx.conn());
        QVERIFY(applier.apply(first, m_b->clock.now(), true));
        QVERIFY(applier.apply(second, m_b->clock.now(), true));
    }
    const auto searchHits = [this](const QString& term) {
        TicketFilter f;
        f.search = term;
        TicketQuery q(m_b->fx.db(), m_b->manager, &m_b->clock);
        auto found = q.page(f, {}, 0, 10);
        return found ? int(found->size()) : -1;
    };
    QCOMPARE(m_b->fx.count(QStringLiteral("tickets")), m_a->fx.count(QStringLiteral("tickets")));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT count(*) FROM sync_deferred WHERE area = 'tickets'")).toInt(), 3);
    QCOMPARE(searchHits(QStringLiteral("蓝牙耳机")), 0);
    QVERIFY(m_b->fx.scalar(QStringLiteral("SELECT next_due FROM tickets WHERE id = ?"), {*plain}).isNull());

    // The end of the pull: the same search documents and SLA columns as per-page hooks.
    QVERIFY(SyncStore::finishDeferred(m_b->fx.conn(), m_b->clock.now()));
    QCOMPARE(m_b->fx.count(QStringLiteral("sync_deferred")), qint64(0));
    for (const QString& id : {*answered, *paused, *plain}) {
        for (const char* column : {"first_response_due", "resolution_due", "next_due", "next_warn"}) {
            const QString sql = QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(column));
            QCOMPARE(m_b->fx.scalar(sql, {id}), m_a->fx.scalar(sql, {id}));
        }
        const QString doc = QStringLiteral("SELECT s.tokens FROM ticket_search s JOIN tickets t ON t.n = s.docid "
                                           "WHERE t.id = ?");
        QCOMPARE(m_b->fx.scalar(doc, {id}).toString(), m_a->fx.scalar(doc, {id}).toString());
    }
    QCOMPARE(searchHits(QStringLiteral("蓝牙耳机")), 1);
    QCOMPARE(searchHits(QStringLiteral("纳税人识别号")), 1);
    // Nothing noted: finishing again is a no-op.
    QVERIFY(SyncStore::finishDeferred(m_b->fx.conn(), m_b->clock.now()));
}

void TestSyncApply::refusedRowIsReportedNotSkipped()
{
    // A row the local schema refuses (title is NOT NULL): the insert that ignores
    // conflicts must not drop it silently; the page fails and changes nothing.
    RowState good;
    good.table = QStringLiteral("canned_replies");
    good.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-000000000005");
    good.serverSeq = 4;
    good.fields = {{QStringLiteral("title"), QStringLiteral("y")}};
    RowState bad = good;
    bad.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-000000000006");
    bad.serverSeq = 5;
    bad.fields = {{QStringLiteral("title"), QJsonValue::Null}};
    PullResponse page;
    page.rows = {good, bad};
    page.next = 5;
    const Status applied = SyncStore::applyPage(m_b->fx.conn(), page, m_b->clock.now());
    QVERIFY(!applied);
    QVERIFY(!applied.message().isEmpty());
    QVERIFY(applied.error().detail.contains(QStringLiteral("NOT NULL")));
    QCOMPARE(m_b->fx.count(QStringLiteral("canned_replies")), qint64(0));
    QCOMPARE(SyncStore::cursor(m_b->fx.conn()), qint64(0));
}

void TestSyncApply::pendingFieldsKeepTheirLocalValue()
{
    auto created = m_a->service(m_a->agentA1).create(TicketWorld::draft());
    QVERIFY(created);
    PullResponse first;
    first.rows = rowsFromOutbox(*m_a);
    first.next = first.rows.last().serverSeq;
    QVERIFY(SyncStore::applyPage(m_b->fx.conn(), first, m_b->clock.now()));

    // B changes the priority locally (pending), the server sends another subject and priority.
    auto t = TicketStore::load(m_b->fx.conn(), *created);
    QVERIFY(t);
    const qint64 outboxBefore = m_b->fx.count(QStringLiteral("sync_outbox"));
    QVERIFY(m_b->service(m_b->manager).triage(*created, t->kind, domain::TicketPriority::Urgent, false, {}));
    const qint64 pending = m_b->fx.count(QStringLiteral("sync_outbox"));
    QVERIFY(pending > outboxBefore);
    RowState changed;
    for (const RowState& r : first.rows) {
        if (r.table == QLatin1String("tickets"))
            changed = r;
    }
    QCOMPARE(changed.rowId, *created);
    changed.fields.insert(QStringLiteral("subject"), QStringLiteral("服务器上的新标题"));
    changed.fields.insert(QStringLiteral("priority"), QStringLiteral("low"));
    changed.serverSeq = first.next + 1;
    PullResponse second;
    second.rows = {changed};
    second.next = changed.serverSeq;
    QVERIFY(SyncStore::applyPage(m_b->fx.conn(), second, m_b->clock.now()));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT subject FROM tickets WHERE id = ?"), {*created}).toString(),
             QStringLiteral("服务器上的新标题"));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT priority FROM tickets WHERE id = ?"), {*created}).toString(),
             QStringLiteral("urgent"));
    QCOMPARE(m_b->fx.count(QStringLiteral("sync_outbox")), pending); // still waiting to be pushed
}

void TestSyncApply::removalDeletesTheTicketAndItsTimeline()
{
    auto created = m_a->service(m_a->agentA1).create(TicketWorld::draft(QStringLiteral("发票抬头开错了")));
    QVERIFY(created);
    PullResponse first;
    first.rows = rowsFromOutbox(*m_a);
    first.next = first.rows.last().serverSeq;
    QVERIFY(SyncStore::applyPage(m_b->fx.conn(), first, m_b->clock.now()));
    QVERIFY(m_b->fx.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*created}).toInt() > 0);
    const qint64 counted = m_b->fx.scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM ticket_counts")).toLongLong();

    RowState removal;
    removal.table = QStringLiteral("tickets");
    removal.rowId = *created;
    removal.removed = true;
    removal.serverSeq = first.next + 1;
    PullResponse second;
    second.rows = {removal};
    second.next = removal.serverSeq;
    QVERIFY(SyncStore::applyPage(m_b->fx.conn(), second, m_b->clock.now()));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {*created}).toInt(), 0);
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*created}).toInt(), 0);
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM ticket_counts")).toLongLong(), counted - 1);
    TicketFilter f;
    f.search = QStringLiteral("发票抬头");
    auto rows = TicketQuery(m_b->fx.db(), m_b->manager, &m_b->clock).page(f, {}, 0, 10);
    QVERIFY(rows);
    QVERIFY(rows->isEmpty());
}

void TestSyncApply::tombstones()
{
    // A tombstone of a row B never had is not stored; one of a row B has marks it deleted.
    RowState unknown;
    unknown.table = QStringLiteral("canned_replies");
    unknown.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-000000000001");
    unknown.deleted = true;
    unknown.serverSeq = 5;
    unknown.fields = {{QStringLiteral("title"), QStringLiteral("问候")}, {QStringLiteral("body"), QStringLiteral("您好")}};
    RowState live = unknown;
    live.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-000000000002");
    live.deleted = false;
    live.serverSeq = 6;
    PullResponse page;
    page.rows = {unknown, live};
    page.next = 6;
    const Status applied = SyncStore::applyPage(m_b->fx.conn(), page, m_b->clock.now());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().detail));
    QCOMPARE(m_b->fx.count(QStringLiteral("canned_replies")), qint64(1));
    live.deleted = true;
    live.serverSeq = 7;
    page.rows = {live};
    page.next = 7;
    QVERIFY(SyncStore::applyPage(m_b->fx.conn(), page, m_b->clock.now()));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT deleted FROM canned_replies WHERE id = ?"), {live.rowId}).toInt(), 1);
}

void TestSyncApply::undeclaredFieldChangesNothing()
{
    RowState bad;
    bad.table = QStringLiteral("canned_replies");
    bad.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-000000000003");
    bad.serverSeq = 9;
    bad.fields = {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("title; DROP TABLE users"), 1}};
    RowState good = bad;
    good.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-000000000004");
    good.fields = {{QStringLiteral("title"), QStringLiteral("y")}};
    PullResponse page;
    page.rows = {good, bad};
    page.next = 9;
    const Status applied = SyncStore::applyPage(m_b->fx.conn(), page, m_b->clock.now());
    QVERIFY(!applied);
    QVERIFY(!applied.message().isEmpty());
    QCOMPARE(m_b->fx.count(QStringLiteral("canned_replies")), qint64(0)); // the good row too: one transaction
    QCOMPARE(SyncStore::cursor(m_b->fx.conn()), qint64(0));
}

void TestSyncApply::uniqueValueIsTakenOver()
{
    // The server's "manager" (another id) replaces B's own unsynced "manager" locally.
    RowState user;
    user.table = QStringLiteral("users");
    user.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-0000000000aa");
    user.serverSeq = 3;
    user.fields = {{QStringLiteral("login"), QStringLiteral("manager")},
                   {QStringLiteral("display_name"), QStringLiteral("服务器经理")},
                   {QStringLiteral("password_hash"), QStringLiteral("x")},
                   {QStringLiteral("active"), 1},
                   {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
    PullResponse page;
    page.rows = {user};
    page.next = 3;
    const Status applied = SyncStore::applyPage(m_b->fx.conn(), page, m_b->clock.now());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().detail));
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'manager' AND deleted = 0")).toString(),
             user.rowId);
    QCOMPARE(m_b->fx.scalar(QStringLiteral("SELECT deleted FROM users WHERE id = ?"), {m_b->manager.userId}).toInt(), 1);
}

void TestSyncApply::referencesMayArriveLater()
{
    // Pull order is server_seq order: a user changed after their team's last change comes
    // first, even on another page. The reference holds once both have arrived.
    const QString team = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-0000000000bb");
    RowState user;
    user.table = QStringLiteral("users");
    user.rowId = QStringLiteral("7b0f6a34-3d55-4f0b-9d55-0000000000bc");
    user.serverSeq = 10;
    user.fields = {{QStringLiteral("login"), QStringLiteral("newagent")},
                   {QStringLiteral("display_name"), QStringLiteral("新客服")},
                   {QStringLiteral("password_hash"), QStringLiteral("x")},
                   {QStringLiteral("team_id"), team},
                   {QStringLiteral("active"), 1},
                   {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
    PullResponse first;
    first.rows = {user};
    first.next = 10;
    first.more = true;
    const Status applied = SyncStore::applyPage(m_b->fx.conn(), first, m_b->clock.now());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().detail));
    RowState teamRow;
    teamRow.table = QStringLiteral("teams");
    teamRow.rowId = team;
    teamRow.serverSeq = 11;
    teamRow.fields = {{QStringLiteral("name"), QStringLiteral("新组")}, {QStringLiteral("lead_id"), QJsonValue()}};
    PullResponse second;
    second.rows = {teamRow};
    second.next = 11;
    QVERIFY(SyncStore::applyPage(m_b->fx.conn(), second, m_b->clock.now()));
    QSqlQuery check(m_b->fx.conn());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());
    // Enforcement is back on for this connection's other work.
    QCOMPARE(m_b->fx.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestSyncApply::acceptedVerdictsEmptyTheOutbox()
{
    auto created = m_a->service(m_a->agentA1).create(TicketWorld::draft());
    QVERIFY(created);
    const QList<Op> ops = outbox(*m_a);
    QVERIFY(ops.size() >= 2);
    QList<Verdict> verdicts;
    qint64 seq = 100;
    for (const Op& op : ops) {
        Verdict v;
        v.opId = op.opId;
        v.accepted = true;
        v.serverSeq = ++seq;
        verdicts << v;
    }
    auto refused = SyncStore::applyVerdicts(m_a->fx.conn(), ops, verdicts, m_a->agentA1.userId, m_a->clock.now());
    QVERIFY2(refused, qPrintable(refused.message()));
    QCOMPARE(*refused, 0);
    QCOMPARE(m_a->fx.count(QStringLiteral("sync_outbox")), qint64(0));
    QCOMPARE(m_a->fx.count(QStringLiteral("sync_conflicts")), qint64(0));
    QVERIFY(m_a->fx.scalar(QStringLiteral("SELECT server_seq FROM tickets WHERE id = ?"), {*created}).toLongLong() > 100);
    QCOMPARE(*SyncStore::pendingCount(m_a->fx.conn()), qint64(0));
}

Conflict TestSyncApply::refuse(TicketWorld& world, const QString& code, bool withCurrent)
{
    const QList<Op> ops = outbox(world);
    const Op& last = ops.last();
    QList<Verdict> verdicts;
    for (const Op& op : ops) {
        Verdict v;
        v.opId = op.opId;
        if (op.opId == last.opId) {
            v.code = code;
            v.reason = QStringLiteral("refused in the test");
            if (withCurrent) {
                RowState current;
                current.table = op.table;
                current.rowId = op.rowId;
                current.serverSeq = 777;
                current.hlc = op.hlc;
                current.fields = {{QStringLiteral("title"), QStringLiteral("服务器的标题")},
                                  {QStringLiteral("body"), QStringLiteral("服务器的内容")}};
                v.current = current;
            }
        } else {
            v.accepted = true;
            v.serverSeq = 500;
        }
        verdicts << v;
    }
    auto refused = SyncStore::applyVerdicts(world.fx.conn(), ops, verdicts, world.admin.userId, world.clock.now());
    if (!refused || *refused != 1)
        qFatal("applyVerdicts: %s", refused ? "wrong count" : qPrintable(refused.error().detail));
    auto open = ConflictService(world.fx.db(), world.admin, &world.clock).open();
    if (!open || open->isEmpty())
        qFatal("no conflict: %lld rows", world.fx.count(QStringLiteral("sync_conflicts WHERE resolved_at IS NULL")));
    return open->first();
}

QString TestSyncApply::addCannedReply(TicketWorld& world)
{
    auto tx = WriteTransaction::begin(world.fx.conn(), world.admin, &world.clock);
    if (!tx)
        qFatal("begin: %s", qPrintable(tx.message()));
    auto id = tx->insert(QStringLiteral("canned_replies"),
                         {{QStringLiteral("title"), QStringLiteral("问候")}, {QStringLiteral("body"), QStringLiteral("您好")}},
                         QStringLiteral("test"));
    if (!id || !tx->commit())
        qFatal("canned reply not written");
    return *id;
}

void TestSyncApply::refusedVerdictBecomesAConflict()
{
    // A canned reply the admin wrote locally, then changed; the server refuses the change.
    const QString id = addCannedReply(*m_a);
    auto tx = WriteTransaction::begin(m_a->fx.conn(), m_a->admin, &m_a->clock);
    QVERIFY(tx);
    QVERIFY(tx->update(QStringLiteral("canned_replies"), id, {{QStringLiteral("title"), QStringLiteral("我的标题")}},
                       QStringLiteral("test")));
    QVERIFY(tx->commit());

    const Conflict c = refuse(*m_a, QStringLiteral("forbidden"), true);
    QCOMPARE(c.code, QStringLiteral("forbidden"));
    QCOMPARE(c.reason, ConflictService::reasonFor(QStringLiteral("forbidden")));
    QVERIFY(!c.reason.contains(QStringLiteral("forbidden")));
    QCOMPARE(c.table, QStringLiteral("canned_replies"));
    QCOMPARE(c.rowId, id);
    QCOMPARE(c.fields.value(QStringLiteral("title")).toString(), QStringLiteral("我的标题"));
    QCOMPARE(c.serverFields.value(QStringLiteral("title")).toString(), QStringLiteral("服务器的标题"));
    QCOMPARE(c.serverSeq, qint64(777));
    QCOMPARE(c.authorId, m_a->admin.userId);
    QVERIFY(!c.resolvedAt.isValid());
    // The server's row is applied locally; the outbox is empty.
    QCOMPARE(m_a->fx.scalar(QStringLiteral("SELECT title FROM canned_replies WHERE id = ?"), {id}).toString(),
             QStringLiteral("服务器的标题"));
    QCOMPARE(m_a->fx.count(QStringLiteral("sync_outbox")), qint64(0));
    QCOMPARE(*SyncStore::openConflictCount(m_a->fx.conn(), m_a->admin.userId), 1);
    QCOMPARE(*SyncStore::openConflictCount(m_a->fx.conn(), m_a->agentA1.userId), 0);
}

void TestSyncApply::mismatchedVerdictsChangeNothing()
{
    QVERIFY(m_a->service(m_a->agentA1).create(TicketWorld::draft()));
    const QList<Op> ops = outbox(*m_a);
    QList<Verdict> verdicts;
    for (const Op& op : ops) {
        Verdict v;
        v.opId = op.opId;
        v.accepted = true;
        v.serverSeq = 1;
        verdicts << v;
    }
    std::swap(verdicts.first(), verdicts.last());
    QVERIFY(!SyncStore::applyVerdicts(m_a->fx.conn(), ops, verdicts, m_a->agentA1.userId, m_a->clock.now()));
    verdicts.removeLast();
    QVERIFY(!SyncStore::applyVerdicts(m_a->fx.conn(), ops, verdicts, m_a->agentA1.userId, m_a->clock.now()));
    QCOMPARE(m_a->fx.count(QStringLiteral("sync_outbox")), qint64(ops.size()));
}

void TestSyncApply::conflictReapplyAndDiscard()
{
    const QString id = addCannedReply(*m_a);
    Conflict c = refuse(*m_a, QStringLiteral("illegal_transition"), true);
    ConflictService conflicts(m_a->fx.db(), m_a->admin, &m_a->clock);

    // Re-apply: the user's values again, as one new op carrying every field.
    const qint64 audits = m_a->fx.count(QStringLiteral("audit_log"));
    const Status reapplied = conflicts.reapply(c.id);
    QVERIFY2(reapplied, qPrintable(reapplied.message()));
    QCOMPARE(m_a->fx.scalar(QStringLiteral("SELECT title FROM canned_replies WHERE id = ?"), {id}).toString(),
             QStringLiteral("问候"));
    const QList<Op> again = outbox(*m_a);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().fields.value(QStringLiteral("title")).toString(), QStringLiteral("问候"));
    QCOMPARE(again.first().fields.value(QStringLiteral("body")).toString(), QStringLiteral("您好"));
    QVERIFY(again.first().opId != c.opId);
    QVERIFY(m_a->fx.count(QStringLiteral("audit_log")) > audits);
    QCOMPARE(*conflicts.openCount(), 0);
    QCOMPARE(m_a->fx.scalar(QStringLiteral("SELECT resolution FROM sync_conflicts WHERE id = ?"), {c.id}).toString(),
             QStringLiteral("reapplied"));
    QCOMPARE(conflicts.reapply(c.id).code(), ErrorCode::NotFound); // resolved once only

    // Refused again, this time a new row the server never had: discard tombstones it.
    c = refuse(*m_a, QStringLiteral("forbidden"), false);
    QVERIFY(m_a->fx.exec(QStringLiteral("UPDATE canned_replies SET server_seq = 0 WHERE id = ?"), {id}));
    const Status discarded = conflicts.discard(c.id);
    QVERIFY2(discarded, qPrintable(discarded.message()));
    QCOMPARE(m_a->fx.scalar(QStringLiteral("SELECT deleted FROM canned_replies WHERE id = ?"), {id}).toInt(), 1);
    QCOMPARE(m_a->fx.count(QStringLiteral("sync_outbox")), qint64(0));
    QCOMPARE(*conflicts.openCount(), 0);
}

void TestSyncApply::conflictPermissions()
{
    addCannedReply(*m_a);
    const Conflict c = refuse(*m_a, QStringLiteral("forbidden"), true);

    // Somebody else's conflict: not listed, not resolvable, nothing saved.
    ConflictService other(m_a->fx.db(), m_a->agentA1, &m_a->clock);
    QCOMPARE(other.open()->size(), 0);
    const qint64 audits = m_a->fx.count(QStringLiteral("audit_log"));
    const qint64 outboxBefore = m_a->fx.count(QStringLiteral("sync_outbox"));
    QCOMPARE(other.reapply(c.id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(other.discard(c.id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(other.discard(QStringLiteral("no-such-conflict")).code(), ErrorCode::NotFound);
    QCOMPARE(m_a->fx.count(QStringLiteral("audit_log")), audits);
    QCOMPARE(m_a->fx.count(QStringLiteral("sync_outbox")), outboxBefore);
    QCOMPARE(*ConflictService(m_a->fx.db(), m_a->admin, &m_a->clock).openCount(), 1);
}

void TestSyncApply::cursorBelongsToServerAndUser()
{
    QSqlDatabase db = m_b->fx.conn();
    QCOMPARE(*SyncStore::bindCursor(db, QStringLiteral("https://a"), QStringLiteral("u1")), true);
    PullResponse page;
    page.next = 42;
    QVERIFY(SyncStore::applyPage(db, page, m_b->clock.now()));
    QCOMPARE(*SyncStore::bindCursor(db, QStringLiteral("https://a"), QStringLiteral("u1")), false);
    QCOMPARE(SyncStore::cursor(db), qint64(42));
    QCOMPARE(*SyncStore::bindCursor(db, QStringLiteral("https://a"), QStringLiteral("u2")), true);
    QCOMPARE(SyncStore::cursor(db), qint64(0));
}

void TestSyncApply::nextBatchRespectsLimits()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_a->service(m_a->agentA1).create(TicketWorld::draft()));
    const qint64 all = *SyncStore::pendingCount(m_a->fx.conn());
    QVERIFY(all >= 10);
    QCOMPARE(SyncStore::nextBatch(m_a->fx.conn(), 3, qint64(1) << 30)->size(), 3);
    QCOMPARE(SyncStore::nextBatch(m_a->fx.conn(), 1000, 1)->size(), 1); // always at least one
    QCOMPARE(SyncStore::nextBatch(m_a->fx.conn(), 1000, qint64(1) << 30)->size(), int(all));
}

QTEST_GUILESS_MAIN(TestSyncApply)
#include "tst_syncapply.moc"
