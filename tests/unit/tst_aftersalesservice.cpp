// AfterSalesService: the whole path create → check → approve → execute → close, bad input
// refused with nothing saved, the approval ladder through the service (boundaries, two
// managers, self-approval, double approval), manager override, rejection and return for
// information, timeline notes on the linked ticket, outbox and audit records.

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/aftersalesservice.h"
#include "services/syncedtables.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::AfterSalesKind;
using domain::AfterSalesReason;
using domain::AfterSalesStatus;

class TestAfterSalesService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fullPathWithTimelineAndOutbox();
    void badInputRefusedNothingSaved_data();
    void badInputRefusedNothingSaved();
    void ladderBoundaries_data();
    void ladderBoundaries();
    void twoManagersAboveTenThousand();
    void selfApprovalRefused();
    void managerOverride();
    void rejectAndReturnForInfo();
    void withdrawalNeedsNote();
    void numbersPerDay();
    void declaredForSync();

private:
    AfterSalesService service(const Actor& a)
    {
        return AfterSalesService(m_world->fx.db(), a, &m_world->clock);
    }
    AfterSalesDraft draft(const QString& amount = QStringLiteral("150.00"));
    QString createRequest(const Actor& by, const AfterSalesDraft& d);
    AfterSalesStatus statusOf(const QString& id);
    QList<qint64> counts();

    std::unique_ptr<swtest::TicketWorld> m_world;
    QString m_ticketId;
};

void TestAfterSalesService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAfterSalesService::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    TicketDraft t = swtest::TicketWorld::draft(QStringLiteral("收到的商品有破损"));
    t.ownerId = m_world->agentA1.userId;
    auto id = m_world->service(m_world->agentA1).create(t);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_ticketId = *id;
}

void TestAfterSalesService::cleanup()
{
    m_world.reset();
}

AfterSalesDraft TestAfterSalesService::draft(const QString& amount)
{
    AfterSalesDraft d;
    d.kind = AfterSalesKind::Refund;
    d.reason = AfterSalesReason::QualityProblem;
    d.reasonText = QStringLiteral("外壳有裂纹");
    d.orderNo = QStringLiteral("SO-2025-0001");
    d.deliveredOn = QDate(2025, 2, 26); // fixedStart() is 2025-03-01 (Beijing): day 3
    d.itemName = QStringLiteral("保温杯");
    d.evidenceCount = 2;
    d.amount = amount;
    d.orderTotal = QStringLiteral("¥50,000.00");
    return d;
}

