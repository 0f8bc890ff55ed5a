// AfterSalesPolicies: the admin's after-sales policy in the shared settings — round trip,
// defaults when missing or unreadable, nonsense refused with nothing saved, only
// administrators save, and AfterSalesService / DisputeService use what is configured (a
// boundary amount moves to another approval level, a stricter evidence minimum, a
// shorter evidence period).

#include "domain/aftersalesenums.h"
#include "services/aftersalespolicies.h"
#include "services/aftersalesservice.h"
#include "services/disputeservice.h"
#include "tickettestsupport.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::Money;

class TestAfterSalesPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsWhenNothingSaved();
    void roundTrip();
    void nonsenseRefusedNothingSaved_data();
    void nonsenseRefusedNothingSaved();
    void onlyAdministratorsSave();
    void unreadableSettingFallsBack();
    void resetToDefaults();
    void serviceUsesConfiguredLadder();
    void serviceUsesConfiguredEvidenceMinimum();
    void disputeUsesConfiguredPeriods();

private:
    AfterSalesPolicies policies(const Actor& a) { return AfterSalesPolicies(m_world->fx.db(), a, &m_world->clock); }
    QList<qint64> counts()
    {
        QList<qint64> out;
        for (const char* table : {"settings", "sync_outbox", "audit_log"})
            out << m_world->fx.count(QString::fromLatin1(table));
        return out;
    }
    AfterSalesDraft draft(const QString& amount);

    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestAfterSalesPolicies::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAfterSalesPolicies::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestAfterSalesPolicies::cleanup()
{
    m_world.reset();
}

AfterSalesDraft TestAfterSalesPolicies::draft(const QString& amount)
{
    AfterSalesDraft d;
    d.kind = domain::AfterSalesKind::Refund;
    d.reason = domain::AfterSalesReason::QualityProblem;
    d.orderNo = QStringLiteral("SO-2025-0009");
    d.deliveredOn = QDate(2025, 2, 26);
    d.itemName = QStringLiteral("电热水壶");
    d.evidenceCount = 2;
    d.amount = amount;
    d.orderTotal = QStringLiteral("50000");
    return d;
}

void TestAfterSalesPolicies::defaultsWhenNothingSaved()
{
    const AfterSalesPolicySet set = policies(m_world->agentA1).all();
    QCOMPARE(set, AfterSalesPolicySet());
    QCOMPARE(set.ladder.agentLimit(), Money::fromYuan(200));
    QCOMPARE(set.ladder.leadLimit(), Money::fromYuan(2000));
    QCOMPARE(set.ladder.multipleApprovalsAbove(), Money::fromYuan(10000));
    QCOMPARE(set.disputes.evidenceHours(), 48);
    QCOMPARE(set.disputes.appealDays(), 7);
    QCOMPARE(set.eligibility.noReasonReturnDays(), 7);
}

void TestAfterSalesPolicies::roundTrip()
{
    AfterSalesPolicySet set;
    set.ladder.setAgentLimit(Money::fromYuan(100));
    set.ladder.setLeadLimit(Money::fromFen(150050));
    set.ladder.setMultipleApprovalsAbove(Money::fromYuan(8000));
    set.ladder.setApprovalsAboveThreshold(3);
    set.eligibility.setNoReasonReturnDays(10);
    set.eligibility.setQualityExchangeDays(30);
    set.eligibility.setMinimumQualityEvidence(2);
    set.eligibility.setExcludedItemFlags(domain::ItemFlag::Customised | domain::ItemFlag::Perishable);
    set.disputes.setEvidenceHours(72);
    set.disputes.setAppealDays(10);
    const qint64 outbox = m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'settings'"));
    const Status saved = policies(m_world->admin).save(set);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(policies(m_world->agentA1).all(), set);
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'settings'")), outbox + 3);
    QVERIFY(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'setting.change'")) >= 3);

    // Saving again updates the same three rows.
    set.disputes.setAppealDays(5);
    QVERIFY(policies(m_world->admin).save(set).ok());
    QCOMPARE(policies(m_world->manager).disputes().appealDays(), 5);
    QCOMPARE(m_world->fx.count(QStringLiteral("settings WHERE key LIKE 'aftersales.%' AND deleted = 0")), 3);
}

void TestAfterSalesPolicies::nonsenseRefusedNothingSaved_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("negative agent limit") << "agentNegative";
    QTest::newRow("zero agent limit") << "agentZero";
    QTest::newRow("lead limit below agent limit") << "leadBelowAgent";
    QTest::newRow("one approver above the threshold") << "oneApprover";
    QTest::newRow("no-reason window below the legal 7 days") << "noReason6";
    QTest::newRow("quality exchange below the legal 15 days") << "exchange14";
    QTest::newRow("negative evidence minimum") << "evidenceNegative";
    QTest::newRow("evidence period of 0 hours") << "evidence0";
    QTest::newRow("appeal period over 90 days") << "appeal91";
}

