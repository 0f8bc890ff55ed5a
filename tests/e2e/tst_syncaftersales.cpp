// After-sales requests and disputes travel between workstations through the real
// shopwarden-server like every other synced table: an agent's request is approved by two
// managers on two other workstations, and a dispute opened by the agent is decided by a
// manager elsewhere; every workstation ends with the same status, decisions, timeline
// notes and the merchant's outcome. An evidence file added on one workstation opens
// byte for byte on another (its content travels as a blob).

#include "domain/aftersalesenums.h"
#include "domain/disputerules.h"
#include "services/aftersalesservice.h"
#include "services/disputeservice.h"
#include "services/ticketservice.h"
#include "support/serverfixture.h"
#include "support/syncworkstation.h"

#include <QTest>
#include <QTimeZone>

using namespace sw;
using namespace sw::services;
using domain::AfterSalesStatus;
using swtest::ServerFixture;
using swtest::SyncWorkstation;

namespace {

const QString kPassword = QStringLiteral("Sync-Test-Pass-2026");

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
}

} // namespace

class TestSyncAfterSales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestIsApprovedOnOtherWorkstations();
    void disputeIsDecidedOnAnotherWorkstation();
    void evidenceFileOpensOnAnotherWorkstation();

private:
    // On `a` as agent1: a ticket and a submitted ¥12,800.00 refund on it (two managers).
    QString createSubmittedRequest(SyncWorkstation& a, QString* ticketId);

    std::unique_ptr<ServerFixture> m_server;
    QString m_team;
};

void TestSyncAfterSales::initTestCase()
{
    declareAllSyncedTables();
    m_server = std::make_unique<ServerFixture>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    m_team = m_server->addTeam(QStringLiteral("售后一组"));
    QVERIFY(!m_server->addUser(QStringLiteral("agent1"), kPassword, {QStringLiteral("agent")}, m_team).isEmpty());
    QVERIFY(!m_server->addUser(QStringLiteral("mgr1"), kPassword, {QStringLiteral("manager")}).isEmpty());
    QVERIFY(!m_server->addUser(QStringLiteral("mgr2"), kPassword, {QStringLiteral("manager")}).isEmpty());
}

QString TestSyncAfterSales::createSubmittedRequest(SyncWorkstation& a, QString* ticketId)
{
    const Actor agent = a.actor(QStringLiteral("agent1"));
    TicketDraft t;
    t.subject = QStringLiteral("笔记本电脑屏幕出现坏点");
    t.body = QStringLiteral("客户收货三天后发现屏幕有坏点，要求退款。");
    t.customerName = QStringLiteral("陈先生");
    t.customerPhone = QStringLiteral("13800138000");
    t.orderNo = QStringLiteral("SO-2026-5566");
    t.merchantName = QStringLiteral("联想官方旗舰店");
    t.ownerId = agent.userId;
    auto ticket = TicketService(a.db(), agent).create(t);
    if (!ticket)
        qFatal("ticket: %s", qPrintable(ticket.message()));
    *ticketId = *ticket;
    AfterSalesDraft d;
    d.kind = domain::AfterSalesKind::Refund;
    d.reason = domain::AfterSalesReason::QualityProblem;
    d.reasonText = QStringLiteral("屏幕坏点");
    d.ticketId = *ticket;
    d.orderNo = t.orderNo;
    d.deliveredOn = beijingToday().addDays(-3);
    d.itemName = QStringLiteral("笔记本电脑");
    d.evidenceCount = 2;
    d.amount = QStringLiteral("¥12,800.00");
    d.orderTotal = QStringLiteral("¥12,800.00");
    AfterSalesService service(a.db(), agent);
    auto id = service.create(d);
    if (!id)
        qFatal("request: %s", qPrintable(id.message()));
    auto submitted = service.submitForApproval(*id);
    if (!submitted || *submitted != AfterSalesStatus::AwaitingApproval)
        qFatal("submit: %s", submitted ? "not awaiting approval" : qPrintable(submitted.message()));
    return *id;
}

