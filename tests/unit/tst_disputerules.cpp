// Dispute mediation: evidence deadlines (calendar hours and business days, the deadline
// instant itself), the appeal window at 7 days and 7 days + 1 s, one appeal only, who may
// decide and appeal, decision amounts at ±1 fen, every status pair, and the policy's JSON.

#include "domain/disputerules.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::DisputeStatus)
Q_DECLARE_METATYPE(sw::domain::DisputeParty)
Q_DECLARE_METATYPE(sw::domain::DisputeOutcome)
Q_DECLARE_METATYPE(sw::ErrorCode)

namespace {

const QTimeZone kBeijing = QTimeZone(8 * 3600);
// Friday 6 March 2026, 10:00 Beijing time.
const QDateTime kOpened(QDate(2026, 3, 6), QTime(10, 0), kBeijing);
constexpr qint64 kDay = 24 * 3600;

DisputeTransitionContext openContext(qint64 secsSinceOpening)
{
    DisputeTransitionContext ctx;
    ctx.evidenceDeadline = DisputePolicy().evidenceDeadline(kOpened);
    ctx.now = kOpened.addSecs(secsSinceOpening);
    return ctx;
}

DisputeTransitionContext decidedContext(qint64 secsSinceDecision, bool appealUsed = false)
{
    DisputeTransitionContext ctx;
    ctx.decidedAt = kOpened.addSecs(3 * kDay);
    ctx.now = ctx.decidedAt.addSecs(secsSinceDecision);
    ctx.appealUsed = appealUsed;
    return ctx;
}

// Every condition met: only the diagram decides.
DisputeTransitionContext fullContext()
{
    DisputeTransitionContext ctx = decidedContext(3600);
    ctx.evidenceDeadline = DisputePolicy().evidenceDeadline(kOpened);
    ctx.buyerSubmitted = ctx.merchantSubmitted = true;
    ctx.settledByParties = true;
    ctx.appealUsed = false;
    return ctx;
}

} // namespace

class TestDisputeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evidenceDeadline();
    void evidenceDeadlineOnBusinessDays();
    void submitEvidence_data();
    void submitEvidence();
    void decideBeforeDeadline_data();
    void decideBeforeDeadline();
    void appealWindow_data();
    void appealWindow();
    void appealOnlyOnce();
    void appealByParty_data();
    void appealByParty();
    void closeAfterDecision_data();
    void closeAfterDecision();
    void withdrawOpenDispute();
    void everyPair_data();
    void everyPair();
    void decisions_data();
    void decisions();
    void upheldAgainstMerchant();
    void whoDecides_data();
    void whoDecides();
    void policyJson();
    void policyInvalidJson_data();
    void policyInvalidJson();
};

void TestDisputeRules::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDisputeRules::evidenceDeadline()
{
    const DisputePolicy policy;
    QCOMPARE(policy.evidenceWindowSecs(), 48 * 3600);
    QCOMPARE(policy.appealWindowSecs(), 7 * kDay);
    QCOMPARE(policy.evidenceDeadline(kOpened), kOpened.addSecs(48 * 3600));
    QCOMPARE(policy.appealDeadline(kOpened), kOpened.addSecs(7 * kDay));
    QVERIFY(!policy.evidenceDeadline(QDateTime()).isValid());
    DisputePolicy longer;
    longer.setEvidenceHours(72);
    QCOMPARE(longer.evidenceDeadline(kOpened), kOpened.addSecs(72 * 3600));
}

void TestDisputeRules::evidenceDeadlineOnBusinessDays()
{
    // Opened Friday 10:00: 14 h on Friday, the weekend does not count, 24 h on Monday,
    // the last 10 h on Tuesday.
    const BusinessCalendar weekdays;
    const QDateTime deadline = DisputePolicy().evidenceDeadline(kOpened, &weekdays);
    QCOMPARE(deadline, QDateTime(QDate(2026, 3, 10), QTime(10, 0), kBeijing));
    QVERIFY(deadline > DisputePolicy().evidenceDeadline(kOpened));
}

