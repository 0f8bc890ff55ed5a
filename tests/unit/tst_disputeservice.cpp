// DisputeService: opening from a ticket or an after-sales request, statements before and
// after the evidence deadline, decisions, the appeal (within the period, once, decided by
// another manager), closing, permissions per role, the outcome on the merchant, the
// linked ticket's timeline, outbox and audit records, and nothing saved on refused input.

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/aftersalesservice.h"
#include "services/disputeservice.h"
#include "services/syncedtables.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::DisputeOutcome;
using domain::DisputeParty;
using domain::DisputeStatus;
using domain::Money;

class TestDisputeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openFromTicket();
    void openFromAfterSalesRequest();
    void badInputRefusedNothingSaved_data();
    void badInputRefusedNothingSaved();
    void statementsAndDeadline();
    void decideAppealAndClose();
    void appealPeriod();
    void settledWithoutDecision();
    void permissionsPerRole();
    void timelineOutboxAndAudit();
    void actionsOffered();
    void declaredForSync();

private:
    DisputeService service(const Actor& a) { return DisputeService(m_world->fx.db(), a, &m_world->clock); }
    DisputeDraft draft() const;
    QString openDispute(const Actor& by = {});
    Dispute load(const QString& id);
    QList<qint64> counts();
    static DisputeDecisionDraft decision(DisputeOutcome outcome, const QString& amount = {});

    std::unique_ptr<swtest::TicketWorld> m_world;
    QString m_ticketId;
    Actor m_manager2;
};

void TestDisputeService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDisputeService::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    m_manager2 =
        m_world->addUser(QStringLiteral("manager2"), QStringLiteral("钱经理"), {domain::Role::Manager}, {});
    TicketDraft t = swtest::TicketWorld::draft(QStringLiteral("商家拒绝退款"));
    t.ownerId = m_world->agentA1.userId;
    auto id = m_world->service(m_world->agentA1).create(t);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_ticketId = *id;
}

void TestDisputeService::cleanup()
{
    m_world.reset();
}

DisputeDraft TestDisputeService::draft() const
{
    DisputeDraft d;
    d.ticketId = m_ticketId;
    d.subject = QStringLiteral("商品破损，商家拒绝退款");
    d.claimAmount = QStringLiteral("¥300.00");
    return d;
}

QString TestDisputeService::openDispute(const Actor& by)
{
    auto id = service(by.userId.isEmpty() ? m_world->agentA1 : by).open(draft());
    if (!id)
        qFatal("open failed: %s", qPrintable(id.message()));
    return *id;
}

Dispute TestDisputeService::load(const QString& id)
{
    auto d = service(m_world->manager).get(id);
    if (!d)
        qFatal("get failed: %s", qPrintable(d.message()));
    return *d;
}

QList<qint64> TestDisputeService::counts()
{
    QList<qint64> out;
    for (const char* table : {"disputes", "dispute_statements", "dispute_outcomes", "merchants", "ticket_events",
                              "sync_outbox", "audit_log"})
        out << m_world->fx.count(QString::fromLatin1(table));
    return out;
}

DisputeDecisionDraft TestDisputeService::decision(DisputeOutcome outcome, const QString& amount)
{
    DisputeDecisionDraft d;
    d.outcome = outcome;
    d.partialAmount = amount;
    d.reasoning = QStringLiteral("双方证据已核实");
    return d;
}

void TestDisputeService::openFromTicket()
{
    const QDateTime now = m_world->clock.now();
    const QString id = openDispute();
    const Dispute d = load(id);
    QCOMPARE(d.number, QStringLiteral("DP-20250301-000001"));
    QCOMPARE(d.status, DisputeStatus::Open);
    QCOMPARE(d.ticketId, m_ticketId);
    QVERIFY(d.ticketNumber.startsWith(QStringLiteral("CS-")));
    QCOMPARE(d.merchantName, QStringLiteral("好物旗舰店")); // from the ticket
    QVERIFY(!d.merchantId.isEmpty());
    QCOMPARE(d.buyerName, QStringLiteral("陈小姐"));       // the ticket's customer
    QCOMPARE(d.claim, Money::fromYuan(300));
    QCOMPARE(d.openedBy, m_world->agentA1.userId);
    // 48 h on the SLA clock, which counts calendar hours by default.
    QCOMPARE(d.evidenceDeadline, now.addSecs(48 * 3600));
    QVERIFY(!d.outcome);
    QVERIFY(!d.buyerSubmitted);

    // One unfinished dispute per ticket.
    const auto before = counts();
    QCOMPARE(service(m_world->agentA1).open(draft()).code(), ErrorCode::Conflict);
    QCOMPARE(counts(), before);

    auto all = service(m_world->auditor).list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().id, id);
}