void TestSyncAfterSales::requestIsApprovedOnOtherWorkstations()
{
    SyncWorkstation a, b, c;
    QString why;
    for (SyncWorkstation* ws : {&a, &b, &c})
        QVERIFY2(ws->create(m_server->url(), {}, &why), qPrintable(why));
    QVERIFY2(a.signIn(QStringLiteral("agent1"), kPassword, &why), qPrintable(why));
    QString ticketId;
    const QString id = createSubmittedRequest(a, &ticketId);
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));

    // The first manager sees it waiting and approves: two approvals are needed.
    QVERIFY2(b.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr1 = b.actor(QStringLiteral("mgr1"));
    auto onB = AfterSalesService(b.db(), mgr1).get(id);
    QVERIFY2(onB, qPrintable(onB.message()));
    QCOMPARE(onB->status, AfterSalesStatus::AwaitingApproval);
    QCOMPARE(onB->amount, domain::Money::fromYuan(12800));
    QVERIFY(AfterSalesService(b.db(), mgr1).approve(id).ok());
    QCOMPARE(AfterSalesService(b.db(), mgr1).get(id)->status, AfterSalesStatus::AwaitingApproval);
    QVERIFY2(b.sync(&why), qPrintable(why));

    // The second manager, elsewhere, sees the first approval and completes the ladder.
    QVERIFY2(c.signIn(QStringLiteral("mgr2"), kPassword, &why), qPrintable(why));
    const Actor mgr2 = c.actor(QStringLiteral("mgr2"));
    auto decisions = AfterSalesService(c.db(), mgr2).decisions(id);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().approverId, mgr1.userId);
    QVERIFY(AfterSalesService(c.db(), mgr2).approve(id).ok());
    QCOMPARE(AfterSalesService(c.db(), mgr2).get(id)->status, AfterSalesStatus::Approved);
    QVERIFY2(c.sync(&why), qPrintable(why));

    // Everyone ends the same: status, both decisions, the notes on the ticket's timeline.
    QVERIFY2(a.sync(&why), qPrintable(why));
    QVERIFY2(b.sync(&why), qPrintable(why));
    const Actor agent = a.actor(QStringLiteral("agent1"));
    QCOMPARE(AfterSalesService(a.db(), agent).get(id)->status, AfterSalesStatus::Approved);
    QCOMPARE(AfterSalesService(b.db(), mgr1).get(id)->status, AfterSalesStatus::Approved);
    QCOMPARE(AfterSalesService(a.db(), agent).decisions(id)->size(), 2);
    const QString notes = QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND data_json LIKE ?");
    const QVariantList noteArgs{ticketId, QStringLiteral("%aftersalesId%")};
    QVERIFY(a.scalar(notes, noteArgs) >= 3); // submitted, approved once, approved
    QCOMPARE(a.scalar(notes, noteArgs), c.scalar(notes, noteArgs));
    for (SyncWorkstation* ws : {&a, &b, &c})
        QCOMPARE(ws->scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")), qint64(0));
}