void TestDisputeRules::submitEvidence_data()
{
    QTest::addColumn<DisputeParty>("party");
    QTest::addColumn<DisputeStatus>("status");
    QTest::addColumn<qint64>("secsSinceOpening");
    QTest::addColumn<bool>("allowed");
    using P = DisputeParty;
    using S = DisputeStatus;
    const qint64 deadline = 48 * 3600;
    QTest::newRow("buyer, first hour") << P::Buyer << S::Open << qint64(3600) << true;
    QTest::newRow("buyer, at the deadline") << P::Buyer << S::Open << deadline << true;
    QTest::newRow("buyer, 1 s late") << P::Buyer << S::Open << deadline + 1 << false;
    QTest::newRow("merchant, at the deadline") << P::Merchant << S::Open << deadline << true;
    QTest::newRow("merchant, a day late") << P::Merchant << S::Open << deadline + kDay << false;
    QTest::newRow("platform, a day late") << P::Platform << S::Open << deadline + kDay << true;
    QTest::newRow("buyer, after the decision") << P::Buyer << S::Decided << qint64(3600) << false;
    QTest::newRow("platform, after the decision") << P::Platform << S::Decided << qint64(3600) << false;
    QTest::newRow("merchant, closed") << P::Merchant << S::Closed << qint64(3600) << false;
}

void TestDisputeRules::submitEvidence()
{
    QFETCH(DisputeParty, party);
    QFETCH(DisputeStatus, status);
    QFETCH(qint64, secsSinceOpening);
    QFETCH(bool, allowed);
    const DisputeTransitionContext ctx = openContext(secsSinceOpening);
    const auto result = DisputeRules::canSubmitEvidence(party, status, ctx.evidenceDeadline, ctx.now);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.code(), sw::ErrorCode::IllegalTransition);
        if (status == DisputeStatus::Open)
            QVERIFY2(result.message().contains(displayName(party)), qPrintable(result.message()));
    }
}

void TestDisputeRules::decideBeforeDeadline_data()
{
    QTest::addColumn<qint64>("secsSinceOpening");
    QTest::addColumn<bool>("buyer");
    QTest::addColumn<bool>("merchant");
    QTest::addColumn<bool>("allowed");
    const qint64 deadline = 48 * 3600;
    QTest::newRow("early, nothing submitted") << qint64(3600) << false << false << false;
    QTest::newRow("early, buyer only") << qint64(3600) << true << false << false;
    QTest::newRow("early, merchant only") << qint64(3600) << false << true << false;
    QTest::newRow("early, both submitted") << qint64(3600) << true << true << true;
    QTest::newRow("at the deadline, buyer only") << deadline << true << false << false;
    QTest::newRow("1 s after the deadline, nothing") << deadline + 1 << false << false << true;
}

void TestDisputeRules::decideBeforeDeadline()
{
    QFETCH(qint64, secsSinceOpening);
    QFETCH(bool, buyer);
    QFETCH(bool, merchant);
    QFETCH(bool, allowed);
    DisputeTransitionContext ctx = openContext(secsSinceOpening);
    ctx.buyerSubmitted = buyer;
    ctx.merchantSubmitted = merchant;
    const auto status = DisputeRules::canTransition(DisputeStatus::Open, DisputeStatus::Decided, ctx, {});
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QVERIFY(status.message().contains(QStringLiteral("evidence deadline")));
}

void TestDisputeRules::appealWindow_data()
{
    QTest::addColumn<qint64>("secsSinceDecision");
    QTest::addColumn<int>("appealDays");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("same minute") << qint64(60) << 7 << true;
    QTest::newRow("6 days") << 6 * kDay << 7 << true;
    QTest::newRow("exactly 7 days") << 7 * kDay << 7 << true;
    QTest::newRow("7 days + 1 s") << 7 * kDay + 1 << 7 << false;
    QTest::newRow("30 days") << 30 * kDay << 7 << false;
    QTest::newRow("10 days, policy 14") << 10 * kDay << 14 << true;
    QTest::newRow("14 days + 1 s, policy 14") << 14 * kDay + 1 << 14 << false;
}