void TestDisputeService::openFromAfterSalesRequest()
{
    AfterSalesDraft r;
    r.kind = domain::AfterSalesKind::Refund;
    r.reason = domain::AfterSalesReason::QualityProblem;
    r.ticketId = m_ticketId;
    r.orderNo = QStringLiteral("SO-2025-0001");
    r.deliveredOn = QDate(2025, 2, 26);
    r.itemName = QStringLiteral("保温杯");
    r.evidenceCount = 1;
    r.amount = QStringLiteral("158.00");
    r.orderTotal = QStringLiteral("200.00");
    auto request = AfterSalesService(m_world->fx.db(), m_world->agentA1, &m_world->clock).create(r);
    QVERIFY2(request.ok(), qPrintable(request.message()));

    DisputeDraft d;
    d.aftersalesId = *request;
    d.subject = QStringLiteral("商家不认可质量问题");
    d.merchantName = QStringLiteral("  新商家  ");
    const qint64 merchants = m_world->fx.count(QStringLiteral("merchants"));
    auto id = service(m_world->leadA).open(d);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    const Dispute dispute = load(*id);
    QCOMPARE(dispute.aftersalesId, *request);
    QVERIFY(dispute.aftersalesNumber.startsWith(QStringLiteral("AS-")));
    QCOMPARE(dispute.ticketId, m_ticketId); // the request's ticket
    QCOMPARE(dispute.claim, Money::fromFen(15800));
    QCOMPARE(dispute.merchantName, QStringLiteral("新商家"));
    QCOMPARE(m_world->fx.count(QStringLiteral("merchants")), merchants + 1);

    // The ticket may have a dispute of its own besides the request's; the request only one.
    QCOMPARE(service(m_world->leadA).open(d).code(), ErrorCode::Conflict);
    QVERIFY(service(m_world->leadA).open(draft()).ok());
    // The ticket given with a request must be the request's.
    TicketDraft other = swtest::TicketWorld::draft(QStringLiteral("另一张工单"));
    other.ownerId = m_world->agentA1.userId;
    auto otherTicket = m_world->service(m_world->agentA1).create(other);
    QVERIFY(otherTicket.ok());
    d.ticketId = *otherTicket;
    QCOMPARE(service(m_world->leadA).open(d).code(), ErrorCode::InvalidInput);
}

void TestDisputeService::badInputRefusedNothingSaved_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("neither request nor ticket") << "ticket" << "" << invalid;
    QTest::newRow("unknown ticket") << "ticket" << "no-such-ticket" << int(ErrorCode::NotFound);
    QTest::newRow("unknown request") << "request" << "no-such-request" << int(ErrorCode::NotFound);
    QTest::newRow("blank subject") << "subject" << "   " << invalid;
    QTest::newRow("subject too long") << "subject" << QString(201, QLatin1Char('x')) << invalid;
    QTest::newRow("negative claim") << "claim" << "-5" << invalid;
    QTest::newRow("zero claim") << "claim" << "0" << invalid;
    QTest::newRow("no claim without a request") << "claim" << "" << invalid;
    QTest::newRow("claim not a number") << "claim" << "三百" << invalid;
    QTest::newRow("buyer name too long") << "buyer" << QString(65, QLatin1Char('x')) << invalid;
    QTest::newRow("merchant name too long") << "merchant" << QString(65, QLatin1Char('x')) << invalid;
}