void TestSyncAfterSales::disputeIsDecidedOnAnotherWorkstation()
{
    SyncWorkstation a, b;
    QString why;
    QVERIFY2(a.create(m_server->url(), {}, &why), qPrintable(why));
    QVERIFY2(b.create(m_server->url(), {}, &why), qPrintable(why));
    QVERIFY2(a.signIn(QStringLiteral("agent1"), kPassword, &why), qPrintable(why));
    const Actor agent = a.actor(QStringLiteral("agent1"));
    QString ticketId;
    const QString requestId = createSubmittedRequest(a, &ticketId);
    DisputeService disputesOnA(a.db(), agent);
    auto number = AfterSalesService(a.db(), agent).get(requestId);
    QVERIFY(number.ok());
    auto draft = disputesOnA.draftFor(number->number);
    QVERIFY2(draft, qPrintable(draft.message()));
    draft->subject = QStringLiteral("商家拒绝承担屏幕坏点责任");
    auto id = disputesOnA.open(*draft);
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(disputesOnA.addStatement(*id, domain::DisputeParty::Buyer, QStringLiteral("收货即有坏点，附照片。"), 2).ok());
    QVERIFY(disputesOnA.addStatement(*id, domain::DisputeParty::Merchant, QStringLiteral("出厂检测合格，坏点在标准范围内。"), 1)
                .ok());
    QVERIFY2(a.sync(&why), qPrintable(why));

    QVERIFY2(b.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr1 = b.actor(QStringLiteral("mgr1"));
    DisputeService disputesOnB(b.db(), mgr1);
    auto statements = disputesOnB.statements(*id);
    QVERIFY(statements.ok());
    QCOMPARE(statements->size(), 2);
    DisputeDecisionDraft decision;
    decision.outcome = domain::DisputeOutcome::PartialRefund;
    decision.partialAmount = QStringLiteral("¥3,000.00");
    decision.reasoning = QStringLiteral("坏点属实，但不影响主要使用，部分退款。");
    const Status decided = disputesOnB.decide(*id, decision);
    QVERIFY2(decided.ok(), qPrintable(decided.message()));
    QVERIFY2(b.sync(&why), qPrintable(why));

    QVERIFY2(a.sync(&why), qPrintable(why));
    auto onA = disputesOnA.get(*id);
    QVERIFY2(onA, qPrintable(onA.message()));
    QCOMPARE(onA->status, domain::DisputeStatus::Decided);
    QCOMPARE(onA->outcome, std::optional<domain::DisputeOutcome>(domain::DisputeOutcome::PartialRefund));
    // The outcome on the merchant (for the credit file) arrived with it.
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM dispute_outcomes WHERE id = ?"), {*id}), qint64(1));
    QCOMPARE(a.scalar(QStringLiteral("SELECT refund_fen FROM dispute_outcomes WHERE id = ?"), {*id}), qint64(300000));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")), qint64(0));
}

void TestSyncAfterSales::evidenceFileOpensOnAnotherWorkstation()
{
    SyncWorkstation a, b;
    QString why;
    for (SyncWorkstation* ws : {&a, &b})
        QVERIFY2(ws->create(m_server->url(), {}, &why), qPrintable(why));
    QVERIFY2(a.signIn(QStringLiteral("agent1"), kPassword, &why), qPrintable(why));
    const Actor agent = a.actor(QStringLiteral("agent1"));
    QByteArray photo(200 * 1024, '\0');
    for (int i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) % 251);
    AfterSalesDraft d;
    d.kind = domain::AfterSalesKind::Refund;
    d.reason = domain::AfterSalesReason::QualityProblem;
    d.reasonText = QStringLiteral("杯盖漏水");
    d.orderNo = QStringLiteral("SO-2026-7788");
    d.deliveredOn = beijingToday().addDays(-2);
    d.itemName = QStringLiteral("保温杯");
    d.evidence = {AfterSalesFile{QStringLiteral("漏水照片.jpg"), photo}};
    d.amount = QStringLiteral("¥99.00");
    d.orderTotal = QStringLiteral("¥99.00");
    auto id = AfterSalesService(a.db(), agent).create(d);
    QVERIFY2(id, qPrintable(id.message()));
    auto report = AfterSalesService(a.db(), agent).addEvidence(*id, QStringLiteral("检验报告.txt"), "漏水，密封圈缺失");
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));

    QVERIFY2(b.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr1 = b.actor(QStringLiteral("mgr1"));
    AfterSalesService onB(b.db(), mgr1);
    QCOMPARE(onB.get(*id)->evidenceCount, 2);
    auto files = onB.evidence(*id);
    QVERIFY2(files, qPrintable(files.message()));
    QCOMPARE(files->size(), 2);
    QCOMPARE(files->at(0).fileName, QStringLiteral("漏水照片.jpg"));
    auto content = onB.evidenceContent(files->at(0).id);
    QVERIFY2(content, qPrintable(content.message()));
    QCOMPARE(*content, photo);
    auto text = onB.evidenceContent(report->id);
    QVERIFY2(text, qPrintable(text.message()));
    QCOMPARE(*text, QByteArray("漏水，密封圈缺失"));
}

QTEST_GUILESS_MAIN(TestSyncAfterSales)
#include "tst_syncaftersales.moc"
