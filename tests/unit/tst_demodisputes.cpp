// Demo disputes (createDemoDisputes, demodisputes.cpp): every dispute status is present
// (open with statements, open past its evidence deadline, decided, appealed, decided on
// appeal, closed), every row reads back through DisputeService::get(), the lead has overdue
// disputes to act on, and a second run adds nothing. Nothing is made without the demo staff.

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/demodata.h"
#include "services/disputeservice.h"
#include "services/ticketseeder.h"
#include "support/servicefixture.h"

#include <QtTest>

using namespace sw;
using domain::DisputeStatus;

class TestDemoDisputes : public QObject
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
        auto requests = services::createDemoAfterSales(m_fx.db(), m_now);
        QVERIFY2(requests.ok(), qPrintable(requests.message()));
        auto created = services::createDemoDisputes(m_fx.db(), m_now);
        QVERIFY2(created.ok(),
                 qPrintable(created.ok() ? QString()
                                         : created.message() + QLatin1Char(' ') + created.error().detail));
        m_created = *created;
    }

    void everyStatusIsPresent()
    {
        QCOMPARE(m_created, 9);
        QCOMPARE(m_fx.count(QStringLiteral("disputes")), 9);
        const QList<services::Dispute> all = list();
        QCOMPARE(all.size(), 9);
        QSet<DisputeStatus> statuses;
        bool withStatements = false, bothSubmitted = false, overdueEvidence = false, appealDecided = false;
        bool settled = false, decidedClosed = false, fromRequest = false;
        for (const services::Dispute& d : all) {
            statuses.insert(d.status);
            if (d.status == DisputeStatus::Open) {
                withStatements |= d.buyerSubmitted && !d.merchantSubmitted && d.evidenceDeadline > m_now;
                bothSubmitted |= d.buyerSubmitted && d.merchantSubmitted;
                overdueEvidence |= d.evidenceDeadline < m_now;
            }
            appealDecided |= d.status == DisputeStatus::Decided && d.appealUsed();
            settled |= d.status == DisputeStatus::Closed && !d.outcome;
            decidedClosed |= d.status == DisputeStatus::Closed && d.outcome.has_value();
            fromRequest |= !d.aftersalesId.isEmpty();
        }
        for (DisputeStatus s :
             {DisputeStatus::Open, DisputeStatus::Decided, DisputeStatus::Appealed, DisputeStatus::Closed})
            QVERIFY2(statuses.contains(s), qPrintable(domain::code(s)));
        QVERIFY(withStatements);
        QVERIFY(bothSubmitted);
        QVERIFY(overdueEvidence);
        QVERIFY(appealDecided);
        QVERIFY(settled);
        QVERIFY(decidedClosed);
        QVERIFY(fromRequest);
        QVERIFY(m_fx.count(QStringLiteral("dispute_statements")) >= 15);
        QCOMPARE(m_fx.count(QStringLiteral("dispute_outcomes")), 5); // one per decided dispute
    }

    void everyRowReadsBackThroughTheService()
    {
        ManualClock clock(m_now);
        services::DisputeService service(m_fx.db(), actor(QStringLiteral("manager"), domain::Role::Manager),
                                         &clock);
        for (const services::Dispute& d : list()) {
            auto one = service.get(d.id);
            QVERIFY2(one.ok(), qPrintable(d.number));
            QVERIFY(one->number.startsWith(QStringLiteral("DP-")));
            QVERIFY(!one->buyerName.isEmpty());
            QVERIFY(!one->merchantName.isEmpty());
            QVERIFY(one->claim.isPositive());
            QVERIFY(!one->ticketId.isEmpty());
            QVERIFY(one->openedAt < m_now);
            auto statements = service.statements(d.id);
            QVERIFY(statements.ok());
            QVERIFY(!statements->isEmpty());
        }
    }

    void leadsHaveOverdueDisputesToActOn()
    {
        ManualClock clock(m_now);
        auto lead =
            services::DisputeService(m_fx.db(), actor(QStringLiteral("lead1"), domain::Role::Lead), &clock)
                .overdueCount();
        QVERIFY(lead.ok());
        QCOMPARE(*lead, 2); // open past the evidence deadline; decided past the appeal period
        auto agent =
            services::DisputeService(m_fx.db(), actor(QStringLiteral("agent1"), domain::Role::Agent), &clock)
                .overdueCount();
        QVERIFY(agent.ok());
        QCOMPARE(*agent, 0);
    }

    void secondRunAddsNothing()
    {
        auto again = services::createDemoDisputes(m_fx.db(), m_now);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(m_fx.count(QStringLiteral("disputes")), 9);
    }

    void nothingWithoutTheDemoStaff()
    {
        swtest::ServiceFixture empty;
        QString why;
        QVERIFY2(empty.create(&why), qPrintable(why));
        auto none = services::createDemoDisputes(empty.db(), m_now);
        QVERIFY(none.ok());
        QCOMPARE(*none, 0);
        QCOMPARE(empty.count(QStringLiteral("disputes")), 0);
        empty.destroy();
    }

    void cleanupTestCase() { m_fx.destroy(); }

private:
    services::Actor actor(const QString& login, domain::Role role)
    {
        const QString id =
            m_fx.scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login}).toString();
        return services::Actor{id, login, login, {}, {role}};
    }
    QList<services::Dispute> list()
    {
        ManualClock clock(m_now);
        auto all = services::DisputeService(m_fx.db(),
                                            actor(QStringLiteral("manager"), domain::Role::Manager), &clock)
                       .list();
        return all.ok() ? *all : QList<services::Dispute>();
    }

    swtest::ServiceFixture m_fx;
    QDateTime m_now = QDateTime(QDate(2026, 3, 4), QTime(6, 0), Qt::UTC); // a Wednesday
    int m_created = 0;
};

QTEST_GUILESS_MAIN(TestDemoDisputes)
#include "tst_demodisputes.moc"