void TestDisputeService::badInputRefusedNothingSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, code);
    DisputeDraft d = draft();
    if (field == QLatin1String("ticket"))
        d.ticketId = value;
    else if (field == QLatin1String("request"))
        d.aftersalesId = value;
    else if (field == QLatin1String("subject"))
        d.subject = value;
    else if (field == QLatin1String("claim"))
        d.claimAmount = value;
    else if (field == QLatin1String("buyer"))
        d.buyerName = value;
    else if (field == QLatin1String("merchant"))
        d.merchantName = value;
    const auto before = counts();
    auto id = service(m_world->agentA1).open(d);
    QVERIFY(!id.ok());
    QCOMPARE(int(id.code()), code);
    QVERIFY(!id.message().isEmpty());
    QCOMPARE(counts(), before);
}

void TestDisputeService::statementsAndDeadline()
{
    const QString id = openDispute();
    const Dispute opened = load(id);

    auto buyer = service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("收到时外箱破损"), 3);
    QVERIFY2(buyer.ok(), qPrintable(buyer.message()));

    // Bad statements: nothing saved.
    const auto before = counts();
    QCOMPARE(service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("  "), 0).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("x"), -1).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("x"), 51).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(service(m_world->agentA1)
                 .addStatement(id, DisputeParty::Merchant, QString(2001, QLatin1Char('x')), 0)
                 .code(),
             ErrorCode::InvalidInput);
    QCOMPARE(counts(), before);

    // Exactly at the deadline is still in time.
    m_world->clock.set(opened.evidenceDeadline);
    QVERIFY(service(m_world->agentA1).addStatement(id, DisputeParty::Merchant, QStringLiteral("发货时完好"), 1).ok());
    QVERIFY(load(id).buyerSubmitted);
    QVERIFY(load(id).merchantSubmitted);

    // One second later buyer and merchant are too late; the platform is not.
    m_world->clock.advanceSecs(1);
    const auto late = counts();
    const auto tooLate = service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("补充"), 0);
    QCOMPARE(tooLate.code(), ErrorCode::IllegalTransition);
    QVERIFY(tooLate.message().contains(QLatin1String("deadline")));
    QCOMPARE(service(m_world->agentA1).addStatement(id, DisputeParty::Merchant, QStringLiteral("补充"), 0).code(),
             ErrorCode::IllegalTransition);
    QCOMPARE(counts(), late);
    QVERIFY(service(m_world->leadA).addStatement(id, DisputeParty::Platform, QStringLiteral("物流记录显示签收正常"), 0).ok());

    auto list = service(m_world->auditor).statements(id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).party, DisputeParty::Buyer);
    QCOMPARE(list->at(0).attachmentCount, 3);
    QCOMPARE(list->at(0).recordedByName, QStringLiteral("张三"));
    QCOMPARE(list->at(2).party, DisputeParty::Platform);
}

