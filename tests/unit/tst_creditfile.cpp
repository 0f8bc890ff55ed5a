// CreditFileService and MerchantPolicies: events scored with the rules in force and never
// rescored, the level, what-if equal to recording, measures with their date rules, dispute
// outcomes imported once, permissions, and MerchantQuery's saved views.

#include "clock.h"
#include "merchanttestsupport.h"
#include "services/creditfileservice.h"
#include "services/merchantpolicies.h"
#include "services/merchantquery.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::CreditActionKind;
using domain::CreditEventKind;
using domain::CreditLevel;

class TestCreditFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eventsScoreAndLevel();
    void whatIfEqualsRecording();
    void rulesEditKeepsHistory();
    void measures();
    void disputeOutcomesImportedOnce();
    void permissions();
    void queueViews();

private:
    CreditFileService credit(const Actor& a) { return CreditFileService(m_world->fx.db(), a, &m_world->clock); }
    QString merchantOf(int n);
    std::unique_ptr<swtest::MerchantWorld> m_world;
};

void TestCreditFile::init()
{
    m_world = std::make_unique<swtest::MerchantWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    m_world->clock.set(QDateTime(QDate(2025, 3, 4), QTime(2, 0), Qt::UTC));
}

void TestCreditFile::cleanup()
{
    m_world.reset();
}

QString TestCreditFile::merchantOf(int n)
{
    auto id = m_world->merchants(m_world->auditor).submit(swtest::MerchantWorld::draft(n));
    if (!id)
        return {};
    return m_world->merchants(m_world->auditor).get(*id)->merchantId;
}