void TestDisputeRules::appealWindow()
{
    QFETCH(qint64, secsSinceDecision);
    QFETCH(int, appealDays);
    QFETCH(bool, allowed);
    DisputePolicy policy;
    policy.setAppealDays(appealDays);
    const DisputeTransitionContext ctx = decidedContext(secsSinceDecision);
    for (DisputeParty party : {DisputeParty::Buyer, DisputeParty::Merchant}) {
        const auto status = DisputeRules::canAppeal(party, DisputeStatus::Decided, ctx, policy);
        QCOMPARE(status.ok(), allowed);
        if (!allowed) {
            QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
            QVERIFY2(status.message().contains(QStringLiteral("within %1 days").arg(appealDays)),
                     qPrintable(status.message()));
        }
    }
    QCOMPARE(DisputeRules::allowedTransitions(DisputeStatus::Decided, ctx, policy)
                 .contains(DisputeStatus::Appealed),
             allowed);
}

void TestDisputeRules::appealOnlyOnce()
{
    const DisputeTransitionContext ctx = decidedContext(3600, /*appealUsed=*/true);
    const auto status = DisputeRules::canAppeal(DisputeParty::Buyer, DisputeStatus::Decided, ctx, {});
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
    QVERIFY(status.message().contains(QStringLiteral("final")));
    // Under appeal, the next step is the appeal decision.
    QCOMPARE(DisputeRules::allowedTransitions(DisputeStatus::Appealed, ctx, {}),
             QList<DisputeStatus>{DisputeStatus::Decided});
}

void TestDisputeRules::appealByParty_data()
{
    QTest::addColumn<DisputeParty>("party");
    QTest::addColumn<DisputeStatus>("status");
    QTest::addColumn<sw::ErrorCode>("code");
    QTest::newRow("platform") << DisputeParty::Platform << DisputeStatus::Decided
                              << sw::ErrorCode::PermissionDenied;
    QTest::newRow("buyer, still open")
        << DisputeParty::Buyer << DisputeStatus::Open << sw::ErrorCode::IllegalTransition;
    QTest::newRow("merchant, already appealed")
        << DisputeParty::Merchant << DisputeStatus::Appealed << sw::ErrorCode::IllegalTransition;
    QTest::newRow("buyer, closed") << DisputeParty::Buyer << DisputeStatus::Closed
                                   << sw::ErrorCode::IllegalTransition;
}

void TestDisputeRules::appealByParty()
{
    QFETCH(DisputeParty, party);
    QFETCH(DisputeStatus, status);
    QFETCH(sw::ErrorCode, code);
    const auto result = DisputeRules::canAppeal(party, status, decidedContext(3600), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), code);
}

void TestDisputeRules::closeAfterDecision_data()
{
    QTest::addColumn<qint64>("secsSinceDecision");
    QTest::addColumn<bool>("appealUsed");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("during the appeal period") << 3 * kDay << false << false;
    QTest::newRow("at the end of the appeal period") << 7 * kDay << false << false;
    QTest::newRow("1 s after the appeal period") << 7 * kDay + 1 << false << true;
    QTest::newRow("after the appeal decision") << qint64(60) << true << true;
}

void TestDisputeRules::closeAfterDecision()
{
    QFETCH(qint64, secsSinceDecision);
    QFETCH(bool, appealUsed);
    QFETCH(bool, allowed);
    const auto status = DisputeRules::canTransition(DisputeStatus::Decided, DisputeStatus::Closed,
                                                    decidedContext(secsSinceDecision, appealUsed), {});
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QVERIFY(status.message().contains(QStringLiteral("appeal period")));
}