void TestDisputeService::decideAppealAndClose()
{
    const QString id = openDispute();
    const QString merchantId = load(id).merchantId;
    QVERIFY(service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("破损"), 2).ok());

    // Before the deadline only with both statements.
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::FullRefund)).code(),
             ErrorCode::IllegalTransition);
    QVERIFY(service(m_world->agentA1).addStatement(id, DisputeParty::Merchant, QStringLiteral("完好"), 0).ok());

    // Bad decisions: nothing saved.
    const auto before = counts();
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::PartialRefund, QStringLiteral("300.01"))).code(),
             ErrorCode::InvalidInput); // more than claimed
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::PartialRefund)).code(),
             ErrorCode::InvalidInput); // no amount
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::PartialRefund, QStringLiteral("-1"))).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::Rejected, QStringLiteral("5"))).code(),
             ErrorCode::InvalidInput); // only a partial refund has an amount
    DisputeDecisionDraft noReason = decision(DisputeOutcome::Rejected);
    noReason.reasoning = QStringLiteral(" ");
    QCOMPARE(service(m_world->manager).decide(id, noReason).code(), ErrorCode::InvalidInput);
    QCOMPARE(service(m_world->agentA1).decide(id, decision(DisputeOutcome::Rejected)).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(counts(), before);

    const Status decided = service(m_world->manager).decide(id, decision(DisputeOutcome::PartialRefund, QStringLiteral("120")));
    QVERIFY2(decided.ok(), qPrintable(decided.message()));
    Dispute d = load(id);
    QCOMPARE(d.status, DisputeStatus::Decided);
    QCOMPARE(*d.outcome, DisputeOutcome::PartialRefund);
    QCOMPARE(d.refund, Money::fromYuan(120));
    QCOMPARE(d.decidedBy, m_world->manager.userId);
    QCOMPARE(d.decidedByName, QStringLiteral("王经理"));
    QCOMPARE(d.firstDecidedBy, m_world->manager.userId);
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::Rejected)).code(),
             ErrorCode::IllegalTransition); // decided already

    // The outcome is on the merchant's record, upheld and not final yet.
    auto outcomes = service(m_world->auditor).outcomesForMerchant(merchantId);
    QVERIFY(outcomes.ok());
    QCOMPARE(outcomes->size(), 1);
    QCOMPARE(outcomes->first().disputeId, id);
    QVERIFY(outcomes->first().upheld);
    QVERIFY(!outcomes->first().isFinal);
    QCOMPARE(outcomes->first().refund, Money::fromYuan(120));

    // Closing before the appeal period ends is refused.
    QCOMPARE(service(m_world->agentA1).close(id).code(), ErrorCode::IllegalTransition);

    // The platform does not appeal; the merchant does, with a reason.
    QCOMPARE(service(m_world->agentA1).appeal(id, DisputeParty::Platform, QStringLiteral("x")).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->agentA1).appeal(id, DisputeParty::Merchant, QStringLiteral(" ")).code(),
             ErrorCode::InvalidInput);
    m_world->clock.advanceSecs(3 * 24 * 3600);
    QVERIFY(service(m_world->agentA1).appeal(id, DisputeParty::Merchant, QStringLiteral("买家签收时未验货")).ok());
    d = load(id);
    QCOMPARE(d.status, DisputeStatus::Appealed);
    QCOMPARE(*d.appealParty, DisputeParty::Merchant);
    QVERIFY(d.appealUsed());

    // The appeal: a manager, not the first one.
    QCOMPARE(service(m_world->leadA).decide(id, decision(DisputeOutcome::Rejected)).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->manager).decide(id, decision(DisputeOutcome::Rejected)).code(),
             ErrorCode::SeparationOfDuty);
    QVERIFY(service(m_manager2).decide(id, decision(DisputeOutcome::Rejected)).ok());
    d = load(id);
    QCOMPARE(d.status, DisputeStatus::Decided);
    QCOMPARE(*d.outcome, DisputeOutcome::Rejected);
    QCOMPARE(d.refund, Money());
    QCOMPARE(d.firstDecidedBy, m_world->manager.userId);
    outcomes = service(m_world->auditor).outcomesForMerchant(merchantId);
    QCOMPARE(outcomes->size(), 1);
    QVERIFY(!outcomes->first().upheld);
    QVERIFY(outcomes->first().isFinal);

    // A second appeal is refused; closing is allowed at once.
    QCOMPARE(service(m_world->agentA1).appeal(id, DisputeParty::Buyer, QStringLiteral("再次申诉")).code(),
             ErrorCode::IllegalTransition);
    QVERIFY(service(m_world->agentA1).close(id).ok());
    QCOMPARE(load(id).status, DisputeStatus::Closed);
    QCOMPARE(service(m_world->agentA1).close(id).code(), ErrorCode::IllegalTransition);
    QCOMPARE(service(m_world->agentA1).addStatement(id, DisputeParty::Platform, QStringLiteral("x"), 0).code(),
             ErrorCode::PermissionDenied); // agents never add platform findings
    QCOMPARE(service(m_world->leadA).addStatement(id, DisputeParty::Platform, QStringLiteral("x"), 0).code(),
             ErrorCode::IllegalTransition);
}

