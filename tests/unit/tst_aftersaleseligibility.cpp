// After-sales eligibility: every window at its last day and the day after, item
// restrictions, evidence for quality claims, the refundable balance at ±1 fen, input errors
// (distinct from failed checks), manager overrides, and the policy's JSON.

#include "domain/aftersaleseligibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::AfterSalesKind)
Q_DECLARE_METATYPE(sw::domain::AfterSalesReason)
Q_DECLARE_METATYPE(sw::domain::CheckOutcome)
Q_DECLARE_METATYPE(sw::domain::ItemFlags)
Q_DECLARE_METATYPE(sw::ErrorCode)

namespace {

const QDate kDelivered(2026, 3, 2);

// A refund for a quality problem, one photo, requested 3 days after delivery: eligible.
AfterSalesFacts eligibleFacts()
{
    AfterSalesFacts f;
    f.kind = AfterSalesKind::Refund;
    f.reason = AfterSalesReason::QualityProblem;
    f.deliveredOn = kDelivered;
    f.requestedOn = kDelivered.addDays(3);
    f.today = f.requestedOn;
    f.evidenceCount = 1;
    f.amount = Money::fromYuan(80);
    f.orderTotal = Money::fromYuan(100);
    return f;
}

EligibilityResult evaluateOk(const AfterSalesFacts& facts, const EligibilityPolicy& policy = {})
{
    auto result = AfterSalesEligibility::evaluate(facts, policy);
    if (!result.ok())
        qFatal("evaluate() refused the facts: %s", qPrintable(result.message()));
    return result.value();
}

EligibilityResult failingResult()
{
    AfterSalesFacts f = eligibleFacts();
    f.evidenceCount = 0;
    return evaluateOk(f);
}

} // namespace

class TestAfterSalesEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eligibleRequest();
    void window_data();
    void window();
    void windowMessage();
    void configuredWindow();
    void itemRestrictions_data();
    void itemRestrictions();
    void evidence_data();
    void evidence();
    void refundableAmount_data();
    void refundableAmount();
    void inputErrors_data();
    void inputErrors();
    void amountEqualToOrderTotalIsNotAnError();
    void severalFailures();
    void override_data();
    void override();
    void overrideNeedsAFailure();
    void policyJsonRoundTrip();
    void policyPartialJson();
    void policyInvalidJson_data();
    void policyInvalidJson();
};

void TestAfterSalesEligibility::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAfterSalesEligibility::eligibleRequest()
{
    const EligibilityResult result = evaluateOk(eligibleFacts());
    QVERIFY(result.passed());
    QVERIFY(result.failedRules().isEmpty());
    QCOMPARE(result.checks.size(), 4);
    QList<EligibilityRule> rules;
    for (const auto& check : result.checks) {
        rules.append(check.rule);
        QVERIFY2(!check.explanation.isEmpty(), qPrintable(code(check.rule)));
    }
    QCOMPARE(rules, allEligibilityRules());
    QCOMPARE(result.dayAfterDelivery, 3);
    QCOMPARE(result.windowDays, 7);
    QCOMPARE(result.refundable, Money::fromYuan(100));
}

