// Demo after-sales requests (createDemoAfterSales, demoaftersales.cpp): every status of the
// workflow is present, including one awaiting two approvals and overdue ones, all made
// through the service (decisions, timeline notes on the demo agents' tickets), and a
// second run adds nothing.

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/aftersalesquery.h"
#include "services/demodata.h"
#include "services/ticketseeder.h"
#include "support/servicefixture.h"

#include <QtTest>

using namespace sw;

class TestDemoAfterSales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fx.create(&why), qPrintable(why));
        auto demo = services::createDemoData(m_fx.db());
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        services::SeedOptions options;
        options.tickets = 300;
        options.now = m_now;
        auto seeded = services::seedTickets(m_fx.db(), options);
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        auto created = services::createDemoAfterSales(m_fx.db(), m_now);
        QVERIFY2(created.ok(),
                 qPrintable(created.ok() ? QString()
                                         : created.message() + QLatin1Char(' ') + created.error().detail));
        m_created = *created;
    }

    void everyStatusIsPresent()
    {
        QCOMPARE(m_created, 12);
        QCOMPARE(m_fx.count(QStringLiteral("aftersales_requests")), 12);
        // Quality claims carry a generated PNG; the stored count is the number of files.
        QVERIFY(m_fx.count(QStringLiteral("aftersales_evidence WHERE mime_type = 'image/png'")) >= 1);
        QCOMPARE(m_fx.count(QStringLiteral("aftersales_requests r WHERE r.evidence_count <> 0 AND EXISTS "
                                           "(SELECT 1 FROM aftersales_evidence e WHERE e.request_id = r.id) AND "
                                           "r.evidence_count <> (SELECT COUNT(*) FROM aftersales_evidence e "
                                           "WHERE e.request_id = r.id AND e.deleted = 0)")),
                 0);
        for (auto status : domain::allAfterSalesStatuses())
            QVERIFY2(m_fx.count(QStringLiteral("aftersales_requests WHERE status = ?"),
                                {domain::code(status)}) > 0,
                     qPrintable(domain::code(status)));
    }

    void waitsForTwoApproversAndSomeAreOverdue()
    {
        const QString managerId =
            m_fx.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'manager'")).toString();
        services::Actor manager{
            managerId, QStringLiteral("manager"), QStringLiteral("经理"), {}, {domain::Role::Manager}};
        ManualClock clock(m_now);
        services::AfterSalesQuery query(m_fx.db(), manager, &clock);
        auto rows = query.list({});
        QVERIFY(rows.ok());
        int twoApprovers = 0;
        int overdue = 0;
        for (const services::AfterSalesRow& r : *rows) {
            if (r.status == domain::AfterSalesStatus::AwaitingApproval && r.approvalsNeeded == 2 &&
                r.approvalsGiven == 1)
                ++twoApprovers;
            if (r.isOverdue(m_now))
                ++overdue;
        }
        QCOMPARE(twoApprovers, 1);
        QVERIFY(overdue >= 2);
        QVERIFY(*query.count(query.viewFilter(services::AfterSalesView::EligibilityFailed)) >= 1);
        QVERIFY(*query.count(query.viewFilter(services::AfterSalesView::AwaitingMyApproval)) >= 1);
    }

    void linkedToTheAgentsTicketsWithTimelineNotes()
    {
        QCOMPARE(m_fx.count(QStringLiteral("aftersales_requests r JOIN tickets t ON t.id = r.ticket_id "
                                           "AND t.order_no = r.order_no AND t.owner_id = r.requester_id")),
                 12);
        QVERIFY(m_fx.count(QStringLiteral("ticket_events WHERE data_json LIKE '%aftersalesId%'")) >= 12);
        QCOMPARE(m_fx.count(QStringLiteral("aftersales_approvals")), 6); // 4 approvals, 1 return, 1 rejection
    }

    void secondRunAddsNothing()
    {
        auto again = services::createDemoAfterSales(m_fx.db(), m_now);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(m_fx.count(QStringLiteral("aftersales_requests")), 12);
    }

    void cleanupTestCase() { m_fx.destroy(); }

private:
    swtest::ServiceFixture m_fx;
    QDateTime m_now = QDateTime(QDate(2026, 3, 4), QTime(6, 0), Qt::UTC); // a Wednesday
    int m_created = 0;
};

QTEST_GUILESS_MAIN(TestDemoAfterSales)
#include "tst_demoaftersales.moc"