void TestDisputeService::appealPeriod()
{
    // Two disputes decided at the same time: appealed exactly 7 days later (in time) and
    // one second after that (too late).
    const QString a = openDispute();
    DisputeDraft other = draft();
    TicketDraft t = swtest::TicketWorld::draft(QStringLiteral("第二张工单"));
    t.ownerId = m_world->agentA1.userId;
    other.ticketId = *m_world->service(m_world->agentA1).create(t);
    const QString b = *service(m_world->agentA1).open(other);
    m_world->clock.advanceSecs(48 * 3600 + 1); // evidence deadline over, nobody submitted
    QVERIFY(service(m_world->leadA).decide(a, decision(DisputeOutcome::FullRefund)).ok());
    QVERIFY(service(m_world->leadA).decide(b, decision(DisputeOutcome::Other)).ok());
    QCOMPARE(load(a).refund, Money::fromYuan(300));
    QCOMPARE(load(a).firstDecidedBy, m_world->leadA.userId);

    m_world->clock.advanceSecs(7 * 24 * 3600);
    QVERIFY(service(m_world->agentA1).appeal(a, DisputeParty::Merchant, QStringLiteral("不服裁决")).ok());
    m_world->clock.advanceSecs(1);
    const auto before = counts();
    const Status late = service(m_world->agentA1).appeal(b, DisputeParty::Buyer, QStringLiteral("不服裁决"));
    QCOMPARE(late.code(), ErrorCode::IllegalTransition);
    QVERIFY(late.message().contains(QLatin1String("7 days")));
    QCOMPARE(counts(), before);
    // After the period the decision is closed as final.
    QVERIFY(service(m_world->agentA1).close(b).ok());
    auto outcomes = service(m_world->manager).outcomesForMerchant(load(b).merchantId);
    QVERIFY(outcomes.ok());
    for (const auto& o : *outcomes) {
        if (o.disputeId == b) {
            QVERIFY(o.isFinal);
            QVERIFY(!o.upheld); // "other" does not uphold the complaint
        }
    }
    // The appeal of a lead's decision goes to any manager.
    QVERIFY(service(m_world->manager).decide(a, decision(DisputeOutcome::FullRefund)).ok());
}

void TestDisputeService::settledWithoutDecision()
{
    const QString id = openDispute();
    const auto before = counts();
    QCOMPARE(service(m_world->agentA1).close(id, QStringLiteral("  ")).code(), ErrorCode::InvalidInput);
    QCOMPARE(counts(), before);
    QVERIFY(service(m_world->agentA1).close(id, QStringLiteral("买家撤回，已与商家协商换货")).ok());
    const Dispute d = load(id);
    QCOMPARE(d.status, DisputeStatus::Closed);
    QCOMPARE(d.closeNote, QStringLiteral("买家撤回，已与商家协商换货"));
    QCOMPARE(m_world->fx.count(QStringLiteral("dispute_outcomes")), 0); // no decision, no outcome
    // The ticket may get a new dispute now.
    QVERIFY(service(m_world->agentA1).open(draft()).ok());
}

void TestDisputeService::permissionsPerRole()
{
    const auto before = counts();
    for (const Actor* actor : {&m_world->admin, &m_world->auditor, &m_world->trainer})
        QCOMPARE(service(*actor).open(draft()).code(), ErrorCode::PermissionDenied);
    QCOMPARE(counts(), before);

    const QString id = openDispute(m_world->leadA);
    QVERIFY(service(m_world->admin).get(id).ok());
    QVERIFY(service(m_world->auditor).get(id).ok());
    QCOMPARE(service(m_world->trainer).get(id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->trainer).list().code(), ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->admin).addStatement(id, DisputeParty::Buyer, QStringLiteral("x"), 0).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->auditor).appeal(id, DisputeParty::Buyer, QStringLiteral("x")).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->admin).decide(id, decision(DisputeOutcome::Rejected)).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->admin).close(id, QStringLiteral("x")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->agentA1).get(QStringLiteral("nope")).code(), ErrorCode::NotFound);
    // Agents record the parties' statements; leads and managers add the platform's.
    QVERIFY(service(m_world->agentB1).addStatement(id, DisputeParty::Buyer, QStringLiteral("x"), 0).ok());
    QVERIFY(service(m_world->manager).addStatement(id, DisputeParty::Platform, QStringLiteral("y"), 0).ok());
}

