// ticket_counts (migration 0003): the per-key live-ticket counts kept by triggers must
// equal a GROUP BY over the tickets after every kind of write — service writes, a sync
// tombstone, a bulk seed that drops and rebuilds the triggers — and queue counts built
// on it must equal counting the rows.

#include "services/ticketquery.h"
#include "services/ticketseeder.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::TicketKind;
using domain::TicketPriority;
using domain::TicketStatus;

class TestTicketCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsServiceWrites();
    void followsTombstonesAndRowDeletes();
    void rebuiltAfterBulkSeed();

private:
    static QStringList summary(QSqlDatabase db);
    static QStringList groupBy(QSqlDatabase db);
    static QStringList rows(QSqlDatabase db, const QString& sql);
};

QStringList TestTicketCounts::rows(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList TestTicketCounts::summary(QSqlDatabase db)
{
    return rows(db, QStringLiteral("SELECT owner_id, team_id, status, kind, channel, priority, merged, n "
                                   "FROM ticket_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7"));
}

QStringList TestTicketCounts::groupBy(QSqlDatabase db)
{
    return rows(db, QStringLiteral("SELECT COALESCE(owner_id, ''), COALESCE(team_id, ''), status, kind, channel, "
                                   "priority, merged_into IS NOT NULL, COUNT(*) FROM tickets WHERE deleted = 0 "
                                   "GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7"));
}

void TestTicketCounts::followsServiceWrites()
{
    swtest::TicketWorld w;
    QString why;
    QVERIFY2(w.setUp(&why), qPrintable(why));
    TicketService manager = w.service(w.manager);
    QSqlDatabase db = w.fx.conn();

    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        TicketDraft d = swtest::TicketWorld::draft(QStringLiteral("计数%1").arg(i));
        d.kind = domain::allTicketKinds().at(i % 3);
        d.ownerId = i % 3 == 0 ? QString() : (i % 2 ? w.agentA1.userId : w.agentB1.userId);
        auto id = manager.create(d);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        ids << *id;
    }
    QCOMPARE(summary(db), groupBy(db));
    QVERIFY(!summary(db).isEmpty());

    // Every write that touches a key column.
    QVERIFY(manager.assign(ids.at(0), w.agentA2.userId).ok());                  // owner, team, status
    QVERIFY(manager.assign(ids.at(1), w.agentB1.userId).ok());                  // other team
    QVERIFY(manager.triage(ids.at(2), TicketKind::Complaint, TicketPriority::Urgent, false, {}).ok());
    QVERIFY(manager.changeStatus(ids.at(4), TicketStatus::PendingCustomer).ok());
    QVERIFY(manager.changeStatus(ids.at(5), TicketStatus::Resolved).ok());
    QVERIFY(manager.merge(ids.at(7), ids.at(8)).ok());
    QVERIFY(manager.merge(ids.at(10), ids.at(8)).ok());
    QCOMPARE(summary(db), groupBy(db));
    QVERIFY(manager.unmerge(ids.at(7)).ok());
    QCOMPARE(summary(db), groupBy(db));

    // Queue counts on the summary equal counting the rows, for each role.
    for (const Actor& actor : {w.manager, w.leadA, w.agentA1, w.agentB1}) {
        TicketQuery q(w.fx.db(), actor, &w.clock);
        for (TicketFilter f : {TicketFilter{}, q.viewFilter(TicketView::Unassigned)}) {
            auto page = q.page(f, {}, 0, 1000);
            QVERIFY(page.ok());
            QCOMPARE(*q.count(f), qint64(page->size()));
            f.includeMerged = true;
            page = q.page(f, {}, 0, 1000);
            QVERIFY(page.ok());
            QCOMPARE(*q.count(f), qint64(page->size()));
        }
    }
}

void TestTicketCounts::followsTombstonesAndRowDeletes()
{
    swtest::TicketWorld w;
    QString why;
    QVERIFY2(w.setUp(&why), qPrintable(why));
    TicketService manager = w.service(w.manager);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        auto id = manager.create(swtest::TicketWorld::draft(QStringLiteral("墓碑%1").arg(i)));
        QVERIFY(id.ok());
        ids << *id;
    }
    QSqlDatabase db = w.fx.conn();
    TicketQuery q(w.fx.db(), w.manager, &w.clock);
    QCOMPARE(*q.count({}), 4);
    // A tombstone as sync applies it, and its undo; then a row really removed.
    QVERIFY(w.fx.exec(QStringLiteral("UPDATE tickets SET deleted = 1 WHERE id = ?"), {ids.at(0)}));
    QCOMPARE(summary(db), groupBy(db));
    QCOMPARE(*q.count({}), 3);
    QVERIFY(w.fx.exec(QStringLiteral("UPDATE tickets SET deleted = 0 WHERE id = ?"), {ids.at(0)}));
    QCOMPARE(*q.count({}), 4);
    // A search-only count is "hits less hidden hits": the removed ticket's search
    // document must go with it.
    TicketFilter search;
    search.search = QStringLiteral("墓碑");
    QCOMPARE(*q.count(search), 4);
    QVERIFY(w.fx.exec(QStringLiteral("DELETE FROM ticket_events WHERE ticket_id = ?"), {ids.at(1)}));
    QVERIFY(w.fx.exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {ids.at(1)}));
    QCOMPARE(summary(db), groupBy(db));
    QCOMPARE(*q.count({}), 3);
    QCOMPARE(*q.count(search), 3);
    QCOMPARE(q.page(search, {}, 0, 10)->size(), 3);
}

void TestTicketCounts::rebuiltAfterBulkSeed()
{
    swtest::TicketWorld w;
    QString why;
    QVERIFY2(w.setUp(&why), qPrintable(why));
    // A ticket before the seed: the rebuild must keep it.
    QVERIFY(w.service(w.manager).create(swtest::TicketWorld::draft(QStringLiteral("种子前"))).ok());
    SeedOptions options;
    options.tickets = 400;
    options.now = w.clock.now();
    options.deferIndexesFrom = 1; // the bulk path: indexes and count triggers dropped
    auto report = seedTickets(w.fx.db(), options);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QSqlDatabase db = w.fx.conn();
    QCOMPARE(summary(db), groupBy(db));
    QCOMPARE(rows(db, QStringLiteral("SELECT name, '', '', '', '', '', '', '' FROM sqlite_master "
                                     "WHERE type = 'trigger' AND tbl_name = 'tickets' ORDER BY name")),
             (QStringList{QStringLiteral("ticket_counts_delete|||||||"),
                          QStringLiteral("ticket_counts_insert|||||||"),
                          QStringLiteral("ticket_counts_update|||||||"),
                          QStringLiteral("ticket_search_delete|||||||")}));
    TicketQuery q(w.fx.db(), w.manager, &w.clock);
    QCOMPARE(*q.count({}), 401);
    // The triggers work again after the seed.
    QVERIFY(w.service(w.manager).create(swtest::TicketWorld::draft(QStringLiteral("种子后"))).ok());
    QCOMPARE(*q.count({}), 402);
    QCOMPARE(summary(db), groupBy(db));
}

QTEST_GUILESS_MAIN(TestTicketCounts)
#include "tst_ticketcounts.moc"
