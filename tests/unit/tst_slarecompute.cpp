// TicketStore::recomputeAllSla on a seeded database (every status, pauses open and
// closed): the bulk pass gives exactly what the per-ticket TicketStore::computeSla gives,
// writes only what changes, clears stale values, and commits with the caller.

#include "domain/slaclock.h"
#include "services/ticketseeder.h"
#include "services/ticketstore.h"
#include "support/servicefixture.h"

#include <QSqlQuery>
#include <QTest>

using sw::services::TicketStore;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 30), Qt::UTC);

struct Columns
{
    QVariant firstResponse, resolution, next, warn;
    bool operator==(const Columns&) const = default;
};

QHash<QString, Columns> storedColumns(QSqlDatabase db)
{
    QHash<QString, Columns> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, first_response_due, resolution_due, next_due, next_warn FROM tickets"));
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1), q.value(2), q.value(3), q.value(4)});
    return out;
}

} // namespace

class TestSlaRecompute : public QObject
{
    Q_OBJECT

private:
    swtest::ServiceFixture m_fx;

    // Every ticket's stored columns equal computeSla's for `clock`.
    void verifyAgainstComputeSla(const sw::domain::SlaClock& clock)
    {
        QSqlDatabase db = m_fx.conn();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tickets ORDER BY n")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        QVERIFY(ids.size() > 100);
        for (const QString& id : ids) {
            auto stored = TicketStore::load(db, id);
            QVERIFY(stored.ok());
            sw::services::Ticket expected = *stored;
            QVERIFY(TicketStore::computeSla(db, clock, expected, kNow).ok());
            QCOMPARE(stored->firstResponseDue, expected.firstResponseDue);
            QCOMPARE(stored->resolutionDue, expected.resolutionDue);
            QCOMPARE(stored->nextDue, expected.nextDue);
            QCOMPARE(stored->nextWarn, expected.nextWarn);
        }
    }

    sw::domain::SlaClock clockFor(const sw::domain::SlaPolicy& policy)
    {
        auto clock = TicketStore::slaClock(m_fx.conn(), policy);
        if (!clock)
            qFatal("slaClock failed");
        return *clock;
    }

    sw::Result<int> recompute(const sw::domain::SlaClock& clock, bool commit = true)
    {
        QSqlDatabase db = m_fx.conn();
        db.transaction();
        auto changed = TicketStore::recomputeAllSla(db, clock, kNow);
        if (changed && commit)
            db.commit();
        else
            db.rollback();
        return changed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fx.create(&why), qPrintable(why));
        sw::services::SeedOptions o;
        o.tickets = 400;
        o.seed = 7;
        o.now = kNow;
        auto report = sw::services::seedTickets(m_fx.db(), o);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.message()));
        // The data covers what the pass must handle.
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE paused_since IS NOT NULL")) > 0);
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE paused_secs > 0 AND resolved_at IS NULL")) > 0);
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE resolved_at IS NOT NULL")) > 0);
    }

    void cleanupTestCase() { m_fx.destroy(); }

    // The seeder wrote the columns with the same computation: nothing to change.
    void unchangedPolicyWritesNothing()
    {
        const auto before = storedColumns(m_fx.conn());
        auto changed = recompute(clockFor(sw::domain::SlaPolicy()));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().detail));
        QCOMPARE(*changed, 0);
        QCOMPARE(storedColumns(m_fx.conn()), before);
    }

    void newPolicyMatchesComputeSlaForEveryTicket_data()
    {
        QTest::addColumn<int>("firstResponseHours");
        QTest::addColumn<int>("warnPercent");
        QTest::addColumn<bool>("businessDays");
        QTest::newRow("shorter first response, warn 50 %") << 10 << 50 << false;
        QTest::newRow("business days") << 24 << 75 << true;
        QTest::newRow("back to the defaults") << 24 << 75 << false;
    }

    void newPolicyMatchesComputeSlaForEveryTicket()
    {
        QFETCH(int, firstResponseHours);
        QFETCH(int, warnPercent);
        QFETCH(bool, businessDays);
        sw::domain::SlaPolicy policy;
        policy.setFirstResponseHours(firstResponseHours);
        policy.setWarnAtPercent(warnPercent);
        if (businessDays)
            policy.setCalendarMode(sw::domain::SlaPolicy::CalendarMode::BusinessDays);
        const sw::domain::SlaClock clock = clockFor(policy);
        const auto before = storedColumns(m_fx.conn());
        auto changed = recompute(clock);
        QVERIFY(changed.ok());
        QVERIFY(*changed > 0);
        // Exactly the rows whose values differ were counted.
        const auto after = storedColumns(m_fx.conn());
        int differing = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            differing += it.value() == before.value(it.key()) ? 0 : 1;
        QCOMPARE(*changed, differing);
        verifyAgainstComputeSla(clock);
        // Resolved and closed tickets never hold due times.
        QCOMPARE(m_fx.count(QStringLiteral("tickets WHERE resolved_at IS NOT NULL AND (next_due IS NOT NULL "
                                           "OR next_warn IS NOT NULL)")),
                 0);
        auto again = recompute(clock);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
    }

    // A row holding values it cannot have (e.g. written by an older version) is cleared.
    void staleValuesOfResolvedTicketsAreCleared()
    {
        QVERIFY(m_fx.exec(QStringLiteral("UPDATE tickets SET next_due = 1, next_warn = 1 WHERE n = (SELECT MIN(n) "
                                         "FROM tickets WHERE resolved_at IS NOT NULL)")));
        auto changed = recompute(clockFor(sw::domain::SlaPolicy()));
        QVERIFY(changed.ok());
        QCOMPARE(*changed, 1);
        QCOMPARE(m_fx.count(QStringLiteral("tickets WHERE resolved_at IS NOT NULL AND next_due IS NOT NULL")), 0);
    }

    // Inside the caller's transaction: a rollback leaves every column as it was.
    void rollbackUndoesEverything()
    {
        const auto before = storedColumns(m_fx.conn());
        sw::domain::SlaPolicy policy;
        policy.setFirstResponseHours(5);
        auto changed = recompute(clockFor(policy), /*commit=*/false);
        QVERIFY(changed.ok());
        QVERIFY(*changed > 0);
        QCOMPARE(storedColumns(m_fx.conn()), before);
    }
};

QTEST_GUILESS_MAIN(TestSlaRecompute)
#include "tst_slarecompute.moc"
