// After-sales vocabularies: stable codes (exact strings, round trip, unknown codes),
// display names, which reasons are quality claims and which fit which kind.

#include "domain/aftersalesenums.h"

#include <QSet>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::AfterSalesKind)
Q_DECLARE_METATYPE(sw::domain::AfterSalesReason)

namespace {

template <typename Enum> void checkVocabulary(const QList<Enum>& values, const QStringList& expectedCodes)
{
    QStringList actual;
    QSet<QString> names;
    for (Enum value : values) {
        const QString c = code(value);
        actual.append(c);
        bool ok = false;
        QCOMPARE(fromCode<Enum>(c, &ok), value);
        QVERIFY(ok);
        const QString name = displayName(value);
        QVERIFY2(!name.isEmpty(), qPrintable(c));
        names.insert(name);
    }
    QCOMPARE(actual, expectedCodes);
    QCOMPARE(names.size(), values.size()); // no two values look alike
    bool ok = true;
    QCOMPARE(fromCode<Enum>(u"no_such_code", &ok), values.first());
    QVERIFY(!ok);
    // Codes are exact: no case folding, no trimming.
    fromCode<Enum>(expectedCodes.first().toUpper(), &ok);
    QVERIFY(!ok);
    fromCode<Enum>(expectedCodes.first() + QLatin1Char(' '), &ok);
    QVERIFY(!ok);
}

} // namespace

class TestAfterSalesEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vocabularies();
    void itemFlags();
    void qualityClaims_data();
    void qualityClaims();
    void reasonsForKind_data();
    void reasonsForKind();
    void executedNames();
};

void TestAfterSalesEnums::vocabularies()
{
    checkVocabulary(allAfterSalesKinds(), {"refund", "exchange", "repair"});
    checkVocabulary(allAfterSalesReasons(), {"quality_problem", "wrong_item", "not_as_described", "no_reason",
                                             "damaged_in_transit", "missing_parts", "other"});
    checkVocabulary(allItemFlags(), {"customised", "perishable", "opened_digital", "final_sale"});
    checkVocabulary(allAfterSalesStatuses(), {"submitted", "checking", "awaiting_approval", "approved",
                                              "rejected", "returned_for_info", "executed", "closed"});
    checkVocabulary(allRejectionReasons(),
                    {"outside_window", "excluded_item", "insufficient_evidence", "damage_by_misuse",
                     "amount_not_justified", "duplicate_request", "other"});
    checkVocabulary(allEligibilityRules(), {"window", "item_exclusion", "evidence", "refundable_amount"});
    checkVocabulary(
        QList<CheckOutcome>{CheckOutcome::Passed, CheckOutcome::Failed, CheckOutcome::NotApplicable},
        {"passed", "failed", "not_applicable"});
    checkVocabulary(allDisputeParties(), {"buyer", "merchant", "platform"});
    checkVocabulary(allDisputeStatuses(), {"open", "decided", "appealed", "closed"});
    checkVocabulary(allDisputeOutcomes(), {"full_refund", "partial_refund", "rejected", "other"});
}

void TestAfterSalesEnums::itemFlags()
{
    const ItemFlags flags = ItemFlag::Perishable | ItemFlag::FinalSale;
    QCOMPARE(codes(flags), QStringList({"perishable", "final_sale"}));
    QCOMPARE(codes(ItemFlags()), QStringList());
    bool ok = false;
    QCOMPARE(itemFlagsFromCodes({"final_sale", "perishable"}, &ok), flags);
    QVERIFY(ok);
    QCOMPARE(itemFlagsFromCodes({"perishable", "fragile"}, &ok), ItemFlags(ItemFlag::Perishable));
    QVERIFY(!ok);
    QCOMPARE(displayNames(flags),
             QStringList({displayName(ItemFlag::Perishable), displayName(ItemFlag::FinalSale)}));
    QCOMPARE(displayNames(ItemFlags()).size(), 0);
}

void TestAfterSalesEnums::qualityClaims_data()
{
    QTest::addColumn<AfterSalesReason>("reason");
    QTest::addColumn<bool>("quality");
    using R = AfterSalesReason;
    QTest::newRow("quality problem") << R::QualityProblem << true;
    QTest::newRow("wrong item") << R::WrongItem << true;
    QTest::newRow("not as described") << R::NotAsDescribed << true;
    QTest::newRow("damaged in transit") << R::DamagedInTransit << true;
    QTest::newRow("missing parts") << R::MissingParts << true;
    QTest::newRow("no reason") << R::NoReasonReturn << false;
    QTest::newRow("other") << R::Other << false;
}

void TestAfterSalesEnums::qualityClaims()
{
    QFETCH(AfterSalesReason, reason);
    QFETCH(bool, quality);
    QCOMPARE(isQualityClaim(reason), quality);
}

void TestAfterSalesEnums::reasonsForKind_data()
{
    QTest::addColumn<AfterSalesKind>("kind");
    QTest::addColumn<QList<AfterSalesReason>>("reasons");
    using R = AfterSalesReason;
    QTest::newRow("refund") << AfterSalesKind::Refund << allAfterSalesReasons();
    QTest::newRow("exchange") << AfterSalesKind::Exchange << allAfterSalesReasons();
    QTest::newRow("repair") << AfterSalesKind::Repair
                            << QList<R>{R::QualityProblem, R::DamagedInTransit, R::Other};
}

void TestAfterSalesEnums::reasonsForKind()
{
    QFETCH(AfterSalesKind, kind);
    QFETCH(QList<AfterSalesReason>, reasons);
    QCOMPARE(reasonsFor(kind), reasons);
    for (AfterSalesReason reason : allAfterSalesReasons())
        QCOMPARE(reasonFitsKind(kind, reason), reasons.contains(reason));
}

void TestAfterSalesEnums::executedNames()
{
    QSet<QString> names;
    for (AfterSalesKind kind : allAfterSalesKinds())
        names.insert(executedName(kind));
    QCOMPARE(names.size(), 3);
    QVERIFY(!names.contains(QString()));
    QVERIFY(!names.contains(displayName(AfterSalesStatus::Executed)));
}

QTEST_GUILESS_MAIN(TestAfterSalesEnums)
#include "tst_aftersalesenums.moc"
