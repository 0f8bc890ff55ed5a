// Demo merchant reviews (createDemoMerchants, demomerchants.cpp): every review status is
// present, a duplicate is flagged, the periodic re-reviews due today exist, a credit file
// holds events, a measure and a dispute outcome taken in, and a second run adds nothing.
// Nothing is made without the demo auditors.

#include "clock.h"
#include "services/creditfileservice.h"
#include "services/demodata.h"
#include "services/merchantquery.h"
#include "services/merchantservice.h"
#include "services/ticketseeder.h"
#include "support/servicefixture.h"

#include <QtTest>

using namespace sw;
using domain::MerchantAppStatus;

class TestDemoMerchants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fx.create(&why), qPrintable(why));
        QVERIFY(services::createDemoData(m_fx.db()).ok());
        services::SeedOptions options;
        options.tickets = 300;
        options.now = m_now;
        QVERIFY(services::seedTickets(m_fx.db(), options).ok());
        QVERIFY(services::createDemoAfterSales(m_fx.db(), m_now).ok());
        QVERIFY(services::createDemoDisputes(m_fx.db(), m_now).ok());
        auto created = services::createDemoMerchants(m_fx.db(), m_now);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.message() + QLatin1Char(' ') + created.error().detail));
        m_created = *created;
    }

    void everyStatusIsPresent()
    {
        QCOMPARE(m_created, 11);
        QSet<QString> statuses;
        QSqlQuery q(m_fx.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT status FROM merchant_reviews")));
        while (q.next())
            statuses << q.value(0).toString();
        for (auto s : {MerchantAppStatus::Submitted, MerchantAppStatus::InReview, MerchantAppStatus::InfoRequested,
                       MerchantAppStatus::SecondReview, MerchantAppStatus::Approved, MerchantAppStatus::Rejected})
            QVERIFY2(statuses.contains(domain::code(s)), qPrintable(domain::code(s)));
    }

    void rereviewsAndDuplicates()
    {
        QCOMPARE(m_fx.count(QStringLiteral("merchant_reviews WHERE kind = 'rereview' AND rereview_cause = 'anniversary'")), 1);
        QCOMPARE(m_fx.count(QStringLiteral("merchant_reviews WHERE kind = 'rereview' AND rereview_cause = "
                                           "'document_expiring'")),
                 1);
        const services::Actor auditor = auditorActor();
        ManualClock clock(m_now);
        services::MerchantQuery query(m_fx.db(), auditor, &clock);
        services::MerchantFilter all;
        auto page = query.page(all, {}, 0, 100);
        QVERIFY(page);
        int duplicates = 0;
        for (const services::MerchantRow& r : *page)
            duplicates += r.duplicate ? 1 : 0;
        QCOMPARE(duplicates, 2);
    }

    void creditFileHasHistory()
    {
        const QString merchant =
            m_fx.scalar(QStringLiteral("SELECT merchant_id FROM credit_events GROUP BY merchant_id LIMIT 1")).toString();
        QVERIFY(!merchant.isEmpty());
        ManualClock clock(m_now);
        auto file = services::CreditFileService(m_fx.db(), auditorActor(), &clock).file(merchant);
        QVERIFY2(file, qPrintable(file.message()));
        QVERIFY(file->events.size() >= 4);
        QCOMPARE(file->actions.size(), 1);
        QCOMPARE(file->pendingDisputeOutcomes, 0);
        bool dispute = false;
        for (const services::CreditEventRow& e : file->events)
            dispute |= e.kind == domain::CreditEventKind::DisputeLost;
        QVERIFY(dispute);
    }

    void secondRunAddsNothing()
    {
        const qint64 before = m_fx.count(QStringLiteral("merchant_reviews"));
        auto again = services::createDemoMerchants(m_fx.db(), m_now);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(m_fx.count(QStringLiteral("merchant_reviews")), before);
    }

    void nothingWithoutDemoStaff()
    {
        swtest::ServiceFixture empty;
        QString why;
        QVERIFY2(empty.create(&why), qPrintable(why));
        empty.firstAdmin();
        auto created = services::createDemoMerchants(empty.db(), m_now);
        QVERIFY(created.ok());
        QCOMPARE(*created, 0);
    }

    void cleanupTestCase() { m_fx.destroy(); }

private:
    services::Actor auditorActor()
    {
        const QString id = m_fx.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'auditor1'")).toString();
        return services::Actor{id, QStringLiteral("auditor1"), QStringLiteral("审核专员 周婷"), {}, {domain::Role::Auditor}};
    }

    swtest::ServiceFixture m_fx;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
    int m_created = 0;
};

QTEST_MAIN(TestDemoMerchants)
#include "tst_demomerchants.moc"