void TestAfterSalesEligibility::window_data()
{
    QTest::addColumn<AfterSalesKind>("kind");
    QTest::addColumn<AfterSalesReason>("reason");
    QTest::addColumn<int>("warrantyDays");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("passed");
    using K = AfterSalesKind;
    using R = AfterSalesReason;
    const int def = AfterSalesFacts::kDefaultWarranty;
    QTest::newRow("no-reason refund, delivery day")
        << K::Refund << R::NoReasonReturn << def << 0 << 7 << true;
    QTest::newRow("no-reason refund, day 7") << K::Refund << R::NoReasonReturn << def << 7 << 7 << true;
    QTest::newRow("no-reason refund, day 8") << K::Refund << R::NoReasonReturn << def << 8 << 7 << false;
    QTest::newRow("no-reason exchange, day 7") << K::Exchange << R::NoReasonReturn << def << 7 << 7 << true;
    QTest::newRow("no-reason exchange, day 8") << K::Exchange << R::NoReasonReturn << def << 8 << 7 << false;
    QTest::newRow("other refund, day 7") << K::Refund << R::Other << def << 7 << 7 << true;
    QTest::newRow("other refund, day 8") << K::Refund << R::Other << def << 8 << 7 << false;
    QTest::newRow("quality return, day 7") << K::Refund << R::QualityProblem << def << 7 << 7 << true;
    QTest::newRow("quality return, day 8") << K::Refund << R::QualityProblem << def << 8 << 7 << false;
    QTest::newRow("wrong item return, day 8") << K::Refund << R::WrongItem << def << 8 << 7 << false;
    QTest::newRow("quality exchange, day 8") << K::Exchange << R::QualityProblem << def << 8 << 15 << true;
    QTest::newRow("quality exchange, day 15") << K::Exchange << R::QualityProblem << def << 15 << 15 << true;
    QTest::newRow("quality exchange, day 16") << K::Exchange << R::QualityProblem << def << 16 << 15 << false;
    QTest::newRow("missing parts exchange, day 16")
        << K::Exchange << R::MissingParts << def << 16 << 15 << false;
    QTest::newRow("repair, default warranty, day 365")
        << K::Repair << R::QualityProblem << def << 365 << 365 << true;
    QTest::newRow("repair, default warranty, day 366")
        << K::Repair << R::QualityProblem << def << 366 << 365 << false;
    QTest::newRow("repair, 90-day warranty, day 90")
        << K::Repair << R::DamagedInTransit << 90 << 90 << 90 << true;
    QTest::newRow("repair, 90-day warranty, day 91")
        << K::Repair << R::DamagedInTransit << 90 << 91 << 90 << false;
    QTest::newRow("repair, 3-year warranty, day 1000")
        << K::Repair << R::Other << 1095 << 1000 << 1095 << true;
    QTest::newRow("repair, no warranty, delivery day")
        << K::Repair << R::QualityProblem << 0 << 0 << 0 << false;
}

void TestAfterSalesEligibility::window()
{
    QFETCH(AfterSalesKind, kind);
    QFETCH(AfterSalesReason, reason);
    QFETCH(int, warrantyDays);
    QFETCH(int, day);
    QFETCH(int, window);
    QFETCH(bool, passed);
    AfterSalesFacts f = eligibleFacts();
    f.kind = kind;
    f.reason = reason;
    f.warrantyDays = warrantyDays;
    f.requestedOn = kDelivered.addDays(day);
    f.today = f.requestedOn.addDays(2); // entered two days later: the request date counts
    const EligibilityResult result = evaluateOk(f);
    QCOMPARE(result.dayAfterDelivery, day);
    QCOMPARE(result.windowDays, window);
    const EligibilityCheck check = result.check(EligibilityRule::Window);
    QCOMPARE(check.outcome, passed ? CheckOutcome::Passed : CheckOutcome::Failed);
    QCOMPARE(result.failedRules().contains(EligibilityRule::Window), !passed);
    if (window > 0) {
        QVERIFY2(check.explanation.contains(QStringLiteral("Day %1 ").arg(day)),
                 qPrintable(check.explanation));
        QVERIFY2(check.explanation.contains(QStringLiteral("%1-day").arg(window)),
                 qPrintable(check.explanation));
        QCOMPARE(check.explanation.contains(QStringLiteral("past")), !passed);
    } else {
        QVERIFY(check.explanation.contains(QStringLiteral("no warranty")));
    }
}

void TestAfterSalesEligibility::windowMessage()
{
    AfterSalesFacts f = eligibleFacts();
    f.reason = AfterSalesReason::NoReasonReturn;
    f.requestedOn = kDelivered.addDays(9);
    f.today = f.requestedOn;
    QCOMPARE(evaluateOk(f).check(EligibilityRule::Window).explanation,
             QStringLiteral("Day 9 after delivery, past the 7-day no-reason return period."));
    f.kind = AfterSalesKind::Exchange;
    f.reason = AfterSalesReason::QualityProblem;
    QCOMPARE(evaluateOk(f).check(EligibilityRule::Window).explanation,
             QStringLiteral("Day 9 after delivery, within the 15-day exchange period for quality problems."));
}

