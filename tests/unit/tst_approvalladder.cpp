// ApprovalLadder: every boundary amount ±1 fen, which roles approve which level, the
// two-approver rule, self-approval and double approval refused, counting qualifying
// approvals, and the ladder's JSON.

#include "domain/approvalladder.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::ApprovalLevel)
Q_DECLARE_METATYPE(sw::domain::ApprovalRecord)
Q_DECLARE_METATYPE(sw::ErrorCode)

namespace {

const QString kRequester = QStringLiteral("requester");

ApprovalRecord approval(const char* id, QList<Role> roles)
{
    return ApprovalRecord{QString::fromLatin1(id), std::move(roles)};
}

ApprovalState state(qint64 fen, QList<ApprovalRecord> approvals = {})
{
    return ApprovalState{Money::fromFen(fen), kRequester, std::move(approvals)};
}

} // namespace

class TestApprovalLadder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boundaries_data();
    void boundaries();
    void highestLevel_data();
    void highestLevel();
    void canApprove_data();
    void canApprove();
    void selfApprovalRefused_data();
    void selfApprovalRefused();
    void doubleApprovalRefused();
    void fullyApproved_data();
    void fullyApproved();
    void nonPositiveAmountRefused();
    void configuredLadder();
    void describeRequirement();
    void jsonRoundTrip();
    void invalidJson_data();
    void invalidJson();
};

void TestApprovalLadder::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestApprovalLadder::boundaries_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<ApprovalLevel>("level");
    QTest::addColumn<int>("approvals");
    using L = ApprovalLevel;
    QTest::newRow("¥0.01") << qint64(1) << L::Agent << 1;
    QTest::newRow("¥199.99") << qint64(19999) << L::Agent << 1;
    QTest::newRow("¥200.00") << qint64(20000) << L::Agent << 1;
    QTest::newRow("¥200.01") << qint64(20001) << L::Lead << 1;
    QTest::newRow("¥1,999.99") << qint64(199999) << L::Lead << 1;
    QTest::newRow("¥2,000.00") << qint64(200000) << L::Lead << 1;
    QTest::newRow("¥2,000.01") << qint64(200001) << L::Manager << 1;
    QTest::newRow("¥9,999.99") << qint64(999999) << L::Manager << 1;
    QTest::newRow("¥10,000.00") << qint64(1000000) << L::Manager << 1;
    QTest::newRow("¥10,000.01") << qint64(1000001) << L::Manager << 2;
    QTest::newRow("¥1,000,000.00") << qint64(100000000) << L::Manager << 2;
}

void TestApprovalLadder::boundaries()
{
    QFETCH(qint64, fen);
    QFETCH(ApprovalLevel, level);
    QFETCH(int, approvals);
    const ApprovalLadder ladder;
    QCOMPARE(ladder.requiredLevel(Money::fromFen(fen)), level);
    QCOMPARE(ladder.requiredApprovals(Money::fromFen(fen)), approvals);
}

void TestApprovalLadder::highestLevel_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<int>("level"); // -1: cannot approve
    QTest::newRow("agent") << QList<Role>{Role::Agent} << int(ApprovalLevel::Agent);
    QTest::newRow("lead") << QList<Role>{Role::Lead} << int(ApprovalLevel::Lead);
    QTest::newRow("manager") << QList<Role>{Role::Manager} << int(ApprovalLevel::Manager);
    QTest::newRow("agent and manager")
        << QList<Role>{Role::Agent, Role::Manager} << int(ApprovalLevel::Manager);
    QTest::newRow("admin") << QList<Role>{Role::Admin} << -1;
    QTest::newRow("auditor") << QList<Role>{Role::Auditor} << -1;
    QTest::newRow("trainer") << QList<Role>{Role::Trainer} << -1;
    QTest::newRow("admin and lead") << QList<Role>{Role::Admin, Role::Lead} << int(ApprovalLevel::Lead);
    QTest::newRow("nobody") << QList<Role>{} << -1;
}

void TestApprovalLadder::highestLevel()
{
    QFETCH(QList<Role>, roles);
    QFETCH(int, level);
    const auto highest = highestApprovalLevel(roles);
    QCOMPARE(highest.has_value(), level >= 0);
    if (highest)
        QCOMPARE(int(*highest), level);
}

