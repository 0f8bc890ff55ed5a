// shopwarden-server end to end, the merchant-review rules of a push (issue 6;
// server/merchantrules.h): MerchantWorkflow with the pushing auditor as the actor, the
// four-eyes rule, documents and the credit file, and who pulls merchant rows — against a
// real PostgreSQL and server process (support/serverfixture.h).

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
using swtest::uuid;

class TestServerMerchants : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<swtest::ApiClient> m_api;
    int m_clock = 0;
    struct Person
    {
        QString id;
        QString token;
    };
    Person m_auditor1, m_auditor2, m_agent, m_manager;

    Person person(const QString& login, const QStringList& roles)
    {
        const QString password = login + QStringLiteral("-pass-1");
        Person p;
        p.id = m_server->addUser(login, password, roles);
        p.token = m_api->tokenFor(login, password);
        return p;
    }

    sw::sync::Verdict pushOne(const Person& who, const QString& table, const QString& rowId, const QJsonObject& fields)
    {
        const Reply r = m_api->push(who.token, {op(uuid(), table, rowId, fields, hlc(0, ++m_clock))});
        if (r.status != 200)
            return {};
        const auto v = sw::sync::protocol::parsePushResponse(r.body);
        return v && v.value().size() == 1 ? v.value().first() : sw::sync::Verdict{};
    }

    QString newReview(const Person& who)
    {
        const QString id = uuid();
        const auto v = pushOne(who, QStringLiteral("merchant_reviews"), id,
                               {{QStringLiteral("number"), QStringLiteral("MR-20261129-000001")},
                                {QStringLiteral("merchant_id"), uuid()},
                                {QStringLiteral("kind"), QStringLiteral("application")},
                                {QStringLiteral("legal_name"), QStringLiteral("杭州好物商贸有限公司")},
                                {QStringLiteral("credit_code"), QStringLiteral("91330106000079190X")},
                                {QStringLiteral("legal_rep"), QStringLiteral("陈立")},
                                {QStringLiteral("status"), QStringLiteral("submitted")},
                                {QStringLiteral("submitted_at"), QDateTime::currentSecsSinceEpoch()}});
        return v.accepted ? id : QString();
    }

    sw::sync::Verdict step(const Person& who, const QString& id, QJsonObject fields)
    {
        return pushOne(who, QStringLiteral("merchant_reviews"), id, fields);
    }

    QHash<QString, QString> pulledTables(const Person& who)
    {
        QHash<QString, QString> out; // row id → table
        const Reply r = m_api->call("GET", QStringLiteral("/v1/sync/pull?after=0&limit=5000"), {}, who.token);
        for (const QJsonValue& v : r.json().value(QStringLiteral("rows")).toArray())
            out.insert(v.toObject().value(QStringLiteral("row_id")).toString(),
                       v.toObject().value(QStringLiteral("table")).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sw::services::declareAllSyncedTables();
        m_server = std::make_unique<ServerFixture>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        m_api = std::make_unique<swtest::ApiClient>(*m_server);
        m_auditor1 = person(QStringLiteral("mr-aud1"), {QStringLiteral("auditor")});
        m_auditor2 = person(QStringLiteral("mr-aud2"), {QStringLiteral("auditor")});
        m_agent = person(QStringLiteral("mr-agent"), {QStringLiteral("agent")});
        m_manager = person(QStringLiteral("mr-mgr"), {QStringLiteral("manager")});
        for (const Person* p : {&m_auditor1, &m_auditor2, &m_agent, &m_manager})
            QVERIFY(!p->token.isEmpty());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_server.reset();
    }

    void onlyAuditorsWriteReviews()
    {
        QVERIFY(newReview(m_agent).isEmpty());
        QVERIFY(newReview(m_manager).isEmpty());
        const QString id = newReview(m_auditor1);
        QVERIFY(!id.isEmpty());
        const auto byAgent = step(m_agent, id, {{QStringLiteral("status"), QStringLiteral("in_review")},
                                                {QStringLiteral("first_reviewer_id"), m_agent.id}});
        QCOMPARE(byAgent.code, QStringLiteral("forbidden"));
        // A new review starts as submitted.
        const auto skipped = pushOne(m_auditor1, QStringLiteral("merchant_reviews"), uuid(),
                                     {{QStringLiteral("status"), QStringLiteral("approved")}});
        QCOMPARE(skipped.code, QStringLiteral("illegal_transition"));
    }

    void workflowAndFourEyesOnTheServer()
    {
        const QString id = newReview(m_auditor1);
        QVERIFY(!id.isEmpty());
        // Taking makes the pusher the first reviewer; nobody else may claim it.
        const auto wrongTaker = step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("in_review")},
                                                      {QStringLiteral("first_reviewer_id"), m_auditor2.id}});
        QCOMPARE(wrongTaker.code, QStringLiteral("forbidden"));
        QVERIFY(step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("in_review")},
                                      {QStringLiteral("first_reviewer_id"), m_auditor1.id}})
                    .accepted);
        // Taken offline by the other auditor as well: refused, the first one keeps it.
        const auto late = step(m_auditor2, id, {{QStringLiteral("status"), QStringLiteral("in_review")},
                                                {QStringLiteral("first_reviewer_id"), m_auditor2.id}});
        QVERIFY(!late.accepted);
        QVERIFY(late.current.has_value());
        QCOMPARE(late.current->fields.value(QStringLiteral("first_reviewer_id")).toString(), m_auditor1.id);
        // Only the first reviewer gives the first approval.
        QCOMPARE(step(m_auditor2, id, {{QStringLiteral("status"), QStringLiteral("second_review")}}).code,
                 QStringLiteral("forbidden"));
        QVERIFY(step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("second_review")}}).accepted);
        // Four-eyes: the first reviewer's second review is refused.
        const auto same = step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("approved")},
                                                {QStringLiteral("second_reviewer_id"), m_auditor1.id}});
        QVERIFY(!same.accepted);
        QCOMPARE(same.code, QStringLiteral("separation_of_duty"));
        QVERIFY(step(m_auditor2, id, {{QStringLiteral("status"), QStringLiteral("approved")},
                                      {QStringLiteral("second_reviewer_id"), m_auditor2.id}})
                    .accepted);
        // Decided: no way back.
        QCOMPARE(step(m_auditor2, id, {{QStringLiteral("status"), QStringLiteral("in_review")}}).code,
                 QStringLiteral("illegal_transition"));
    }

    void rejectionNeedsReasonAndText()
    {
        const QString id = newReview(m_auditor1);
        QVERIFY(step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("in_review")},
                                      {QStringLiteral("first_reviewer_id"), m_auditor1.id}})
                    .accepted);
        QCOMPARE(step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("rejected")}}).code,
                 QStringLiteral("invalid_value"));
        QVERIFY(step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("rejected")},
                                      {QStringLiteral("reject_reason"), QStringLiteral("false_information")},
                                      {QStringLiteral("reject_text"), QStringLiteral("信息不实")}})
                    .accepted);
    }

    void documentsFollowTheReview()
    {
        const QString id = newReview(m_auditor1);
        const QJsonObject doc{{QStringLiteral("review_id"), id},
                              {QStringLiteral("kind"), QStringLiteral("business_licence")},
                              {QStringLiteral("number"), QStringLiteral("BL-1")},
                              {QStringLiteral("file_name"), QStringLiteral("licence.png")},
                              {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                              {QStringLiteral("size"), 3},
                              {QStringLiteral("sha256"), QString(64, QLatin1Char('d'))},
                              {QStringLiteral("verified"), 0}};
        QCOMPARE(pushOne(m_agent, QStringLiteral("merchant_documents"), uuid(), doc).code, QStringLiteral("forbidden"));
        const QString docId = uuid();
        QVERIFY(pushOne(m_auditor2, QStringLiteral("merchant_documents"), docId, doc).accepted); // before it is taken
        QVERIFY(step(m_auditor1, id, {{QStringLiteral("status"), QStringLiteral("in_review")},
                                      {QStringLiteral("first_reviewer_id"), m_auditor1.id}})
                    .accepted);
        QCOMPARE(pushOne(m_auditor2, QStringLiteral("merchant_documents"), docId, {{QStringLiteral("verified"), 1}}).code,
                 QStringLiteral("forbidden"));
        QVERIFY(pushOne(m_auditor1, QStringLiteral("merchant_documents"), docId, {{QStringLiteral("verified"), 1}}).accepted);
        QCOMPARE(pushOne(m_auditor1, QStringLiteral("merchant_documents"), docId, {{QStringLiteral("number"), QStringLiteral("X")}})
                     .code,
                 QStringLiteral("forbidden"));
        QJsonObject orphan = doc;
        orphan.insert(QStringLiteral("review_id"), uuid());
        QCOMPARE(pushOne(m_auditor1, QStringLiteral("merchant_documents"), uuid(), orphan).code,
                 QStringLiteral("invalid_value"));
    }

    void creditFileByAuditorsAndManagers()
    {
        const QJsonObject event{{QStringLiteral("merchant_id"), uuid()},
                                {QStringLiteral("kind"), QStringLiteral("failed_spot_check")},
                                {QStringLiteral("delta"), -10},
                                {QStringLiteral("rules_version"), 1},
                                {QStringLiteral("explanation"), QStringLiteral("抽检不合格")},
                                {QStringLiteral("occurred_on"), QStringLiteral("2026-11-20")},
                                {QStringLiteral("recorded_at"), QDateTime::currentSecsSinceEpoch()}};
        QCOMPARE(pushOne(m_agent, QStringLiteral("credit_events"), uuid(), event).code, QStringLiteral("forbidden"));
        const QString eventId = uuid();
        QVERIFY(pushOne(m_manager, QStringLiteral("credit_events"), eventId, event).accepted);
        QCOMPARE(pushOne(m_manager, QStringLiteral("credit_events"), eventId, {{QStringLiteral("delta"), 5}}).code,
                 QStringLiteral("forbidden"));
        QJsonObject huge = event;
        huge.insert(QStringLiteral("delta"), -500);
        QCOMPARE(pushOne(m_auditor1, QStringLiteral("credit_events"), uuid(), huge).code, QStringLiteral("invalid_value"));
        QJsonObject measure{{QStringLiteral("merchant_id"), uuid()},
                            {QStringLiteral("kind"), QStringLiteral("suspension")},
                            {QStringLiteral("reason"), QStringLiteral("严重违规")},
                            {QStringLiteral("starts_on"), QStringLiteral("2026-11-29")},
                            {QStringLiteral("ends_on"), QString()}};
        QCOMPARE(pushOne(m_auditor1, QStringLiteral("credit_actions"), uuid(), measure).code,
                 QStringLiteral("invalid_value"));
        measure.insert(QStringLiteral("ends_on"), QStringLiteral("2026-12-29"));
        QVERIFY(pushOne(m_auditor1, QStringLiteral("credit_actions"), uuid(), measure).accepted);
    }

    void merchantRowsOnlyReachTheirReaders()
    {
        const QString id = newReview(m_auditor1);
        QVERIFY(!id.isEmpty());
        QCOMPARE(pulledTables(m_auditor2).value(id), QStringLiteral("merchant_reviews"));
        QCOMPARE(pulledTables(m_manager).value(id), QStringLiteral("merchant_reviews"));
        const QHash<QString, QString> agentRows = pulledTables(m_agent);
        QVERIFY(!agentRows.contains(id));
        for (const QString& table : agentRows)
            QVERIFY2(!table.startsWith(QStringLiteral("merchant_")) && !table.startsWith(QStringLiteral("credit_")),
                     qPrintable(table));
    }
};

QTEST_MAIN(TestServerMerchants)
#include "tst_server_merchants.moc"