void TestAfterSalesEligibility::configuredWindow()
{
    EligibilityPolicy policy;
    policy.setNoReasonReturnDays(10);
    policy.setDefaultWarrantyDays(30);
    AfterSalesFacts f = eligibleFacts();
    f.reason = AfterSalesReason::NoReasonReturn;
    f.requestedOn = f.today = kDelivered.addDays(10);
    QVERIFY(evaluateOk(f, policy).passed());
    f.requestedOn = f.today = kDelivered.addDays(11);
    QVERIFY(!evaluateOk(f, policy).passed());
    f.kind = AfterSalesKind::Repair;
    f.reason = AfterSalesReason::QualityProblem;
    f.requestedOn = f.today = kDelivered.addDays(30);
    QVERIFY(evaluateOk(f, policy).passed());
    f.requestedOn = f.today = kDelivered.addDays(31);
    QCOMPARE(evaluateOk(f, policy).failedRules(), QList<EligibilityRule>{EligibilityRule::Window});
}

void TestAfterSalesEligibility::itemRestrictions_data()
{
    QTest::addColumn<AfterSalesKind>("kind");
    QTest::addColumn<AfterSalesReason>("reason");
    QTest::addColumn<ItemFlags>("flags");
    QTest::addColumn<ItemFlags>("excluded"); // by the policy
    QTest::addColumn<CheckOutcome>("outcome");
    using K = AfterSalesKind;
    using R = AfterSalesReason;
    using F = ItemFlag;
    const ItemFlags all = EligibilityPolicy().excludedItemFlags();
    QTest::newRow("plain item") << K::Refund << R::NoReasonReturn << ItemFlags() << all
                                << CheckOutcome::Passed;
    QTest::newRow("customised") << K::Refund << R::NoReasonReturn << ItemFlags(F::Customised) << all
                                << CheckOutcome::Failed;
    QTest::newRow("perishable") << K::Refund << R::NoReasonReturn << ItemFlags(F::Perishable) << all
                                << CheckOutcome::Failed;
    QTest::newRow("opened digital, exchange")
        << K::Exchange << R::NoReasonReturn << ItemFlags(F::OpenedDigital) << all << CheckOutcome::Failed;
    QTest::newRow("final sale, other reason")
        << K::Refund << R::Other << ItemFlags(F::FinalSale) << all << CheckOutcome::Failed;
    QTest::newRow("customised, quality claim")
        << K::Refund << R::QualityProblem << ItemFlags(F::Customised) << all << CheckOutcome::NotApplicable;
    QTest::newRow("perishable, damaged in transit")
        << K::Exchange << R::DamagedInTransit << ItemFlags(F::Perishable) << all
        << CheckOutcome::NotApplicable;
    QTest::newRow("final sale, repair")
        << K::Repair << R::Other << ItemFlags(F::FinalSale) << all << CheckOutcome::NotApplicable;
    QTest::newRow("customised, policy excludes only perishables")
        << K::Refund << R::NoReasonReturn << ItemFlags(F::Customised) << ItemFlags(F::Perishable)
        << CheckOutcome::Passed;
    QTest::newRow("nothing excluded by policy")
        << K::Refund << R::NoReasonReturn << (F::Customised | F::Perishable) << ItemFlags()
        << CheckOutcome::Passed;
}

void TestAfterSalesEligibility::itemRestrictions()
{
    QFETCH(AfterSalesKind, kind);
    QFETCH(AfterSalesReason, reason);
    QFETCH(ItemFlags, flags);
    QFETCH(ItemFlags, excluded);
    QFETCH(CheckOutcome, outcome);
    EligibilityPolicy policy;
    policy.setExcludedItemFlags(excluded);
    AfterSalesFacts f = eligibleFacts();
    f.kind = kind;
    f.reason = reason;
    f.itemFlags = flags;
    const EligibilityCheck check = evaluateOk(f, policy).check(EligibilityRule::ItemExclusion);
    QCOMPARE(check.outcome, outcome);
    if (outcome == CheckOutcome::Failed) {
        for (const QString& name : displayNames(flags & excluded))
            QVERIFY2(check.explanation.contains(name), qPrintable(check.explanation));
    }
}