void TestApprovalLadder::canApprove_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("allowed");
    const QList<Role> agent{Role::Agent};
    const QList<Role> lead{Role::Lead};
    const QList<Role> manager{Role::Manager};
    QTest::newRow("agent ¥200.00") << qint64(20000) << agent << true;
    QTest::newRow("agent ¥200.01") << qint64(20001) << agent << false;
    QTest::newRow("lead ¥200.00 (higher approves lower)") << qint64(20000) << lead << true;
    QTest::newRow("lead ¥200.01") << qint64(20001) << lead << true;
    QTest::newRow("lead ¥2,000.00") << qint64(200000) << lead << true;
    QTest::newRow("lead ¥2,000.01") << qint64(200001) << lead << false;
    QTest::newRow("manager ¥0.01") << qint64(1) << manager << true;
    QTest::newRow("manager ¥2,000.01") << qint64(200001) << manager << true;
    QTest::newRow("manager ¥10,000.01") << qint64(1000001) << manager << true;
    QTest::newRow("agent and lead ¥2,000.00")
        << qint64(200000) << QList<Role>{Role::Agent, Role::Lead} << true;
    QTest::newRow("admin ¥0.01") << qint64(1) << QList<Role>{Role::Admin} << false;
    QTest::newRow("auditor ¥0.01") << qint64(1) << QList<Role>{Role::Auditor} << false;
    QTest::newRow("trainer ¥0.01") << qint64(1) << QList<Role>{Role::Trainer} << false;
    QTest::newRow("admin and manager ¥10,000.01")
        << qint64(1000001) << QList<Role>{Role::Admin, Role::Manager} << true;
}

void TestApprovalLadder::canApprove()
{
    QFETCH(qint64, fen);
    QFETCH(QList<Role>, roles);
    QFETCH(bool, allowed);
    const ApprovalLadder ladder;
    const auto status = ladder.canApprove(state(fen), QStringLiteral("approver"), roles);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.code(), sw::ErrorCode::PermissionDenied);
        QVERIFY(!status.message().isEmpty());
    }
    // The approval, once given, counts exactly when it was allowed.
    const ApprovalState after = state(fen, {ApprovalRecord{QStringLiteral("approver"), roles}});
    QCOMPARE(ladder.qualifyingApprovals(after), allowed ? 1 : 0);
}

void TestApprovalLadder::selfApprovalRefused_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QList<Role>>("roles");
    QTest::newRow("agent, small amount") << qint64(100) << QList<Role>{Role::Agent};
    QTest::newRow("manager, any amount") << qint64(200001) << QList<Role>{Role::Manager};
    QTest::newRow("manager, two-approver amount") << qint64(1000001) << QList<Role>{Role::Manager};
}

void TestApprovalLadder::selfApprovalRefused()
{
    QFETCH(qint64, fen);
    QFETCH(QList<Role>, roles);
    const ApprovalLadder ladder;
    const auto status = ladder.canApprove(state(fen), kRequester, roles);
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), sw::ErrorCode::SeparationOfDuty);
    QVERIFY(status.message().contains(QStringLiteral("own request")));
    // And a self-approval that slipped into the data never counts.
    QCOMPARE(ladder.qualifyingApprovals(state(fen, {ApprovalRecord{kRequester, roles}})), 0);
    QVERIFY(!ladder.isFullyApproved(state(fen, {ApprovalRecord{kRequester, roles}})));
}

void TestApprovalLadder::doubleApprovalRefused()
{
    const ApprovalLadder ladder;
    const QList<Role> manager{Role::Manager};
    ApprovalState s = state(1000001, {approval("m1", manager)});
    const auto twice = ladder.canApprove(s, QStringLiteral("m1"), manager);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.code(), sw::ErrorCode::SeparationOfDuty);
    QVERIFY(twice.message().contains(QStringLiteral("already approved")));
    QVERIFY(ladder.canApprove(s, QStringLiteral("m2"), manager).ok());

    // Even an approval that did not count (a lead before the amount rose) blocks a second one
    // by the same person.
    const ApprovalState raised = state(200001, {approval("l1", {Role::Lead, Role::Manager})});
    QCOMPARE(ladder.canApprove(raised, QStringLiteral("l1"), {Role::Lead, Role::Manager}).code(),
             sw::ErrorCode::SeparationOfDuty);

    s.approvals.append(approval("m2", manager));
    QVERIFY(ladder.isFullyApproved(s));
    const auto more = ladder.canApprove(s, QStringLiteral("m3"), manager);
    QVERIFY(!more.ok());
    QCOMPARE(more.code(), sw::ErrorCode::Conflict);
}