void TestCreditFile::eventsScoreAndLevel()
{
    const QString m = merchantOf(1);
    auto c = credit(m_world->auditor);
    auto f = c.file(m);
    QVERIFY(f);
    QCOMPARE(f->score, 80);
    QCOMPARE(f->level, CreditLevel::B);
    QVERIFY(c.recordEvent(m, CreditEventKind::FailedSpotCheck, QStringLiteral("抽检不合格：标签不符"), QDate(2025, 3, 1)));
    QVERIFY(c.recordEvent(m, CreditEventKind::UpheldComplaint, QStringLiteral("投诉成立"), QDate(2025, 3, 2)));
    f = c.file(m);
    QCOMPARE(f->score, 68);
    QCOMPARE(f->level, CreditLevel::C);
    QCOMPARE(f->events.size(), 2);
    QCOMPARE(f->events.at(0).scoreAfter, 70);
    QCOMPARE(f->events.at(1).scoreAfter, 68);
    QCOMPARE(f->events.at(0).recordedByName, QStringLiteral("审核员"));
    // Events count in the order they occurred, whenever recorded.
    QVERIFY(c.recordEvent(m, CreditEventKind::CleanQuarter, QStringLiteral("季度无违规"), QDate(2025, 2, 1)));
    f = c.file(m);
    QCOMPARE(f->events.at(0).kind, CreditEventKind::CleanQuarter);
    QCOMPARE(f->score, 70);
    // No explanation, or a future date: refused, nothing saved.
    const QList<qint64> before = m_world->merchantCounts();
    QCOMPARE(c.recordEvent(m, CreditEventKind::FakeReviews, QStringLiteral(" "), QDate(2025, 3, 1)).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(c.recordEvent(m, CreditEventKind::FakeReviews, QStringLiteral("刷单"), QDate(2025, 3, 5)).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(m_world->merchantCounts(), before);
}

void TestCreditFile::whatIfEqualsRecording()
{
    const QString m = merchantOf(1);
    auto c = credit(m_world->manager);
    auto change = c.whatIf(m, CreditEventKind::IpInfringement);
    QVERIFY(change);
    QCOMPARE(change->before, 80);
    QCOMPARE(change->after, 68);
    QCOMPARE(change->levelAfter, CreditLevel::C);
    QCOMPARE(c.file(m)->score, 80); // nothing recorded by asking
    QVERIFY(c.recordEvent(m, CreditEventKind::IpInfringement, QStringLiteral("商标侵权投诉成立"), QDate(2025, 3, 4)));
    QCOMPARE(c.file(m)->score, change->after);
}

void TestCreditFile::rulesEditKeepsHistory()
{
    const QString m = merchantOf(1);
    auto c = credit(m_world->auditor);
    QVERIFY(c.recordEvent(m, CreditEventKind::FakeReviews, QStringLiteral("刷单"), QDate(2025, 3, 1)));
    MerchantPolicies policies(m_world->fx.db(), m_world->admin, &m_world->clock);
    auto harsher = policies.creditRules().withDelta(CreditEventKind::FakeReviews, -15);
    QVERIFY(harsher);
    QCOMPARE(MerchantPolicies(m_world->fx.db(), m_world->auditor).saveCreditRules(*harsher).code(),
             ErrorCode::PermissionDenied);
    QVERIFY(policies.saveCreditRules(*harsher));
    QCOMPARE(policies.creditRules().version(), 2);
    QVERIFY(policies.saveCreditRules(*harsher)); // unchanged: nothing to do
    auto stale = domain::CreditRules::defaults().withDelta(CreditEventKind::CleanQuarter, 3);
    QCOMPARE(policies.saveCreditRules(*stale).code(), ErrorCode::Conflict);
    QVERIFY(c.recordEvent(m, CreditEventKind::FakeReviews, QStringLiteral("再次刷单"), QDate(2025, 3, 2)));
    auto f = c.file(m);
    QCOMPARE(f->events.at(0).delta, -6);
    QCOMPARE(f->events.at(0).rulesVersion, 1);
    QCOMPARE(f->events.at(1).delta, -15);
    QCOMPARE(f->events.at(1).rulesVersion, 2);
    QCOMPARE(f->score, 59);
    QCOMPARE(f->level, CreditLevel::D);
}

void TestCreditFile::measures()
{
    const QString m = merchantOf(1);
    auto c = credit(m_world->auditor);
    const QList<qint64> before = m_world->merchantCounts();
    QCOMPARE(c.addAction(m, CreditActionKind::Suspension, QStringLiteral("严重违规"), QDate(2025, 3, 4), QDate()).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(c.addAction(m, CreditActionKind::Suspension, QStringLiteral("严重违规"), QDate(2025, 3, 4),
                         QDate(2025, 3, 1))
                 .code(),
             ErrorCode::InvalidInput);
    QCOMPARE(c.addAction(m, CreditActionKind::Warning, QString(), QDate(2025, 3, 4), QDate()).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(m_world->merchantCounts(), before);
    QVERIFY(c.addAction(m, CreditActionKind::Suspension, QStringLiteral("严重违规"), QDate(2025, 3, 1),
                        QDate(2025, 3, 31)));
    QVERIFY(c.addAction(m, CreditActionKind::Warning, QStringLiteral("首次警告"), QDate(2025, 2, 1), QDate()));
    auto f = c.file(m);
    QCOMPARE(f->actions.size(), 2);
    QCOMPARE(f->actions.at(0).kind, CreditActionKind::Suspension);
    QVERIFY(f->actions.at(0).inForce);
}

void TestCreditFile::disputeOutcomesImportedOnce()
{
    const QString m = merchantOf(1);
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO disputes (id, number, status, merchant_id, buyer_name, subject, "
                                            "claim_fen, opened_by, opened_at, evidence_deadline, created_at, updated_at) VALUES "
                                            "('d1', 'DS-20250301-000001', 'closed', ?, '买家', '质量', 100, 'x', 1, 2, 1, 1)"),
                             {m}));
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO dispute_outcomes (id, merchant_id, dispute_id, outcome, upheld, "
                                            "final, decided_at) VALUES ('o1', ?, 'd1', 'full_refund', 1, 1, ?)"),
                             {m, QDateTime(QDate(2025, 3, 2), QTime(4, 0), Qt::UTC).toSecsSinceEpoch()}));
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO dispute_outcomes (id, merchant_id, dispute_id, outcome, upheld, "
                                            "final, decided_at) VALUES ('o2', ?, 'd1', 'rejected', 0, 1, 5)"),
                             {m}));
    auto c = credit(m_world->auditor);
    QCOMPARE(c.file(m)->pendingDisputeOutcomes, 1);
    QCOMPARE(*c.importDisputeOutcomes(m), 1);
    QCOMPARE(*c.importDisputeOutcomes(m), 0);
    auto f = c.file(m);
    QCOMPARE(f->pendingDisputeOutcomes, 0);
    QCOMPARE(f->events.size(), 1);
    QCOMPARE(f->events.at(0).kind, CreditEventKind::DisputeLost);
    QCOMPARE(f->events.at(0).occurredOn, QDate(2025, 3, 2));
    QVERIFY(f->events.at(0).explanation.contains(QStringLiteral("DS-20250301-000001")));
    QCOMPARE(f->score, 78);
}