void TestAfterSalesEligibility::evidence_data()
{
    QTest::addColumn<AfterSalesReason>("reason");
    QTest::addColumn<int>("attached");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<CheckOutcome>("outcome");
    using R = AfterSalesReason;
    QTest::newRow("quality, none") << R::QualityProblem << 0 << 1 << CheckOutcome::Failed;
    QTest::newRow("quality, one") << R::QualityProblem << 1 << 1 << CheckOutcome::Passed;
    QTest::newRow("quality, two of three") << R::QualityProblem << 2 << 3 << CheckOutcome::Failed;
    QTest::newRow("quality, three of three") << R::QualityProblem << 3 << 3 << CheckOutcome::Passed;
    QTest::newRow("wrong item, none") << R::WrongItem << 0 << 1 << CheckOutcome::Failed;
    QTest::newRow("not as described, none") << R::NotAsDescribed << 0 << 1 << CheckOutcome::Failed;
    QTest::newRow("no reason, none") << R::NoReasonReturn << 0 << 1 << CheckOutcome::NotApplicable;
    QTest::newRow("other, none") << R::Other << 0 << 1 << CheckOutcome::NotApplicable;
    QTest::newRow("quality, policy requires none")
        << R::QualityProblem << 0 << 0 << CheckOutcome::NotApplicable;
}

void TestAfterSalesEligibility::evidence()
{
    QFETCH(AfterSalesReason, reason);
    QFETCH(int, attached);
    QFETCH(int, minimum);
    QFETCH(CheckOutcome, outcome);
    EligibilityPolicy policy;
    policy.setMinimumQualityEvidence(minimum);
    AfterSalesFacts f = eligibleFacts();
    f.reason = reason;
    f.evidenceCount = attached;
    const EligibilityResult result = evaluateOk(f, policy);
    const EligibilityCheck check = result.check(EligibilityRule::Evidence);
    QCOMPARE(check.outcome, outcome);
    QCOMPARE(result.passed(), outcome != CheckOutcome::Failed);
    if (outcome != CheckOutcome::NotApplicable) {
        QVERIFY2(check.explanation.contains(QStringLiteral("attached: %1").arg(attached)),
                 qPrintable(check.explanation));
        QVERIFY2(check.explanation.contains(QStringLiteral("at least %1").arg(minimum)),
                 qPrintable(check.explanation));
    }
}

void TestAfterSalesEligibility::refundableAmount_data()
{
    QTest::addColumn<AfterSalesKind>("kind");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("orderTotal");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<CheckOutcome>("outcome");
    QTest::addColumn<QString>("shownRefundable");
    using K = AfterSalesKind;
    QTest::newRow("whole order") << K::Refund << qint64(10000) << qint64(10000) << qint64(0)
                                 << CheckOutcome::Passed << QStringLiteral("¥100.00");
    QTest::newRow("rest of the order, exactly") << K::Refund << qint64(6000) << qint64(10000) << qint64(4000)
                                                << CheckOutcome::Passed << QStringLiteral("¥60.00");
    QTest::newRow("rest of the order + 1 fen") << K::Refund << qint64(6001) << qint64(10000) << qint64(4000)
                                               << CheckOutcome::Failed << QStringLiteral("¥60.00");
    QTest::newRow("one fen left") << K::Refund << qint64(1) << qint64(10000) << qint64(9999)
                                  << CheckOutcome::Passed << QStringLiteral("¥0.01");
    QTest::newRow("fully refunded already") << K::Refund << qint64(1) << qint64(10000) << qint64(10000)
                                            << CheckOutcome::Failed << QStringLiteral("¥0.00");
    QTest::newRow("over-refunded by an override")
        << K::Refund << qint64(5000) << qint64(10000) << qint64(12000) << CheckOutcome::Failed
        << QStringLiteral("¥0.00");
    QTest::newRow("exchange moves no money") << K::Exchange << qint64(6001) << qint64(10000) << qint64(4000)
                                             << CheckOutcome::NotApplicable << QString();
    QTest::newRow("repair moves no money") << K::Repair << qint64(10000) << qint64(10000) << qint64(10000)
                                           << CheckOutcome::NotApplicable << QString();
}

void TestAfterSalesEligibility::refundableAmount()
{
    QFETCH(AfterSalesKind, kind);
    QFETCH(qint64, amount);
    QFETCH(qint64, orderTotal);
    QFETCH(qint64, refunded);
    QFETCH(CheckOutcome, outcome);
    QFETCH(QString, shownRefundable);
    AfterSalesFacts f = eligibleFacts();
    f.kind = kind;
    f.amount = Money::fromFen(amount);
    f.orderTotal = Money::fromFen(orderTotal);
    f.alreadyRefunded = Money::fromFen(refunded);
    const EligibilityResult result = evaluateOk(f);
    QCOMPARE(result.refundable.fen(), orderTotal - refunded);
    const EligibilityCheck check = result.check(EligibilityRule::RefundableAmount);
    QCOMPARE(check.outcome, outcome);
    if (!shownRefundable.isEmpty()) {
        QVERIFY2(check.explanation.contains(shownRefundable + QStringLiteral(" of the order total")),
                 qPrintable(check.explanation));
        QVERIFY(check.explanation.contains(Money::fromFen(amount).format()));
        QVERIFY(check.explanation.contains(Money::fromFen(refunded).format() + QStringLiteral(" already")));
    }
}