void TestAfterSalesPolicies::nonsenseRefusedNothingSaved()
{
    QFETCH(QString, what);
    AfterSalesPolicySet set;
    set.disputes.setEvidenceHours(24); // a valid change that must not be saved either
    if (what == QLatin1String("agentNegative"))
        set.ladder.setAgentLimit(Money::fromFen(-100));
    else if (what == QLatin1String("agentZero"))
        set.ladder.setAgentLimit(Money());
    else if (what == QLatin1String("leadBelowAgent"))
        set.ladder.setLeadLimit(Money::fromYuan(150));
    else if (what == QLatin1String("oneApprover"))
        set.ladder.setApprovalsAboveThreshold(1);
    else if (what == QLatin1String("noReason6"))
        set.eligibility.setNoReasonReturnDays(6);
    else if (what == QLatin1String("exchange14"))
        set.eligibility.setQualityExchangeDays(14);
    else if (what == QLatin1String("evidenceNegative"))
        set.eligibility.setMinimumQualityEvidence(-1);
    else if (what == QLatin1String("evidence0"))
        set.disputes.setEvidenceHours(0);
    else if (what == QLatin1String("appeal91"))
        set.disputes.setAppealDays(91);
    const auto before = counts();
    const Status saved = policies(m_world->admin).save(set);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.code(), ErrorCode::InvalidInput);
    QVERIFY(!saved.message().isEmpty());
    QCOMPARE(counts(), before);
    QCOMPARE(policies(m_world->admin).all(), AfterSalesPolicySet());
}

void TestAfterSalesPolicies::onlyAdministratorsSave()
{
    AfterSalesPolicySet set;
    set.disputes.setAppealDays(3);
    const auto before = counts();
    for (const Actor* actor : {&m_world->manager, &m_world->leadA, &m_world->agentA1, &m_world->auditor}) {
        QCOMPARE(policies(*actor).save(set).code(), ErrorCode::PermissionDenied);
        QCOMPARE(policies(*actor).resetToDefaults().code(), ErrorCode::PermissionDenied);
    }
    QCOMPARE(counts(), before);
}

void TestAfterSalesPolicies::unreadableSettingFallsBack()
{
    // Written by a newer version, or broken: the domain defaults apply.
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO settings (id, key, value) VALUES ('s1', ?, ?)"),
                             {AfterSalesPolicies::kLadderKey, QStringLiteral("{\"version\":99}")}));
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO settings (id, key, value) VALUES ('s2', ?, ?)"),
                             {AfterSalesPolicies::kDisputesKey, QStringLiteral("not json")}));
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO settings (id, key, value) VALUES ('s3', ?, ?)"),
                             {AfterSalesPolicies::kEligibilityKey,
                              QStringLiteral("{\"noReasonReturnDays\":3}")})); // below the law
    QCOMPARE(policies(m_world->agentA1).all(), AfterSalesPolicySet());
}

void TestAfterSalesPolicies::resetToDefaults()
{
    AfterSalesPolicySet set;
    set.disputes.setAppealDays(3);
    QVERIFY(policies(m_world->admin).save(set).ok());
    QCOMPARE(policies(m_world->admin).disputes().appealDays(), 3);
    QVERIFY(policies(m_world->admin).resetToDefaults().ok());
    QCOMPARE(policies(m_world->admin).all(), AfterSalesPolicySet());
    QVERIFY(policies(m_world->admin).resetToDefaults().ok()); // nothing left to remove
}