QString TestAfterSalesService::createRequest(const Actor& by, const AfterSalesDraft& d)
{
    auto id = service(by).create(d);
    if (!id)
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

AfterSalesStatus TestAfterSalesService::statusOf(const QString& id)
{
    auto r = service(m_world->manager).get(id);
    if (!r)
        qFatal("get failed: %s", qPrintable(r.message()));
    return r->status;
}

QList<qint64> TestAfterSalesService::counts()
{
    QList<qint64> out;
    for (const char* table :
         {"aftersales_requests", "aftersales_approvals", "ticket_events", "sync_outbox", "audit_log"})
        out << m_world->fx.count(QString::fromLatin1(table));
    return out;
}

void TestAfterSalesService::fullPathWithTimelineAndOutbox()
{
    const Actor& agent = m_world->agentA1;
    const qint64 eventsBefore = m_world->fx.count(QStringLiteral("ticket_events"));
    const qint64 outboxBefore =
        m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'aftersales_requests'"));

    AfterSalesDraft d = draft();
    d.ticketId = m_ticketId;
    d.compensation = QStringLiteral("10");
    const QString id = createRequest(agent, d);

    auto r = service(agent).get(id);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->status, AfterSalesStatus::Submitted);
    QVERIFY(r->number.startsWith(QStringLiteral("AS-20250301-")));
    QCOMPARE(r->amount.fen(), 15000);
    QCOMPARE(r->orderTotal.fen(), 5000000);
    QCOMPARE(r->compensation.fen(), 1000);
    QCOMPARE(r->requesterId, agent.userId);
    QCOMPARE(r->requiredLevel, domain::ApprovalLevel::Agent);
    QCOMPARE(r->ticketId, m_ticketId);

    auto check = service(agent).eligibility(id);
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QVERIFY(check->passed());
    QCOMPARE(check->checks.size(), 4);
    QCOMPARE(check->dayAfterDelivery, 3);

    auto submitted = service(agent).submitForApproval(id);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
    QCOMPARE(*submitted, AfterSalesStatus::AwaitingApproval);

    // Executing before approval is refused by the workflow.
    QCOMPARE(service(agent).markExecuted(id).code(), ErrorCode::IllegalTransition);

    const Status approved = service(m_world->agentA2).approve(id);
    QVERIFY2(approved.ok(), qPrintable(approved.message()));
    QCOMPARE(statusOf(id), AfterSalesStatus::Approved);
    auto decisions = service(agent).decisions(id);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().approverId, m_world->agentA2.userId);
    QCOMPARE(decisions->first().approverRoles, QList<domain::Role>{domain::Role::Agent});

    // Approved cannot be closed (withdrawn) — what was approved is carried out first.
    QCOMPARE(service(agent).close(id, QStringLiteral("客户撤回")).code(), ErrorCode::IllegalTransition);
    QVERIFY(service(agent).markExecuted(id).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::Executed);
    QVERIFY(service(agent).get(id)->executedAt.isValid());
    QVERIFY(service(agent).close(id).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::Closed);
    QCOMPARE(service(agent).close(id).code(), ErrorCode::IllegalTransition);

    // Every step left a note on the ticket: create, submit, approve, execute, close.
    auto timeline = m_world->service(m_world->manager).timeline(m_ticketId);
    QVERIFY(timeline.ok());
    QStringList steps;
    for (const TicketEvent& e : *timeline) {
        if (e.data.value(QStringLiteral("aftersalesId")).toString() != id)
            continue;
        QCOMPARE(e.kind, TicketEventKind::Note);
        QVERIFY(e.body.contains(r->number));
        steps << e.data.value(QStringLiteral("step")).toString();
    }
    QCOMPARE(steps, (QStringList{QStringLiteral("aftersales.create"), QStringLiteral("aftersales.submit"),
                                 QStringLiteral("aftersales.approve"), QStringLiteral("aftersales.execute"),
                                 QStringLiteral("aftersales.close")}));
    QCOMPARE(m_world->fx.count(QStringLiteral("ticket_events")), eventsBefore + 5);

    // One outbox record per request change (insert + 4 updates), one per decision.
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'aftersales_requests'")),
             outboxBefore + 5);
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'aftersales_approvals'")), 1);
    QVERIFY(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'aftersales.approve'")) >= 1);
    QVERIFY(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'aftersales.create'")) >= 1);

    // The executed refund now counts against the same order.
    AfterSalesDraft again = draft(QStringLiteral("100"));
    again.orderTotal = QStringLiteral("200");
    const QString second = createRequest(agent, again);
    auto secondCheck = service(agent).eligibility(second);
    QVERIFY(secondCheck.ok());
    QVERIFY(!secondCheck->passed()); // 100 > 200 − 150
    QCOMPARE(secondCheck->failedRules(),
             QList<domain::EligibilityRule>{domain::EligibilityRule::RefundableAmount});
}

void TestAfterSalesService::badInputRefusedNothingSaved_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");

    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("negative amount") << "amount"
                                     << "-5" << invalid;
    QTest::newRow("zero amount") << "amount"
                                 << "0" << invalid;
    QTest::newRow("empty amount") << "amount"
                                  << "" << invalid;
    QTest::newRow("malformed amount") << "amount"
                                      << "12,34" << invalid;
    QTest::newRow("three decimals") << "amount"
                                    << "1.005" << invalid;
    QTest::newRow("above order total") << "amount"
                                       << "50000.01" << invalid;
    QTest::newRow("zero order total") << "orderTotal"
                                      << "0" << invalid;
    QTest::newRow("negative compensation") << "compensation"
                                           << "-1" << invalid;
    QTest::newRow("no evidence for quality claim") << "evidence"
                                                   << "0" << invalid;
    QTest::newRow("delivery in the future") << "delivered"
                                            << "2025-03-02" << invalid;
    QTest::newRow("request before delivery") << "requested"
                                             << "2025-02-25" << invalid;
    QTest::newRow("repair without a fault") << "repairNoReason"
                                            << "" << invalid;
    QTest::newRow("no order number") << "orderNo"
                                     << "" << invalid;
    QTest::newRow("bad order number") << "orderNo"
                                      << "SO 1; DROP" << invalid;
    QTest::newRow("no item") << "item"
                             << " " << invalid;
    QTest::newRow("unknown ticket") << "ticket"
                                    << "00000000-0000-4000-8000-00000000dead" << int(ErrorCode::NotFound);
    QTest::newRow("auditor") << "actor"
                             << "auditor" << int(ErrorCode::PermissionDenied);
    QTest::newRow("admin") << "actor"
                           << "admin" << int(ErrorCode::PermissionDenied);
}

