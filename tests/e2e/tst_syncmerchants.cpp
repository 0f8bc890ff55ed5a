// Merchant reviews travel between workstations through the real shopwarden-server like
// every other synced table (issue 6): an application recorded and first-approved by one
// auditor is second-reviewed by another auditor on another workstation; both end with the
// same status, reviewers and timeline; the scans open byte for byte elsewhere (their
// content travels as blobs); a credit event recorded by a manager reaches the auditors;
// an agent's workstation receives none of it.

#include "domain/creditscore.h"
#include "services/creditfileservice.h"
#include "services/merchantservice.h"
#include "support/serverfixture.h"
#include "support/syncworkstation.h"
#include "unit/merchanttestsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace sw;
using namespace sw::services;
using domain::MerchantAppStatus;
using swtest::ServerFixture;
using swtest::SyncWorkstation;

namespace {

const QString kPassword = QStringLiteral("Sync-Test-Pass-2026");

} // namespace

class TestSyncMerchants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reviewIsCompletedOnAnotherWorkstation();

private:
    std::unique_ptr<ServerFixture> m_server;
};

void TestSyncMerchants::initTestCase()
{
    declareAllSyncedTables();
    m_server = std::make_unique<ServerFixture>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    QVERIFY(!m_server->addUser(QStringLiteral("aud1"), kPassword, {QStringLiteral("auditor")}).isEmpty());
    QVERIFY(!m_server->addUser(QStringLiteral("aud2"), kPassword, {QStringLiteral("auditor")}).isEmpty());
    QVERIFY(!m_server->addUser(QStringLiteral("mgr1"), kPassword, {QStringLiteral("manager")}).isEmpty());
    const QString team = m_server->addTeam(QStringLiteral("客服一组"));
    QVERIFY(!m_server->addUser(QStringLiteral("agent1"), kPassword, {QStringLiteral("agent")}, team).isEmpty());
}

void TestSyncMerchants::reviewIsCompletedOnAnotherWorkstation()
{
    SyncWorkstation a, b, m, x;
    QString why;
    for (SyncWorkstation* ws : {&a, &b, &m, &x})
        QVERIFY2(ws->create(m_server->url(), {}, &why), qPrintable(why));
    QVERIFY2(a.signIn(QStringLiteral("aud1"), kPassword, &why), qPrintable(why));
    const Actor aud1 = a.actor(QStringLiteral("aud1"));
    MerchantService onA(a.db(), aud1);
    auto id = onA.submit(swtest::MerchantWorld::draft(31));
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(onA.take(*id));
    QVERIFY(onA.firstApprove(*id, QStringLiteral("材料齐全")));
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));

    // The second auditor, elsewhere, sees it waiting for the second review and approves.
    QVERIFY2(b.signIn(QStringLiteral("aud2"), kPassword, &why), qPrintable(why));
    const Actor aud2 = b.actor(QStringLiteral("aud2"));
    MerchantService onB(b.db(), aud2);
    auto r = onB.get(*id);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->status, MerchantAppStatus::SecondReview);
    QCOMPARE(r->firstReviewerId, aud1.userId);
    // The due time is derived on each workstation from the same facts and calendar.
    QVERIFY(r->dueAt.isValid());
    QCOMPARE(r->dueAt, onA.get(*id)->dueAt);
    QVERIFY(onB.allowedActions(*id)->contains(domain::MerchantAppAction::SecondApprove));
    auto docs = onB.documents(*id);
    QCOMPARE(docs->size(), 3);
    auto scan = onB.scanContent(docs->first().id);
    QVERIFY2(scan, qPrintable(scan.message()));
    QCOMPARE(*scan, swtest::MerchantWorld::png());
    QVERIFY(onB.secondApprove(*id, QStringLiteral("复核通过")));
    QVERIFY2(b.sync(&why), qPrintable(why));

    // A manager records a credit event on the merchant.
    QVERIFY2(m.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr = m.actor(QStringLiteral("mgr1"));
    const QString merchantId = MerchantService(m.db(), mgr).get(*id)->merchantId;
    QVERIFY(CreditFileService(m.db(), mgr).recordEvent(merchantId, domain::CreditEventKind::UpheldComplaint,
                                                      QStringLiteral("投诉成立"), QDate(2026, 11, 1)));
    QVERIFY2(m.sync(&why), qPrintable(why));

    // Everyone with the right ends the same.
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(onA.get(*id)->status, MerchantAppStatus::Approved);
    QCOMPARE(onA.get(*id)->secondReviewerId, aud2.userId);
    QCOMPARE(onA.events(*id)->size(), onB.events(*id)->size());
    QCOMPARE(onA.events(*id)->last().action, QStringLiteral("approved"));
    QCOMPARE(CreditFileService(a.db(), aud1).file(merchantId)->score, 78);
    for (SyncWorkstation* ws : {&a, &b, &m})
        QCOMPARE(ws->scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")), qint64(0));

    // An agent's workstation receives no merchant review rows.
    QVERIFY2(x.signIn(QStringLiteral("agent1"), kPassword, &why), qPrintable(why));
    for (const char* table : {"merchant_reviews", "merchant_documents", "merchant_review_events", "credit_events"})
        QCOMPARE(x.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))), qint64(0));
}

QTEST_MAIN(TestSyncMerchants)
#include "tst_syncmerchants.moc"