void TestApprovalLadder::fullyApproved_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QList<ApprovalRecord>>("approvals");
    QTest::addColumn<int>("qualifying");
    QTest::addColumn<bool>("full");
    const QList<Role> agent{Role::Agent};
    const QList<Role> lead{Role::Lead};
    const QList<Role> manager{Role::Manager};
    QTest::newRow("none") << qint64(100) << QList<ApprovalRecord>{} << 0 << false;
    QTest::newRow("¥200.00 one agent") << qint64(20000) << QList{approval("a1", agent)} << 1 << true;
    QTest::newRow("¥200.01 one agent (amount raised)")
        << qint64(20001) << QList{approval("a1", agent)} << 0 << false;
    QTest::newRow("¥200.01 agent then lead")
        << qint64(20001) << QList{approval("a1", agent), approval("l1", lead)} << 1 << true;
    QTest::newRow("¥10,000.00 one manager") << qint64(1000000) << QList{approval("m1", manager)} << 1 << true;
    QTest::newRow("¥10,000.01 one manager")
        << qint64(1000001) << QList{approval("m1", manager)} << 1 << false;
    QTest::newRow("¥10,000.01 two managers")
        << qint64(1000001) << QList{approval("m1", manager), approval("m2", manager)} << 2 << true;
    QTest::newRow("¥10,000.01 same manager twice")
        << qint64(1000001) << QList{approval("m1", manager), approval("m1", manager)} << 1 << false;
    QTest::newRow("¥10,000.01 manager and lead")
        << qint64(1000001) << QList{approval("m1", manager), approval("l1", lead)} << 1 << false;
    QTest::newRow("¥10,000.01 requester and manager")
        << qint64(1000001) << QList{approval("requester", manager), approval("m1", manager)} << 1 << false;
    QTest::newRow("¥10,000.01 admin and manager")
        << qint64(1000001) << QList{approval("x1", {Role::Admin}), approval("m1", manager)} << 1 << false;
    QTest::newRow("¥10,000.01 three managers")
        << qint64(1000001) << QList{approval("m1", manager), approval("m2", manager), approval("m3", manager)}
        << 3 << true;
}

void TestApprovalLadder::fullyApproved()
{
    QFETCH(qint64, fen);
    QFETCH(QList<ApprovalRecord>, approvals);
    QFETCH(int, qualifying);
    QFETCH(bool, full);
    const ApprovalLadder ladder;
    const ApprovalState s = state(fen, approvals);
    QCOMPARE(ladder.qualifyingApprovals(s), qualifying);
    QCOMPARE(ladder.isFullyApproved(s), full);
    QCOMPARE(ladder.approvalsStillNeeded(s), qMax(0, ladder.requiredApprovals(s.amount) - qualifying));
    QCOMPARE(ladder.approvalsStillNeeded(s) == 0, full);
}

void TestApprovalLadder::nonPositiveAmountRefused()
{
    const ApprovalLadder ladder;
    for (qint64 fen : {qint64(0), qint64(-1)}) {
        const auto status = ladder.canApprove(state(fen), QStringLiteral("m1"), {Role::Manager});
        QVERIFY(!status.ok());
        QCOMPARE(status.code(), sw::ErrorCode::InvalidInput);
        QVERIFY(!ladder.isFullyApproved(state(fen, {approval("m1", {Role::Manager})})));
    }
}