void TestCreditFile::permissions()
{
    const QString m = merchantOf(1);
    QCOMPARE(credit(m_world->agentA1).file(m).code(), ErrorCode::PermissionDenied);
    QVERIFY(credit(m_world->admin).file(m));
    QCOMPARE(credit(m_world->admin).recordEvent(m, CreditEventKind::CleanQuarter, QStringLiteral("x"), QDate(2025, 3, 1))
                 .code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(credit(m_world->leadA).addAction(m, CreditActionKind::Warning, QStringLiteral("x"), QDate(2025, 3, 1), {})
                 .code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(credit(m_world->auditor).file(QStringLiteral("nope")).code(), ErrorCode::NotFound);
}

void TestCreditFile::queueViews()
{
    auto a1 = m_world->merchants(m_world->auditor);
    auto a2 = m_world->merchants(m_world->auditor2);
    QStringList ids;
    for (int n = 1; n <= 6; ++n)
        ids << *a1.submit(swtest::MerchantWorld::draft(n));
    QVERIFY(a1.take(ids[0]));                        // waiting for auditor 1
    QVERIFY(a1.take(ids[1]));
    QVERIFY(a1.firstApprove(ids[1], {}));            // second review for auditor 2
    QVERIFY(a2.take(ids[2]));
    QVERIFY(a2.requestInfo(ids[2], domain::InfoRequestReason::Other, QStringLiteral("补充材料"))); // info requested
    QVERIFY(a2.take(ids[3]));
    QVERIFY(a2.reject(ids[3], domain::MerchantRejectReason::DuplicateMerchant, QStringLiteral("重复入驻")));
    MerchantQuery q1(m_world->fx.db(), m_world->auditor, &m_world->clock);
    MerchantQuery q2(m_world->fx.db(), m_world->auditor2, &m_world->clock);
    auto counts1 = q1.viewCounts();
    QVERIFY(counts1);
    // WaitingForMe, NotTaken, SecondReview, InfoRequested, Overdue, RereviewsThisMonth, AllOpen, All
    QCOMPARE(*counts1, (QList<qint64>{1, 2, 0, 1, 0, 0, 5, 6}));
    QCOMPARE(*q2.viewCounts(), (QList<qint64>{0, 2, 1, 1, 0, 0, 5, 6}));
    // A week later everything not waiting for the merchant and not decided is overdue.
    m_world->clock.set(QDateTime(QDate(2025, 3, 11), QTime(2, 0), Qt::UTC));
    QCOMPARE(q1.count(q1.viewFilter(services::MerchantView::Overdue)).value(), 4);
    auto page = q1.page(q1.viewFilter(services::MerchantView::AllOpen), {MerchantColumn::Number, Qt::AscendingOrder}, 1, 2);
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).id, ids[1]);
    QCOMPARE(page->at(0).firstReviewerName, QStringLiteral("审核员"));
    MerchantFilter text;
    text.text = swtest::MerchantWorld::creditCode(5).left(12);
    QCOMPARE(q1.count(text).value(), 6); // every test code shares that prefix
    text.text = QStringLiteral("商贸有限公司3");
    QCOMPARE(q1.count(text).value(), 1);
    text.text = QStringLiteral("%");
    QCOMPARE(q1.count(text).value(), 0);
    QCOMPARE(MerchantQuery(m_world->fx.db(), m_world->agentA1).count({}).code(), ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestCreditFile)
#include "tst_creditfile.moc"