void TestDisputeRules::withdrawOpenDispute()
{
    DisputeTransitionContext ctx = openContext(3600);
    QVERIFY(!DisputeRules::canTransition(DisputeStatus::Open, DisputeStatus::Closed, ctx, {}).ok());
    ctx.settledByParties = true;
    QVERIFY(DisputeRules::canTransition(DisputeStatus::Open, DisputeStatus::Closed, ctx, {}).ok());
}

void TestDisputeRules::everyPair_data()
{
    QTest::addColumn<DisputeStatus>("from");
    QTest::addColumn<DisputeStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = DisputeStatus;
    const QList<std::pair<S, S>> legal = {
        {S::Open, S::Decided},
        {S::Open, S::Closed},
        {S::Decided, S::Appealed},
        {S::Appealed, S::Decided},
    };
    for (S from : allDisputeStatuses()) {
        for (S to : allDisputeStatuses()) {
            const bool isLegal = legal.contains(std::make_pair(from, to));
            QTest::addRow("%s -> %s", qPrintable(code(from)), qPrintable(code(to))) << from << to << isLegal;
        }
    }
}

void TestDisputeRules::everyPair()
{
    QFETCH(DisputeStatus, from);
    QFETCH(DisputeStatus, to);
    QFETCH(bool, legal);
    // Decided → Closed is an edge too, but during the appeal period (fullContext) it is
    // refused; closeAfterDecision() covers it.
    const bool edge = legal || (from == DisputeStatus::Decided && to == DisputeStatus::Closed);
    QCOMPARE(DisputeRules::isEdge(from, to), edge);
    const auto status = DisputeRules::canTransition(from, to, fullContext(), {});
    QCOMPARE(status.ok(), legal);
    if (!legal) {
        QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
        QVERIFY2(status.message().contains(displayName(from)), qPrintable(status.message()));
        if (from != to)
            QVERIFY2(status.message().contains(displayName(to)), qPrintable(status.message()));
    }
}

void TestDisputeRules::decisions_data()
{
    QTest::addColumn<DisputeOutcome>("outcome");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("refund"); // what the buyer gets, when valid
    using O = DisputeOutcome;
    const QString why = QStringLiteral("The photos show the seal broken on arrival.");
    const qint64 request = 50000;
    QTest::newRow("full refund") << O::FullRefund << qint64(0) << why << true << request;
    QTest::newRow("full refund with an amount") << O::FullRefund << request << why << false << qint64(0);
    QTest::newRow("partial, 1 fen") << O::PartialRefund << qint64(1) << why << true << qint64(1);
    QTest::newRow("partial, half") << O::PartialRefund << qint64(25000) << why << true << qint64(25000);
    QTest::newRow("partial, the whole request") << O::PartialRefund << request << why << true << request;
    QTest::newRow("partial, request + 1 fen") << O::PartialRefund << request + 1 << why << false << qint64(0);
    QTest::newRow("partial, zero") << O::PartialRefund << qint64(0) << why << false << qint64(0);
    QTest::newRow("partial, negative") << O::PartialRefund << qint64(-1) << why << false << qint64(0);
    QTest::newRow("rejected") << O::Rejected << qint64(0) << why << true << qint64(0);
    QTest::newRow("other") << O::Other << qint64(0) << why << true << qint64(0);
    QTest::newRow("other with an amount") << O::Other << qint64(100) << why << false << qint64(0);
    QTest::newRow("rejected without reasoning")
        << O::Rejected << qint64(0) << QString() << false << qint64(0);
    QTest::newRow("full refund, blank reasoning")
        << O::FullRefund << qint64(0) << QStringLiteral("  ") << false << qint64(0);
    QTest::newRow("partial without reasoning")
        << O::PartialRefund << qint64(100) << QString() << false << qint64(0);
}