void TestDisputeService::timelineOutboxAndAudit()
{
    const qint64 events = m_world->fx.count(QStringLiteral("ticket_events"));
    const QString id = openDispute();
    const QString number = load(id).number;
    // A minute between the steps, so each one changes the dispute's updated_at.
    m_world->clock.advanceSecs(60);
    QVERIFY(service(m_world->agentA1).addStatement(id, DisputeParty::Buyer, QStringLiteral("破损"), 1).ok());
    m_world->clock.advanceSecs(60);
    QVERIFY(service(m_world->agentA1).addStatement(id, DisputeParty::Merchant, QStringLiteral("完好"), 0).ok());
    m_world->clock.advanceSecs(60);
    QVERIFY(service(m_world->manager).decide(id, decision(DisputeOutcome::FullRefund)).ok());
    m_world->clock.advanceSecs(60);
    QVERIFY(service(m_world->agentA1).appeal(id, DisputeParty::Merchant, QStringLiteral("不服")).ok());
    m_world->clock.advanceSecs(60);
    QVERIFY(service(m_manager2).decide(id, decision(DisputeOutcome::PartialRefund, QStringLiteral("50"))).ok());
    m_world->clock.advanceSecs(60);
    QVERIFY(service(m_world->agentA1).close(id).ok());

    auto timeline = m_world->service(m_world->manager).timeline(m_ticketId);
    QVERIFY(timeline.ok());
    QStringList steps;
    for (const TicketEvent& e : *timeline) {
        if (e.data.value(QStringLiteral("disputeId")).toString() != id)
            continue;
        QCOMPARE(e.kind, TicketEventKind::Note);
        QVERIFY(e.body.contains(number));
        steps << e.data.value(QStringLiteral("step")).toString();
    }
    QCOMPARE(steps, (QStringList{QStringLiteral("dispute.open"), QStringLiteral("dispute.statement"),
                                 QStringLiteral("dispute.statement"), QStringLiteral("dispute.decision"),
                                 QStringLiteral("dispute.appeal"), QStringLiteral("dispute.appeal_decision"),
                                 QStringLiteral("dispute.close")}));
    QCOMPARE(m_world->fx.count(QStringLiteral("ticket_events")), events + 7);

    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'disputes'")), 7);
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'dispute_statements'")), 2);
    // Outcome: written at the decision, replaced on appeal, made final at closing (the
    // appeal decision is final already, so closing changes nothing).
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'dispute_outcomes'")), 2);
    // Each step audits the dispute row and its timeline event.
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'dispute.open' AND entity = 'disputes'")), 1);
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'dispute.appeal' AND entity = 'disputes'")),
             1);
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'dispute.appeal'")), 2);
    QVERIFY(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'dispute.outcome'")) >= 2);
}

void TestDisputeService::actionsOffered()
{
    const QString id = openDispute();
    DisputeActions a = service(m_world->agentA1).actions(load(id));
    QVERIFY(a.buyerStatement && a.merchantStatement && !a.platformStatement);
    QVERIFY(!a.decide && !a.appeal && a.close);
    a = service(m_world->leadA).actions(load(id));
    QVERIFY(a.platformStatement);
    QVERIFY(!a.decide); // before the deadline, without both statements
    a = service(m_world->admin).actions(load(id));
    QVERIFY(!a.buyerStatement && !a.platformStatement && !a.decide && !a.close);

    m_world->clock.advanceSecs(48 * 3600 + 1);
    a = service(m_world->leadA).actions(load(id));
    QVERIFY(!a.buyerStatement && a.platformStatement && a.decide);
    QVERIFY(service(m_world->leadA).decide(id, decision(DisputeOutcome::Rejected)).ok());
    a = service(m_world->agentA1).actions(load(id));
    QVERIFY(a.appeal && !a.close && !a.decide && !a.buyerStatement);
    QVERIFY(service(m_world->agentA1).appeal(id, DisputeParty::Buyer, QStringLiteral("不服")).ok());
    QVERIFY(!service(m_world->leadA).actions(load(id)).decide);
    QVERIFY(service(m_world->manager).actions(load(id)).decide);
}

void TestDisputeService::declaredForSync()
{
    declareAllSyncedTables();
    const SyncedTable* disputes = SyncedTables::find(DisputeService::kDisputes);
    QVERIFY(disputes);
    QVERIFY(disputes->fields.contains(QStringLiteral("claim_fen")));
    QVERIFY(disputes->workflowFields.contains(QStringLiteral("status")));
    QVERIFY(SyncedTables::find(DisputeService::kStatements));
    const SyncedTable* outcomes = SyncedTables::find(DisputeService::kOutcomes);
    QVERIFY(outcomes);
    QVERIFY(outcomes->fields.contains(QStringLiteral("merchant_id")));
}

QTEST_GUILESS_MAIN(TestDisputeService)
#include "tst_disputeservice.moc"