void TestAfterSalesService::badInputRefusedNothingSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, code);

    AfterSalesDraft d = draft();
    d.ticketId = m_ticketId;
    Actor actor = m_world->agentA1;
    if (field == QLatin1String("amount"))
        d.amount = value;
    else if (field == QLatin1String("orderTotal"))
        d.orderTotal = value;
    else if (field == QLatin1String("compensation"))
        d.compensation = value;
    else if (field == QLatin1String("evidence"))
        d.evidenceCount = value.toInt();
    else if (field == QLatin1String("delivered"))
        d.deliveredOn = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("requested"))
        d.requestedOn = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("repairNoReason")) {
        d.kind = AfterSalesKind::Repair;
        d.reason = AfterSalesReason::NoReasonReturn;
    } else if (field == QLatin1String("orderNo"))
        d.orderNo = value;
    else if (field == QLatin1String("item"))
        d.itemName = value;
    else if (field == QLatin1String("ticket"))
        d.ticketId = value;
    else if (field == QLatin1String("actor"))
        actor = value == QLatin1String("admin") ? m_world->admin : m_world->auditor;

    const QList<qint64> before = counts();
    auto id = service(actor).create(d);
    QVERIFY(!id.ok());
    QCOMPARE(int(id.code()), code);
    QVERIFY(!id.message().isEmpty());
    QCOMPARE(counts(), before);
}

void TestAfterSalesService::ladderBoundaries_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("refused");  // who is refused (level too low); empty: none
    QTest::addColumn<QString>("approver"); // who then approves fully
    QTest::addColumn<int>("level");

    QTest::newRow("¥200.00 agent") << "200.00"
                                   << ""
                                   << "agent" << int(domain::ApprovalLevel::Agent);
    QTest::newRow("¥200.01 lead") << "200.01"
                                  << "agent"
                                  << "lead" << int(domain::ApprovalLevel::Lead);
    QTest::newRow("¥2,000.00 lead") << "2000"
                                    << "agent"
                                    << "lead" << int(domain::ApprovalLevel::Lead);
    QTest::newRow("¥2,000.01 manager") << "2000.01"
                                       << "lead"
                                       << "manager" << int(domain::ApprovalLevel::Manager);
    QTest::newRow("¥10,000.00 one manager") << "10000.00"
                                            << "lead"
                                            << "manager" << int(domain::ApprovalLevel::Manager);
}

void TestAfterSalesService::ladderBoundaries()
{
    QFETCH(QString, amount);
    QFETCH(QString, refused);
    QFETCH(QString, approver);
    QFETCH(int, level);

    auto who = [this](const QString& name) {
        if (name == QLatin1String("agent"))
            return m_world->agentA2;
        if (name == QLatin1String("lead"))
            return m_world->leadA;
        return m_world->manager;
    };
    const QString id = createRequest(m_world->agentA1, draft(amount));
    QCOMPARE(int(service(m_world->agentA1).get(id)->requiredLevel), level);
    QCOMPARE(*service(m_world->agentA1).submitForApproval(id), AfterSalesStatus::AwaitingApproval);
    if (!refused.isEmpty()) {
        const QList<qint64> before = counts();
        QCOMPARE(service(who(refused)).approve(id).code(), ErrorCode::PermissionDenied);
        QCOMPARE(counts(), before);
    }
    const Status ok = service(who(approver)).approve(id);
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
    QCOMPARE(statusOf(id), AfterSalesStatus::Approved);
}