void TestDisputeRules::decisions()
{
    QFETCH(DisputeOutcome, outcome);
    QFETCH(qint64, amount);
    QFETCH(QString, reasoning);
    QFETCH(bool, valid);
    QFETCH(qint64, refund);
    const Money request = Money::fromFen(50000);
    const DisputeDecision decision{outcome, Money::fromFen(amount), reasoning};
    const auto status = DisputeRules::validateDecision(decision, request);
    QCOMPARE(status.ok(), valid);
    if (valid)
        QCOMPARE(DisputeRules::refundAmount(decision, request).fen(), refund);
    else
        QCOMPARE(status.code(), sw::ErrorCode::InvalidInput);
}

void TestDisputeRules::upheldAgainstMerchant()
{
    QVERIFY(DisputeRules::isUpheldAgainstMerchant(DisputeOutcome::FullRefund));
    QVERIFY(DisputeRules::isUpheldAgainstMerchant(DisputeOutcome::PartialRefund));
    QVERIFY(!DisputeRules::isUpheldAgainstMerchant(DisputeOutcome::Rejected));
    QVERIFY(!DisputeRules::isUpheldAgainstMerchant(DisputeOutcome::Other));
}

void TestDisputeRules::whoDecides_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("mediates");
    QTest::addColumn<int>("appealCode"); // -1: may decide the appeal (first mediator: "m1")
    using E = sw::ErrorCode;
    QTest::newRow("agent") << QList<Role>{Role::Agent} << "a1" << false << int(E::PermissionDenied);
    QTest::newRow("lead") << QList<Role>{Role::Lead} << "l1" << true << int(E::PermissionDenied);
    QTest::newRow("manager") << QList<Role>{Role::Manager} << "m2" << true << -1;
    QTest::newRow("first mediator") << QList<Role>{Role::Manager} << "m1" << true << int(E::SeparationOfDuty);
    QTest::newRow("admin") << QList<Role>{Role::Admin} << "x1" << false << int(E::PermissionDenied);
    QTest::newRow("auditor") << QList<Role>{Role::Auditor} << "u1" << false << int(E::PermissionDenied);
}

void TestDisputeRules::whoDecides()
{
    QFETCH(QList<Role>, roles);
    QFETCH(QString, actor);
    QFETCH(bool, mediates);
    QFETCH(int, appealCode);
    const auto mediate = DisputeRules::canMediate(roles);
    QCOMPARE(mediate.ok(), mediates);
    if (!mediates)
        QCOMPARE(mediate.code(), sw::ErrorCode::PermissionDenied);
    const auto appeal = DisputeRules::canDecideAppeal(roles, actor, QStringLiteral("m1"));
    QCOMPARE(appeal.ok(), appealCode < 0);
    if (appealCode >= 0)
        QCOMPARE(int(appeal.code()), appealCode);
}

void TestDisputeRules::policyJson()
{
    DisputePolicy policy;
    policy.setEvidenceHours(72);
    policy.setAppealDays(10);
    const QByteArray text = QJsonDocument(policy.toJson()).toJson();
    const auto back = DisputePolicy::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(back.value() == policy);
    QVERIFY(!(back.value() == DisputePolicy()));
    QVERIFY(DisputePolicy::fromJson(QJsonObject()).value() == DisputePolicy());
    QVERIFY(DisputePolicy().validate().ok());
}

void TestDisputeRules::policyInvalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0 hours") << QByteArray(R"({"evidenceHours": 0})") << QStringLiteral("evidence period");
    QTest::newRow("721 hours") << QByteArray(R"({"evidenceHours": 721})") << QStringLiteral("720");
    QTest::newRow("0 days") << QByteArray(R"({"appealDays": 0})") << QStringLiteral("appeal period");
    QTest::newRow("91 days") << QByteArray(R"({"appealDays": 91})") << QStringLiteral("90");
    QTest::newRow("fraction") << QByteArray(R"({"evidenceHours": 47.5})") << QStringLiteral("whole number");
    QTest::newRow("text") << QByteArray(R"({"appealDays": "7"})") << QStringLiteral("whole number");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2})") << QStringLiteral("newer");
}

void TestDisputeRules::policyInvalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = DisputePolicy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), sw::ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestDisputeRules)
#include "tst_disputerules.moc"