void TestAfterSalesEligibility::inputErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<sw::ErrorCode>("code");
    QTest::addColumn<QString>("message"); // part of it
    QTest::newRow("delivery in the future")
        << "deliveredTomorrow" << sw::ErrorCode::InvalidInput << QStringLiteral("delivery date");
    QTest::newRow("request in the future")
        << "requestedTomorrow" << sw::ErrorCode::InvalidInput << QStringLiteral("is in the future");
    QTest::newRow("request before delivery") << "requestedBeforeDelivery" << sw::ErrorCode::InvalidInput
                                             << QStringLiteral("before the delivery date");
    QTest::newRow("no delivery date")
        << "noDelivery" << sw::ErrorCode::InvalidInput << QStringLiteral("Enter the delivery date");
    QTest::newRow("no request date") << "noRequest" << sw::ErrorCode::InvalidInput
                                     << QStringLiteral("date of the request");
    QTest::newRow("no today") << "noToday" << sw::ErrorCode::Internal << QStringLiteral("current date");
    QTest::newRow("zero amount") << "zeroAmount" << sw::ErrorCode::InvalidInput
                                 << QStringLiteral("must be more than ¥0.00");
    QTest::newRow("negative amount") << "negativeAmount" << sw::ErrorCode::InvalidInput
                                     << QStringLiteral("must be more than ¥0.00");
    QTest::newRow("amount above order total by 1 fen")
        << "amountAboveTotal" << sw::ErrorCode::InvalidInput
        << QStringLiteral("¥100.01 is more than the order total ¥100.00");
    QTest::newRow("zero order total")
        << "zeroTotal" << sw::ErrorCode::InvalidInput << QStringLiteral("order total must be");
    QTest::newRow("negative refunded")
        << "negativeRefunded" << sw::ErrorCode::InvalidInput << QStringLiteral("already refunded");
    QTest::newRow("negative evidence")
        << "negativeEvidence" << sw::ErrorCode::InvalidInput << QStringLiteral("evidence");
    QTest::newRow("warranty below 0")
        << "warrantyNegative" << sw::ErrorCode::InvalidInput << QStringLiteral("warranty");
    QTest::newRow("warranty above 10 years")
        << "warrantyTooLong" << sw::ErrorCode::InvalidInput << QStringLiteral("3650");
    QTest::newRow("no-reason repair")
        << "noReasonRepair" << sw::ErrorCode::InvalidInput << QStringLiteral("not a possible reason");
    QTest::newRow("missing-parts repair")
        << "missingPartsRepair" << sw::ErrorCode::InvalidInput << QStringLiteral("Missing parts");
}

void TestAfterSalesEligibility::inputErrors()
{
    QFETCH(QString, field);
    QFETCH(sw::ErrorCode, code);
    QFETCH(QString, message);
    AfterSalesFacts f = eligibleFacts();
    f.orderTotal = Money::fromYuan(100);
    if (field == u"deliveredTomorrow") {
        f.deliveredOn = f.today.addDays(1);
        f.requestedOn = f.today.addDays(1);
    } else if (field == u"requestedTomorrow") {
        f.requestedOn = f.today.addDays(1);
    } else if (field == u"requestedBeforeDelivery") {
        f.requestedOn = kDelivered.addDays(-1);
    } else if (field == u"noDelivery") {
        f.deliveredOn = QDate();
    } else if (field == u"noRequest") {
        f.requestedOn = QDate();
    } else if (field == u"noToday") {
        f.today = QDate();
    } else if (field == u"zeroAmount") {
        f.amount = Money();
    } else if (field == u"negativeAmount") {
        f.amount = Money::fromFen(-1);
    } else if (field == u"amountAboveTotal") {
        f.amount = Money::fromFen(10001);
    } else if (field == u"zeroTotal") {
        f.amount = Money::fromFen(1);
        f.orderTotal = Money();
    } else if (field == u"negativeRefunded") {
        f.alreadyRefunded = Money::fromFen(-1);
    } else if (field == u"negativeEvidence") {
        f.evidenceCount = -1;
    } else if (field == u"warrantyNegative") {
        f.warrantyDays = -2;
    } else if (field == u"warrantyTooLong") {
        f.warrantyDays = 3651;
    } else if (field == u"noReasonRepair") {
        f.kind = AfterSalesKind::Repair;
        f.reason = AfterSalesReason::NoReasonReturn;
    } else if (field == u"missingPartsRepair") {
        f.kind = AfterSalesKind::Repair;
        f.reason = AfterSalesReason::MissingParts;
    } else {
        QFAIL("unknown row");
    }
    const auto result = AfterSalesEligibility::evaluate(f, EligibilityPolicy());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), code);
    QVERIFY2(result.message().contains(message), qPrintable(result.message()));
    QCOMPARE(AfterSalesEligibility::validateFacts(f).code(), code);
}