void TestApprovalLadder::configuredLadder()
{
    ApprovalLadder ladder;
    ladder.setAgentLimit(Money::fromYuan(100));
    ladder.setLeadLimit(Money::fromYuan(500));
    ladder.setMultipleApprovalsAbove(Money::fromYuan(1000));
    ladder.setApprovalsAboveThreshold(3);
    QVERIFY(ladder.validate().ok());
    QCOMPARE(ladder.requiredLevel(Money::fromFen(10000)), ApprovalLevel::Agent);
    QCOMPARE(ladder.requiredLevel(Money::fromFen(10001)), ApprovalLevel::Lead);
    QCOMPARE(ladder.requiredLevel(Money::fromFen(50001)), ApprovalLevel::Manager);
    QCOMPARE(ladder.requiredApprovals(Money::fromFen(100000)), 1);
    QCOMPARE(ladder.requiredApprovals(Money::fromFen(100001)), 3);
    const QList<Role> manager{Role::Manager};
    ApprovalState s = state(100001, {approval("m1", manager), approval("m2", manager)});
    QVERIFY(!ladder.isFullyApproved(s));
    QCOMPARE(ladder.approvalsStillNeeded(s), 1);
    s.approvals.append(approval("m3", manager));
    QVERIFY(ladder.isFullyApproved(s));
}

void TestApprovalLadder::describeRequirement()
{
    const ApprovalLadder ladder;
    const QString one = ladder.describeRequirement(Money::fromYuan(2000));
    QVERIFY2(one.contains(displayName(ApprovalLevel::Lead)), qPrintable(one));
    const QString two = ladder.describeRequirement(Money::fromFen(1000001));
    QVERIFY2(two.startsWith(QStringLiteral("2 ")) && two.contains(displayName(ApprovalLevel::Manager)),
             qPrintable(two));
    QVERIFY(one != two);
}

void TestApprovalLadder::jsonRoundTrip()
{
    ApprovalLadder ladder;
    ladder.setAgentLimit(Money::fromFen(15050));
    ladder.setLeadLimit(Money::fromYuan(3000));
    ladder.setMultipleApprovalsAbove(Money::fromYuan(50000));
    ladder.setApprovalsAboveThreshold(3);
    const QJsonObject json = ladder.toJson();
    QCOMPARE(json.value(QStringLiteral("agentLimit")).toString(), QStringLiteral("150.50"));
    const QByteArray text = QJsonDocument(json).toJson();
    const auto back = ApprovalLadder::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(back.value() == ladder);
    QVERIFY(!(back.value() == ApprovalLadder()));
    QVERIFY(ApprovalLadder::fromJson(QJsonObject()).value() == ApprovalLadder());
    QVERIFY(ApprovalLadder::fromJson(ApprovalLadder().toJson()).value() == ApprovalLadder());
    // Money as typed by an administrator is accepted too.
    const auto typed =
        ApprovalLadder::fromJson(QJsonDocument::fromJson(R"({"leadLimit": "¥2,500.00"})").object());
    QVERIFY2(typed.ok(), qPrintable(typed.message()));
    QCOMPARE(typed.value().leadLimit(), Money::fromYuan(2500));
}

void TestApprovalLadder::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("agent limit zero")
        << QByteArray(R"({"agentLimit": "0"})") << QStringLiteral("agents must be");
    QTest::newRow("agent limit negative")
        << QByteArray(R"({"agentLimit": "-5"})") << QStringLiteral("negative");
    QTest::newRow("agent limit as number") << QByteArray(R"({"agentLimit": 200})") << QStringLiteral("text");
    QTest::newRow("agent limit three decimals")
        << QByteArray(R"({"agentLimit": "200.001"})") << QStringLiteral("decimal");
    QTest::newRow("lead equal to agent")
        << QByteArray(R"({"agentLimit": "2000.00"})") << QStringLiteral("must be higher");
    QTest::newRow("lead below agent")
        << QByteArray(R"({"leadLimit": "199.99"})") << QStringLiteral("¥199.99");
    QTest::newRow("threshold zero") << QByteArray(R"({"multipleApprovalsAbove": "0.00"})")
                                    << QStringLiteral("several approvals");
    QTest::newRow("one approval above")
        << QByteArray(R"({"approvalsAboveThreshold": 1})") << QStringLiteral("between 2 and 5");
    QTest::newRow("six approvals above")
        << QByteArray(R"({"approvalsAboveThreshold": 6})") << QStringLiteral("between 2 and 5");
    QTest::newRow("approvals as text")
        << QByteArray(R"({"approvalsAboveThreshold": "2"})") << QStringLiteral("whole number");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2})") << QStringLiteral("newer");
}

void TestApprovalLadder::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const auto result = ApprovalLadder::fromJson(doc.object());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), sw::ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestApprovalLadder)
#include "tst_approvalladder.moc"
