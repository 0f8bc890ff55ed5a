// shopwarden-server end to end, the after-sales rules of a push (docs/sync-protocol.md
// "Push" rule 3, issue 5): AfterSalesWorkflow, the approval ladder in force and
// DisputeRules checked on the server, against a real PostgreSQL (support/serverfixture.h).

#include "support/serverclient.h"
#include "support/serverfixture.h"

#include "services/syncedtables.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QtTest>

using swtest::ServerFixture;

using Reply = swtest::ApiReply;
using swtest::hlc;
using swtest::op;
using swtest::pushBody;
using swtest::uuid;

class TestServerAfterSales : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<swtest::ApiClient> m_api; // once the server runs
    int m_clock = 0;
    struct Person
    {
        QString id;
        QString token;
    };
    Person m_agent, m_lead, m_mgr1, m_mgr2, m_admin;

    Person person(const QString& login, const QStringList& roles)
    {
        const QString password = login + QStringLiteral("-pass-1");
        Person p;
        p.id = m_server->addUser(login, password, roles);
        p.token = m_api->tokenFor(login, password);
        return p;
    }

    // One op, pushed alone, with a fresh clock; its verdict.
    sw::sync::Verdict pushOne(const Person& who, const QString& table, const QString& rowId,
                              const QJsonObject& fields)
    {
        const Reply r = m_api->push(who.token, {op(uuid(), table, rowId, fields, hlc(0, ++m_clock))});
        if (r.status != 200)
            return {};
        const auto v = sw::sync::protocol::parsePushResponse(r.body);
        return v && v.value().size() == 1 ? v.value().first() : sw::sync::Verdict{};
    }

    QString newRequest(const Person& requester, qint64 amountFen)
    {
        const QString id = uuid();
        const auto v = pushOne(requester, QStringLiteral("aftersales_requests"), id,
                               {{QStringLiteral("number"), QStringLiteral("AS-20261128-0001")},
                                {QStringLiteral("kind"), QStringLiteral("refund")},
                                {QStringLiteral("status"), QStringLiteral("submitted")},
                                {QStringLiteral("amount_fen"), amountFen},
                                {QStringLiteral("order_total_fen"), amountFen},
                                {QStringLiteral("reason"), QStringLiteral("quality_problem")},
                                {QStringLiteral("requester_id"), requester.id}});
        return v.accepted ? id : QString();
    }

    // Submitted → (checking) → awaiting approval, as AfterSalesService::submitForApproval.
    QString awaitingRequest(const Person& requester, qint64 amountFen)
    {
        const QString id = newRequest(requester, amountFen);
        if (id.isEmpty() || !setStatus(requester, id, QStringLiteral("awaiting_approval")).accepted)
            return {};
        return id;
    }

    sw::sync::Verdict setStatus(const Person& who, const QString& id, const QString& status,
                                QJsonObject more = {})
    {
        more.insert(QStringLiteral("status"), status);
        return pushOne(who, QStringLiteral("aftersales_requests"), id, more);
    }

    sw::sync::Verdict decide(const Person& who, const QString& requestId, const QString& roles,
                             const QString& decision = QStringLiteral("approved"))
    {
        return pushOne(who, QStringLiteral("aftersales_approvals"), uuid(),
                       {{QStringLiteral("request_id"), requestId},
                        {QStringLiteral("approver_id"), who.id},
                        {QStringLiteral("approver_roles"), roles},
                        {QStringLiteral("decided_at"), QDateTime::currentSecsSinceEpoch()},
                        {QStringLiteral("decision"), decision},
                        {QStringLiteral("note"), QString()}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        sw::services::declareAllSyncedTables();
        m_server = std::make_unique<ServerFixture>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        m_api = std::make_unique<swtest::ApiClient>(*m_server);
        m_agent = person(QStringLiteral("as-agent"), {QStringLiteral("agent")});
        m_lead = person(QStringLiteral("as-lead"), {QStringLiteral("lead")});
        m_mgr1 = person(QStringLiteral("as-mgr1"), {QStringLiteral("manager")});
        m_mgr2 = person(QStringLiteral("as-mgr2"), {QStringLiteral("manager")});
        m_admin.token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        for (const Person* p : {&m_agent, &m_lead, &m_mgr1, &m_mgr2, &m_admin})
            QVERIFY(!p->token.isEmpty());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_server.reset();
    }

    void evidenceRowsOnlyFromHandlers()
    {
        const QString id = newRequest(m_agent, 9900);
        QVERIFY(!id.isEmpty());
        const QJsonObject fields{{QStringLiteral("request_id"), id},
                                 {QStringLiteral("file_name"), QStringLiteral("photo.png")},
                                 {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                 {QStringLiteral("size"), 3},
                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                 {QStringLiteral("added_at"), QDateTime::currentSecsSinceEpoch()}};
        const auto byAdmin = pushOne(m_admin, QStringLiteral("aftersales_evidence"), uuid(), fields);
        QVERIFY(!byAdmin.accepted);
        QCOMPARE(byAdmin.code, QStringLiteral("forbidden"));
        const QString fileId = uuid();
        QVERIFY(pushOne(m_agent, QStringLiteral("aftersales_evidence"), fileId, fields).accepted);
        QVERIFY(pushOne(m_mgr1, QStringLiteral("aftersales_evidence"), uuid(), fields).accepted);
        // A file is never rewritten (only removed), and a file of no request is refused.
        const auto rewritten = pushOne(m_agent, QStringLiteral("aftersales_evidence"), fileId,
                                       {{QStringLiteral("sha256"), QString(64, QLatin1Char('b'))}});
        QCOMPARE(rewritten.code, QStringLiteral("forbidden"));
        QJsonObject orphan = fields;
        orphan.insert(QStringLiteral("request_id"), uuid());
        QCOMPARE(pushOne(m_agent, QStringLiteral("aftersales_evidence"), uuid(), orphan).code,
                 QStringLiteral("invalid_value"));
    }

    void evidenceIsFixedOnceTheRequestIsBeingDecided()
    {
        const QString id = awaitingRequest(m_agent, 9900);
        QVERIFY(!id.isEmpty());
        const QJsonObject fields{{QStringLiteral("request_id"), id},
                                 {QStringLiteral("file_name"), QStringLiteral("late.png")},
                                 {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                 {QStringLiteral("size"), 3},
                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('c'))},
                                 {QStringLiteral("added_at"), QDateTime::currentSecsSinceEpoch()}};
        const auto late = pushOne(m_agent, QStringLiteral("aftersales_evidence"), uuid(), fields);
        QVERIFY(!late.accepted);
        QCOMPARE(late.code, QStringLiteral("illegal_transition"));
        QVERIFY2(late.reason.contains(QStringLiteral("awaiting_approval")), qPrintable(late.reason));
        // Returned for information: files may change again.
        QVERIFY(decide(m_lead, id, QStringLiteral("lead"), QStringLiteral("returned")).accepted);
        QVERIFY(setStatus(m_lead, id, QStringLiteral("returned_for_info"),
                          {{QStringLiteral("info_note"), QStringLiteral("请补充照片")}})
                    .accepted);
        QVERIFY(pushOne(m_agent, QStringLiteral("aftersales_evidence"), uuid(), fields).accepted);
    }

    void agentApprovingAboveTheirLevelIsForbidden()
    {
        const QString id = awaitingRequest(m_lead, 500000); // ¥5,000: a manager's level
        QVERIFY(!id.isEmpty());
        const auto v = decide(m_agent, id, QStringLiteral("agent"));
        QVERIFY(!v.accepted);
        QCOMPARE(v.code, QStringLiteral("forbidden"));
        QVERIFY2(v.reason.contains(QStringLiteral("5,000.00")), qPrintable(v.reason));
        const auto status = setStatus(m_agent, id, QStringLiteral("approved"));
        QVERIFY(!status.accepted);
        QCOMPARE(status.code, QStringLiteral("forbidden"));
        QVERIFY(status.current.has_value());
        QCOMPARE(status.current->fields.value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_approval"));
        // A lead is below a manager too; rejecting needs the level as well.
        const auto reject = decide(m_lead, id, QStringLiteral("lead"), QStringLiteral("rejected"));
        QCOMPARE(reject.code, QStringLiteral("forbidden"));
    }

    void requesterCannotApproveOwnRequest()
    {
        const QString id = awaitingRequest(m_mgr1, 50000);
        QVERIFY(!id.isEmpty());
        const auto v = decide(m_mgr1, id, QStringLiteral("manager"));
        QVERIFY(!v.accepted);
        QCOMPARE(v.code, QStringLiteral("forbidden"));
        QVERIFY2(v.reason.contains(QStringLiteral("own")), qPrintable(v.reason));
        QCOMPARE(setStatus(m_mgr1, id, QStringLiteral("approved")).code, QStringLiteral("forbidden"));
    }

    void approvalMustComeFromItsApproverWithTheirRoles()
    {
        const QString id = awaitingRequest(m_agent, 50000);
        QVERIFY(!id.isEmpty());
        // mgr2 records mgr1 as the approver: refused.
        auto forged = pushOne(m_mgr2, QStringLiteral("aftersales_approvals"), uuid(),
                              {{QStringLiteral("request_id"), id},
                               {QStringLiteral("approver_id"), m_mgr1.id},
                               {QStringLiteral("approver_roles"), QStringLiteral("manager")},
                               {QStringLiteral("decision"), QStringLiteral("approved")}});
        QCOMPARE(forged.code, QStringLiteral("forbidden"));
        // A lead claiming the manager role: refused.
        QCOMPARE(decide(m_lead, id, QStringLiteral("manager")).code, QStringLiteral("forbidden"));
    }

    void secondApprovalBySameManagerIsRefusedAndLegalFlowIsAccepted()
    {
        const QString id = awaitingRequest(m_agent, 1200000); // ¥12,000: two managers
        QVERIFY(!id.isEmpty());
        QVERIFY(decide(m_mgr1, id, QStringLiteral("manager")).accepted);
        const auto twice = decide(m_mgr1, id, QStringLiteral("manager"));
        QVERIFY(!twice.accepted);
        QCOMPARE(twice.code, QStringLiteral("forbidden"));
        QVERIFY2(twice.reason.contains(QStringLiteral("already approved")), qPrintable(twice.reason));
        // One approval of two: not yet approved.
        const auto early = setStatus(m_mgr1, id, QStringLiteral("approved"));
        QCOMPARE(early.code, QStringLiteral("illegal_transition"));
        // The second manager approves and sets the status in the same push, as the desktop does.
        const Reply r = m_api->push(
            m_mgr2.token, {op(uuid(), QStringLiteral("aftersales_approvals"), uuid(),
                              {{QStringLiteral("request_id"), id},
                               {QStringLiteral("approver_id"), m_mgr2.id},
                               {QStringLiteral("approver_roles"), QStringLiteral("manager")},
                               {QStringLiteral("decision"), QStringLiteral("approved")}},
                              hlc(0, ++m_clock)),
                           op(uuid(), QStringLiteral("aftersales_requests"), id,
                              {{QStringLiteral("status"), QStringLiteral("approved")}}, hlc(0, ++m_clock))});
        QCOMPARE(r.status, 200);
        const auto both = sw::sync::protocol::parsePushResponse(r.body).value();
        QVERIFY(both.at(0).accepted);
        QVERIFY2(both.at(1).accepted, qPrintable(both.at(1).reason));
        // A third approval adds nothing.
        QCOMPARE(decide(m_lead, id, QStringLiteral("lead")).code, QStringLiteral("forbidden"));
        QVERIFY(setStatus(m_agent, id, QStringLiteral("executed")).accepted);
        QVERIFY(setStatus(m_agent, id, QStringLiteral("closed")).accepted);
        const auto reopen = setStatus(m_mgr1, id, QStringLiteral("checking"));
        QCOMPARE(reopen.code, QStringLiteral("illegal_transition"));
        // Decisions are never rewritten.
        const QString approvalRow =
            m_server
                ->query(QStringLiteral("SELECT row_id FROM sync_rows WHERE table_name = "
                                       "'aftersales_approvals' AND fields->>'approver_id' = ?"),
                        {m_mgr1.id})
                .value(0)
                .value(0)
                .toString();
        QVERIFY(!approvalRow.isEmpty());
        QCOMPARE(pushOne(m_mgr1, QStringLiteral("aftersales_approvals"), approvalRow,
                         {{QStringLiteral("decision"), QStringLiteral("rejected")}})
                     .code,
                 QStringLiteral("forbidden"));
    }

    void illegalJumpReturnsCurrentRow()
    {
        const QString id = newRequest(m_agent, 10000);
        QVERIFY(!id.isEmpty());
        const auto v = setStatus(m_agent, id, QStringLiteral("executed"));
        QVERIFY(!v.accepted);
        QCOMPARE(v.code, QStringLiteral("illegal_transition"));
        QVERIFY(v.current.has_value());
        QCOMPARE(v.current->fields.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        // Created past "submitted", or for someone else: refused.
        const QString other = uuid();
        QCOMPARE(pushOne(m_agent, QStringLiteral("aftersales_requests"), other,
                         {{QStringLiteral("status"), QStringLiteral("approved")},
                          {QStringLiteral("requester_id"), m_agent.id},
                          {QStringLiteral("amount_fen"), 100}})
                     .code,
                 QStringLiteral("illegal_transition"));
        QCOMPARE(pushOne(m_agent, QStringLiteral("aftersales_requests"), other,
                         {{QStringLiteral("status"), QStringLiteral("submitted")},
                          {QStringLiteral("requester_id"), m_lead.id},
                          {QStringLiteral("amount_fen"), 100}})
                     .code,
                 QStringLiteral("forbidden"));
    }

    void rejectAndReturnNeedTheirDetails()
    {
        const QString id = awaitingRequest(m_agent, 10000); // ¥100: any agent but the requester
        QVERIFY(!id.isEmpty());
        QCOMPARE(setStatus(m_lead, id, QStringLiteral("rejected")).code,
                 QStringLiteral("illegal_transition"));
        QVERIFY(setStatus(m_lead, id, QStringLiteral("returned_for_info"),
                          {{QStringLiteral("info_note"), QStringLiteral("请补充照片")}})
                    .accepted);
        QVERIFY(setStatus(m_agent, id, QStringLiteral("awaiting_approval")).accepted);
        QVERIFY(setStatus(m_lead, id, QStringLiteral("rejected"),
                          {{QStringLiteral("rejection_reason"), QStringLiteral("insufficient_evidence")},
                           {QStringLiteral("rejection_text"), QStringLiteral("照片看不清")}})
                    .accepted);
    }

    void overrideNeedsAnotherManagerWithAReason()
    {
        const QString id = newRequest(m_mgr1, 10000);
        QVERIFY(!id.isEmpty());
        const QJsonObject override{{QStringLiteral("status"), QStringLiteral("awaiting_approval")},
                                   {QStringLiteral("override_reason"), QStringLiteral("老客户，破例处理")}};
        auto by = [&](const Person& p) {
            QJsonObject o = override;
            o.insert(QStringLiteral("override_by"), p.id);
            return pushOne(p, QStringLiteral("aftersales_requests"), id, o);
        };
        QCOMPARE(by(m_lead).code, QStringLiteral("forbidden")); // not a manager
        QCOMPARE(by(m_mgr1).code, QStringLiteral("forbidden")); // the requester
        QJsonObject forged = override;
        forged.insert(QStringLiteral("override_by"), m_mgr2.id);
        QCOMPARE(pushOne(m_agent, QStringLiteral("aftersales_requests"), id, forged).code,
                 QStringLiteral("forbidden"));
        QJsonObject noReason = forged;
        noReason.insert(QStringLiteral("override_reason"), QStringLiteral(" "));
        QCOMPARE(pushOne(m_mgr2, QStringLiteral("aftersales_requests"), id, noReason).code,
                 QStringLiteral("invalid_value"));
        QVERIFY(by(m_mgr2).accepted);
    }

    void configuredLadderMovesTheBoundary()
    {
        const QString id = awaitingRequest(m_lead, 500000); // ¥5,000
        QVERIFY(!id.isEmpty());
        const QString setting = uuid();
        const QJsonObject ladder{{QStringLiteral("version"), 1},
                                 {QStringLiteral("agentLimit"), QStringLiteral("6000.00")},
                                 {QStringLiteral("leadLimit"), QStringLiteral("8000.00")},
                                 {QStringLiteral("multipleApprovalsAbove"), QStringLiteral("10000.00")},
                                 {QStringLiteral("approvalsAboveThreshold"), 2}};
        QVERIFY(pushOne(m_admin, QStringLiteral("settings"), setting,
                        {{QStringLiteral("key"), QStringLiteral("aftersales.approval_ladder")},
                         {QStringLiteral("value"),
                          QString::fromUtf8(QJsonDocument(ladder).toJson(QJsonDocument::Compact))}})
                    .accepted);
        QVERIFY(decide(m_agent, id, QStringLiteral("agent")).accepted);
        QVERIFY(setStatus(m_agent, id, QStringLiteral("approved")).accepted);
        // Back to the default: ¥5,000 needs a manager again.
        QVERIFY(pushOne(m_admin, QStringLiteral("settings"), setting, {{QStringLiteral("deleted"), true}})
                    .accepted);
        const QString next = awaitingRequest(m_lead, 500000);
        QCOMPARE(decide(m_agent, next, QStringLiteral("agent")).code, QStringLiteral("forbidden"));
    }

    void disputeDecisionNeedsAMediator()
    {
        const QString id = uuid();
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 3600;
        QVERIFY(pushOne(m_agent, QStringLiteral("disputes"), id,
                        {{QStringLiteral("status"), QStringLiteral("open")},
                         {QStringLiteral("claim_fen"), 10000},
                         {QStringLiteral("opened_by"), m_agent.id},
                         {QStringLiteral("evidence_deadline"), past}})
                    .accepted);
        const QJsonObject decision{{QStringLiteral("status"), QStringLiteral("decided")},
                                   {QStringLiteral("outcome"), QStringLiteral("full_refund")},
                                   {QStringLiteral("decided_at"), QDateTime::currentSecsSinceEpoch()}};
        QJsonObject byAgent = decision;
        byAgent.insert(QStringLiteral("decided_by"), m_agent.id);
        const auto v = pushOne(m_agent, QStringLiteral("disputes"), id, byAgent);
        QVERIFY(!v.accepted);
        QCOMPARE(v.code, QStringLiteral("forbidden"));
        QCOMPARE(v.current->fields.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(pushOne(m_agent, QStringLiteral("dispute_outcomes"), id,
                         {{QStringLiteral("dispute_id"), id},
                          {QStringLiteral("outcome"), QStringLiteral("full_refund")}})
                     .code,
                 QStringLiteral("forbidden"));
        QJsonObject byLead = decision;
        byLead.insert(QStringLiteral("decided_by"), m_lead.id);
        byLead.insert(QStringLiteral("first_decided_by"), m_lead.id);
        QVERIFY(pushOne(m_lead, QStringLiteral("disputes"), id, byLead).accepted);
        // Decided → closed only after the appeal period (or the appeal).
        QCOMPARE(pushOne(m_agent, QStringLiteral("disputes"), id,
                         {{QStringLiteral("status"), QStringLiteral("closed")}})
                     .code,
                 QStringLiteral("illegal_transition"));
        QVERIFY(pushOne(m_agent, QStringLiteral("disputes"), id,
                        {{QStringLiteral("status"), QStringLiteral("appealed")},
                         {QStringLiteral("appealed_at"), QDateTime::currentSecsSinceEpoch()}})
                    .accepted);
        // The appeal: a manager, not the first decider (a lead cannot).
        QJsonObject appeal = decision;
        appeal.insert(QStringLiteral("decided_by"), m_lead.id);
        QCOMPARE(pushOne(m_lead, QStringLiteral("disputes"), id, appeal).code, QStringLiteral("forbidden"));
        appeal.insert(QStringLiteral("decided_by"), m_mgr1.id);
        QVERIFY(pushOne(m_mgr1, QStringLiteral("disputes"), id, appeal).accepted);
    }
};

QTEST_GUILESS_MAIN(TestServerAfterSales)
#include "tst_server_aftersales.moc"