void TestAfterSalesPolicies::serviceUsesConfiguredLadder()
{
    AfterSalesService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    // ¥150.00 is an agent's decision by default…
    auto before = service.create(draft(QStringLiteral("150")));
    QVERIFY2(before.ok(), qPrintable(before.message()));
    QCOMPARE(service.get(*before)->requiredLevel, domain::ApprovalLevel::Agent);

    // …and a lead's once the agent limit is ¥100.00.
    AfterSalesPolicySet set;
    set.ladder.setAgentLimit(Money::fromYuan(100));
    QVERIFY(policies(m_world->admin).save(set).ok());
    auto id = service.create(draft(QStringLiteral("150")));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(service.get(*id)->requiredLevel, domain::ApprovalLevel::Lead);
    QCOMPARE(*service.submitForApproval(*id), domain::AfterSalesStatus::AwaitingApproval);
    AfterSalesService agent2(m_world->fx.db(), m_world->agentA2, &m_world->clock);
    QCOMPARE(agent2.approve(*id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(agent2.reject(*id, domain::RejectionReason::Other, QStringLiteral("不符合")).code(),
             ErrorCode::PermissionDenied);
    // The exact limit stays with the agent (boundaries are inclusive on the lower level).
    auto atLimit = service.create(draft(QStringLiteral("100.00")));
    QVERIFY(atLimit.ok());
    QCOMPARE(service.get(*atLimit)->requiredLevel, domain::ApprovalLevel::Agent);

    AfterSalesService lead(m_world->fx.db(), m_world->leadA, &m_world->clock);
    QVERIFY(lead.approve(*id).ok());
    QCOMPARE(service.get(*id)->status, domain::AfterSalesStatus::Approved);
}

void TestAfterSalesPolicies::serviceUsesConfiguredEvidenceMinimum()
{
    AfterSalesPolicySet set;
    set.eligibility.setMinimumQualityEvidence(3);
    QVERIFY(policies(m_world->admin).save(set).ok());
    AfterSalesService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    const qint64 before = m_world->fx.count(QStringLiteral("aftersales_requests"));
    auto refused = service.create(draft(QStringLiteral("150"))); // 2 attachments
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY(refused.message().contains(QLatin1String("3")));
    QCOMPARE(m_world->fx.count(QStringLiteral("aftersales_requests")), before);
    AfterSalesDraft enough = draft(QStringLiteral("150"));
    enough.evidenceCount = 3;
    QVERIFY(service.create(enough).ok());
}

void TestAfterSalesPolicies::disputeUsesConfiguredPeriods()
{
    AfterSalesPolicySet set;
    set.disputes.setEvidenceHours(24);
    set.disputes.setAppealDays(3);
    QVERIFY(policies(m_world->admin).save(set).ok());

    TicketDraft t = swtest::TicketWorld::draft();
    t.ownerId = m_world->agentA1.userId;
    auto ticket = m_world->service(m_world->agentA1).create(t);
    QVERIFY(ticket.ok());
    DisputeService disputes(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    DisputeDraft d;
    d.ticketId = *ticket;
    d.subject = QStringLiteral("商家拒绝退款");
    d.claimAmount = QStringLiteral("300");
    auto id = disputes.open(d);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(disputes.get(*id)->evidenceDeadline, m_world->clock.now().addSecs(24 * 3600));

    m_world->clock.advanceSecs(24 * 3600 + 1);
    DisputeService lead(m_world->fx.db(), m_world->leadA, &m_world->clock);
    DisputeDecisionDraft decision;
    decision.outcome = domain::DisputeOutcome::Rejected;
    decision.reasoning = QStringLiteral("证据不足");
    QVERIFY(lead.decide(*id, decision).ok());
    m_world->clock.advanceSecs(3 * 24 * 3600 + 1);
    QCOMPARE(disputes.appeal(*id, domain::DisputeParty::Buyer, QStringLiteral("不服")).code(),
             ErrorCode::IllegalTransition);
}

QTEST_GUILESS_MAIN(TestAfterSalesPolicies)
#include "tst_aftersalespolicies.moc"