void TestAfterSalesEligibility::amountEqualToOrderTotalIsNotAnError()
{
    AfterSalesFacts f = eligibleFacts();
    f.amount = f.orderTotal;
    QVERIFY(AfterSalesEligibility::validateFacts(f).ok());
    QVERIFY(evaluateOk(f).passed());
    f.warrantyDays = 3650;
    QVERIFY(AfterSalesEligibility::validateFacts(f).ok());
    f.warrantyDays = 0;
    QVERIFY(AfterSalesEligibility::validateFacts(f).ok());
}

void TestAfterSalesEligibility::severalFailures()
{
    AfterSalesFacts f = eligibleFacts();
    f.requestedOn = f.today = kDelivered.addDays(8);
    f.evidenceCount = 0;
    f.alreadyRefunded = Money::fromYuan(30); // 80 requested, 70 left
    const EligibilityResult result = evaluateOk(f);
    QVERIFY(!result.passed());
    QCOMPARE(result.failedRules(), (QList<EligibilityRule>{EligibilityRule::Window, EligibilityRule::Evidence,
                                                           EligibilityRule::RefundableAmount}));
    QCOMPARE(result.check(EligibilityRule::ItemExclusion).outcome, CheckOutcome::NotApplicable);
}

void TestAfterSalesEligibility::override_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<sw::ErrorCode>("code");
    const QString why = QStringLiteral("Courier confirmed the delay; goodwill.");
    using E = sw::ErrorCode;
    QTest::newRow("manager with reason") << QList<Role>{Role::Manager} << "m1" << why << true << E::Internal;
    QTest::newRow("manager and lead with reason")
        << QList<Role>{Role::Lead, Role::Manager} << "m1" << why << true << E::Internal;
    QTest::newRow("admin and manager with reason")
        << QList<Role>{Role::Admin, Role::Manager} << "m1" << why << true << E::Internal;
    QTest::newRow("manager without reason")
        << QList<Role>{Role::Manager} << "m1" << QString() << false << E::InvalidInput;
    QTest::newRow("manager with blank reason")
        << QList<Role>{Role::Manager} << "m1" << QStringLiteral(" \t\n") << false << E::InvalidInput;
    QTest::newRow("lead with reason")
        << QList<Role>{Role::Lead} << "l1" << why << false << E::PermissionDenied;
    QTest::newRow("agent with reason")
        << QList<Role>{Role::Agent} << "a1" << why << false << E::PermissionDenied;
    QTest::newRow("admin with reason")
        << QList<Role>{Role::Admin} << "x1" << why << false << E::PermissionDenied;
    QTest::newRow("no roles") << QList<Role>{} << "x1" << why << false << E::PermissionDenied;
    QTest::newRow("manager overriding own request")
        << QList<Role>{Role::Manager} << "requester" << why << false << E::SeparationOfDuty;
}

void TestAfterSalesEligibility::override()
{
    QFETCH(QList<Role>, roles);
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    QFETCH(sw::ErrorCode, code);
    const EligibilityResult failed = failingResult();
    QVERIFY(!failed.passed());
    const auto status =
        AfterSalesEligibility::validateOverride(failed, {actor, roles, QStringLiteral("requester"), reason});
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.code(), code);
        QVERIFY(!status.message().isEmpty());
    }
}