void TestAfterSalesService::twoManagersAboveTenThousand()
{
    const Actor manager2 =
        m_world->addUser(QStringLiteral("manager2"), QStringLiteral("钱经理"), {domain::Role::Manager}, {});
    const QString id = createRequest(m_world->agentA1, draft(QStringLiteral("10000.01")));
    QCOMPARE(*service(m_world->agentA1).submitForApproval(id), AfterSalesStatus::AwaitingApproval);

    QVERIFY(service(m_world->manager).approve(id).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::AwaitingApproval); // one more needed

    const QList<qint64> before = counts();
    QCOMPARE(service(m_world->manager).approve(id).code(), ErrorCode::SeparationOfDuty); // twice
    QCOMPARE(service(m_world->leadA).approve(id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(counts(), before);

    QVERIFY(service(manager2).approve(id).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::Approved);
    QCOMPARE(service(manager2).decisions(id)->size(), 2);
}

void TestAfterSalesService::selfApprovalRefused()
{
    const QString id = createRequest(m_world->leadA, draft(QStringLiteral("100")));
    QCOMPARE(*service(m_world->leadA).submitForApproval(id), AfterSalesStatus::AwaitingApproval);
    const QList<qint64> before = counts();
    QCOMPARE(service(m_world->leadA).approve(id).code(), ErrorCode::SeparationOfDuty);
    QCOMPARE(service(m_world->leadA)
                 .reject(id, domain::RejectionReason::Other, QStringLiteral("自己驳回自己"))
                 .code(),
             ErrorCode::SeparationOfDuty);
    QCOMPARE(counts(), before);
    QCOMPARE(statusOf(id), AfterSalesStatus::AwaitingApproval);
    // Approving before submission is refused too.
    const QString fresh = createRequest(m_world->leadA, draft(QStringLiteral("100")));
    QCOMPARE(service(m_world->agentA1).approve(fresh).code(), ErrorCode::IllegalTransition);
}

void TestAfterSalesService::managerOverride()
{
    AfterSalesDraft d = draft(QStringLiteral("80"));
    d.reason = AfterSalesReason::NoReasonReturn;
    d.evidenceCount = 0;
    d.deliveredOn = QDate(2025, 2, 19); // day 10 of a 7-day window
    d.ticketId = m_ticketId;
    const QString id = createRequest(m_world->agentA1, d);
    auto check = service(m_world->agentA1).eligibility(id);
    QVERIFY(check.ok());
    QVERIFY(!check->passed());
    QCOMPARE(check->failedRules(), QList<domain::EligibilityRule>{domain::EligibilityRule::Window});

    QCOMPARE(*service(m_world->agentA1).submitForApproval(id), AfterSalesStatus::Checking);
    QCOMPARE(statusOf(id), AfterSalesStatus::Checking);
    // Nobody approves while the check failed.
    QCOMPARE(service(m_world->agentA2).approve(id).code(), ErrorCode::IllegalTransition);

    const QList<qint64> before = counts();
    QCOMPARE(service(m_world->leadA).overrideEligibility(id, QStringLiteral("老客户")).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->manager).overrideEligibility(id, QStringLiteral("  ")).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(counts(), before);

    const Status ok = service(m_world->manager).overrideEligibility(id, QStringLiteral("物流延误，客户无责"));
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
    auto r = service(m_world->manager).get(id);
    QCOMPARE(r->status, AfterSalesStatus::AwaitingApproval);
    QCOMPARE(r->overrideBy, m_world->manager.userId);
    QCOMPARE(r->overrideReason, QStringLiteral("物流延误，客户无责"));
    QVERIFY(service(m_world->agentA2).approve(id).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::Approved);
    QCOMPARE(m_world->fx.count(QStringLiteral("ticket_events WHERE data_json LIKE '%aftersales.override%'")),
             1);

    // A manager cannot override their own request.
    const QString own = createRequest(m_world->manager, d);
    QVERIFY(service(m_world->manager).submitForApproval(own).ok());
    QCOMPARE(service(m_world->manager).overrideEligibility(own, QStringLiteral("理由")).code(),
             ErrorCode::SeparationOfDuty);
}

void TestAfterSalesService::rejectAndReturnForInfo()
{
    const QString id = createRequest(m_world->agentA1, draft(QStringLiteral("500")));
    QVERIFY(service(m_world->agentA1).submitForApproval(id).ok());

    const QList<qint64> before = counts();
    QCOMPARE(service(m_world->leadA).returnForInfo(id, QStringLiteral(" ")).code(),
             ErrorCode::IllegalTransition);
    QCOMPARE(counts(), before);
    QVERIFY(service(m_world->leadA).returnForInfo(id, QStringLiteral("请补充开箱视频")).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::ReturnedForInfo);
    QCOMPARE(*service(m_world->agentA1).submitForApproval(id), AfterSalesStatus::AwaitingApproval);

    const QList<qint64> before2 = counts();
    QVERIFY(!service(m_world->leadA)
                 .reject(id, domain::RejectionReason::DamageByMisuse, QStringLiteral(""))
                 .ok());
    QCOMPARE(service(m_world->agentA2)
                 .reject(id, domain::RejectionReason::DamageByMisuse, QStringLiteral("人为损坏"))
                 .code(),
             ErrorCode::PermissionDenied); // ¥500 needs a lead
    QCOMPARE(counts(), before2);
    QVERIFY(service(m_world->leadA)
                .reject(id, domain::RejectionReason::DamageByMisuse, QStringLiteral("人为损坏"))
                .ok());
    auto r = service(m_world->leadA).get(id);
    QCOMPARE(r->status, AfterSalesStatus::Rejected);
    QCOMPARE(r->rejectionReason, std::optional(domain::RejectionReason::DamageByMisuse));
    QCOMPARE(r->rejectionText, QStringLiteral("人为损坏"));
    QCOMPARE(service(m_world->leadA).decisions(id)->size(), 2);
    QVERIFY(service(m_world->agentA1).close(id).ok());
    QCOMPARE(statusOf(id), AfterSalesStatus::Closed);
}

void TestAfterSalesService::withdrawalNeedsNote()
{
    const QString id = createRequest(m_world->agentA1, draft());
    const QList<qint64> before = counts();
    QCOMPARE(service(m_world->agentA1).close(id).code(), ErrorCode::IllegalTransition);
    QCOMPARE(service(m_world->auditor).close(id, QStringLiteral("客户撤回")).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(counts(), before);
    QVERIFY(service(m_world->agentA1).close(id, QStringLiteral("客户撤回")).ok());
    auto r = service(m_world->auditor).get(id); // auditors read
    QVERIFY(r.ok());
    QCOMPARE(r->status, AfterSalesStatus::Closed);
    QCOMPARE(r->infoNote, QStringLiteral("客户撤回"));
    QCOMPARE(service(m_world->trainer).get(id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->agentA1).get(QStringLiteral("nope")).code(), ErrorCode::NotFound);
}

void TestAfterSalesService::numbersPerDay()
{
    const QString a = createRequest(m_world->agentA1, draft());
    const QString b = createRequest(m_world->agentA1, draft());
    QCOMPARE(service(m_world->agentA1).get(a)->number, QStringLiteral("AS-20250301-000001"));
    QCOMPARE(service(m_world->agentA1).get(b)->number, QStringLiteral("AS-20250301-000002"));
    m_world->clock.advanceSecs(24 * 3600);
    const QString c = createRequest(m_world->agentA1, draft());
    QCOMPARE(service(m_world->agentA1).get(c)->number, QStringLiteral("AS-20250302-000001"));
}

void TestAfterSalesService::declaredForSync()
{
    declareAllSyncedTables();
    const SyncedTable* requests = SyncedTables::find(AfterSalesService::kRequests);
    QVERIFY(requests);
    QVERIFY(requests->fields.contains(QStringLiteral("amount_fen")));
    QVERIFY(requests->workflowFields.contains(QStringLiteral("status")));
    const SyncedTable* approvals = SyncedTables::find(AfterSalesService::kApprovals);
    QVERIFY(approvals);
    QVERIFY(approvals->fields.contains(QStringLiteral("approver_roles")));
}

QTEST_GUILESS_MAIN(TestAfterSalesService)
#include "tst_aftersalesservice.moc"