void TestAfterSalesEligibility::overrideNeedsAFailure()
{
    const EligibilityResult passed = evaluateOk(eligibleFacts());
    const auto status = AfterSalesEligibility::validateOverride(
        passed, {QStringLiteral("m1"), {Role::Manager}, QStringLiteral("requester"), QStringLiteral("why")});
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), sw::ErrorCode::InvalidInput);
    QVERIFY(status.message().contains(QStringLiteral("nothing to override")));
}

void TestAfterSalesEligibility::policyJsonRoundTrip()
{
    EligibilityPolicy policy;
    policy.setNoReasonReturnDays(10);
    policy.setQualityReturnDays(14);
    policy.setQualityExchangeDays(30);
    policy.setDefaultWarrantyDays(730);
    policy.setMinimumQualityEvidence(2);
    policy.setExcludedItemFlags(ItemFlag::Customised | ItemFlag::FinalSale);
    const QByteArray text = QJsonDocument(policy.toJson()).toJson();
    const auto back = EligibilityPolicy::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(back.value() == policy);
    QVERIFY(!(back.value() == EligibilityPolicy()));
    QCOMPARE(policy.toJson().value(QStringLiteral("excludedItemFlags")).toArray().size(), 2);
    QVERIFY(EligibilityPolicy::fromJson(EligibilityPolicy().toJson()).value() == EligibilityPolicy());
}

void TestAfterSalesEligibility::policyPartialJson()
{
    const auto result = EligibilityPolicy::fromJson(
        QJsonDocument::fromJson(R"({"qualityExchangeDays": 20, "excludedItemFlags": []})").object());
    QVERIFY2(result.ok(), qPrintable(result.message()));
    EligibilityPolicy expected;
    expected.setQualityExchangeDays(20);
    expected.setExcludedItemFlags({});
    QVERIFY(result.value() == expected);
    QVERIFY(EligibilityPolicy::fromJson(QJsonObject()).value() == EligibilityPolicy());
    QVERIFY(EligibilityPolicy().validate().ok());
}

void TestAfterSalesEligibility::policyInvalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("no-reason 6 days")
        << QByteArray(R"({"noReasonReturnDays": 6})") << QStringLiteral("legal minimum");
    QTest::newRow("no-reason 366 days")
        << QByteArray(R"({"noReasonReturnDays": 366})") << QStringLiteral("365");
    QTest::newRow("quality return 6 days")
        << QByteArray(R"({"qualityReturnDays": 6})") << QStringLiteral("return period for quality");
    QTest::newRow("quality exchange 14 days")
        << QByteArray(R"({"qualityExchangeDays": 14})") << QStringLiteral("exchange period");
    QTest::newRow("warranty 0") << QByteArray(R"({"defaultWarrantyDays": 0})") << QStringLiteral("warranty");
    QTest::newRow("warranty 3651") << QByteArray(R"({"defaultWarrantyDays": 3651})")
                                   << QStringLiteral("3650");
    QTest::newRow("evidence -1") << QByteArray(R"({"minimumQualityEvidence": -1})")
                                 << QStringLiteral("evidence");
    QTest::newRow("evidence 21") << QByteArray(R"({"minimumQualityEvidence": 21})") << QStringLiteral("20");
    QTest::newRow("fraction of a day")
        << QByteArray(R"({"noReasonReturnDays": 7.5})") << QStringLiteral("whole number");
    QTest::newRow("days as text") << QByteArray(R"({"noReasonReturnDays": "7"})")
                                  << QStringLiteral("whole number");
    QTest::newRow("unknown flag") << QByteArray(R"({"excludedItemFlags": ["fragile"]})")
                                  << QStringLiteral("fragile");
    QTest::newRow("flag not text") << QByteArray(R"({"excludedItemFlags": [3]})") << QStringLiteral("“3”");
    QTest::newRow("flags not a list")
        << QByteArray(R"({"excludedItemFlags": "customised"})") << QStringLiteral("must be a list");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2})") << QStringLiteral("newer");
}

void TestAfterSalesEligibility::policyInvalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const auto result = EligibilityPolicy::fromJson(doc.object());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), sw::ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
}

QTEST_GUILESS_MAIN(TestAfterSalesEligibility)
#include "tst_aftersaleseligibility.moc"
