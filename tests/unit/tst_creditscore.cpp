// CreditRules: the default deltas, levels at every boundary, clamping at 0 and 100,
// what-if equals recording, versioned edits and the JSON of the rules table.

#include "domain/creditscore.h"

#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::CreditLevel)

class TestCreditScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheRegulations()
    {
        const CreditRules r = CreditRules::defaults();
        QCOMPARE(r.version(), 1);
        QCOMPARE(CreditRules::kStartScore, 80);
        QCOMPARE(r.delta(CreditEventKind::UpheldComplaint), -2);
        QCOMPARE(r.delta(CreditEventKind::FailedSpotCheck), -10);
        QCOMPARE(r.delta(CreditEventKind::FakeReviews), -6);
        QCOMPARE(r.delta(CreditEventKind::IpInfringement), -12);
        QCOMPARE(r.delta(CreditEventKind::CleanQuarter), 2);
        QCOMPARE(r.delta(CreditEventKind::DisputeLost), -2);
    }

    void levels_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<CreditLevel>("level");
        QTest::newRow("100") << 100 << CreditLevel::A;
        QTest::newRow("90") << 90 << CreditLevel::A;
        QTest::newRow("89") << 89 << CreditLevel::B;
        QTest::newRow("80 (start)") << 80 << CreditLevel::B;
        QTest::newRow("75") << 75 << CreditLevel::B;
        QTest::newRow("74") << 74 << CreditLevel::C;
        QTest::newRow("60") << 60 << CreditLevel::C;
        QTest::newRow("59") << 59 << CreditLevel::D;
        QTest::newRow("0") << 0 << CreditLevel::D;
    }
    void levels()
    {
        QFETCH(int, score);
        QFETCH(CreditLevel, level);
        QCOMPARE(CreditRules::levelOf(score), level);
    }

    void scoreIsClampedAfterEveryEvent()
    {
        QCOMPARE(CreditRules::replay({}), 80);
        QCOMPARE(CreditRules::replay({-12, -10}), 58);
        // 80 + 5 × 2 = 90, then capped: 98 + 2 + 2 = 100 (not 102), then −2 = 98.
        QCOMPARE(CreditRules::replay({2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, -2}), 98);
        // Eight IP infringements reach 0, a clean quarter then gives 2 (not −94 + 2).
        QCOMPARE(CreditRules::replay({-12, -12, -12, -12, -12, -12, -12, -12, 2}), 2);
    }

    void whatIfIsWhatRecordingGives()
    {
        const CreditRules r = CreditRules::defaults();
        const CreditChange c = r.whatIf(76, CreditEventKind::UpheldComplaint);
        QCOMPARE(c.before, 76);
        QCOMPARE(c.delta, -2);
        QCOMPARE(c.after, 74);
        QCOMPARE(c.levelBefore, CreditLevel::B);
        QCOMPARE(c.levelAfter, CreditLevel::C); // the level drops: worth showing first
        QCOMPARE(c.rulesVersion, 1);
        QCOMPARE(c.after, CreditRules::replay({-4, -2}));
        QCOMPARE(r.whatIf(99, CreditEventKind::CleanQuarter).after, 100);
        QCOMPARE(r.whatIf(5, CreditEventKind::FailedSpotCheck).after, 0);
    }

    void editsMakeANewVersion()
    {
        const CreditRules v1 = CreditRules::defaults();
        const auto v2 = v1.withDelta(CreditEventKind::FakeReviews, -8);
        QVERIFY(v2);
        QCOMPARE(v2->version(), 2);
        QCOMPARE(v2->delta(CreditEventKind::FakeReviews), -8);
        QCOMPARE(v1.delta(CreditEventKind::FakeReviews), -6); // the old version is unchanged
        QCOMPARE(v2->whatIf(80, CreditEventKind::FakeReviews).rulesVersion, 2);
        const auto tooMuch = v1.withDelta(CreditEventKind::FakeReviews, -101);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.code(), sw::ErrorCode::InvalidInput);
    }

    void json()
    {
        const CreditRules v2 = *CreditRules::defaults().withDelta(CreditEventKind::CleanQuarter, 3);
        const auto back = CreditRules::fromJson(v2.toJson());
        QVERIFY2(back, qPrintable(back.message()));
        QVERIFY(*back == v2);

        QJsonObject unknown = v2.toJson();
        QJsonObject deltas = unknown.value(QStringLiteral("deltas")).toObject();
        deltas.insert(QStringLiteral("late_delivery"), -1);
        unknown.insert(QStringLiteral("deltas"), deltas);
        QVERIFY(CreditRules::fromJson(unknown).message().contains(QStringLiteral("late_delivery")));

        QJsonObject missing = v2.toJson();
        deltas = missing.value(QStringLiteral("deltas")).toObject();
        deltas.remove(QStringLiteral("fake_reviews"));
        missing.insert(QStringLiteral("deltas"), deltas);
        QVERIFY(!CreditRules::fromJson(missing));

        QJsonObject fraction = v2.toJson();
        deltas = fraction.value(QStringLiteral("deltas")).toObject();
        deltas.insert(QStringLiteral("fake_reviews"), -1.5);
        fraction.insert(QStringLiteral("deltas"), deltas);
        QVERIFY(!CreditRules::fromJson(fraction));

        QJsonObject version0 = v2.toJson();
        version0.insert(QStringLiteral("version"), 0);
        QVERIFY(!CreditRules::fromJson(version0));
    }

    void codesAreStable()
    {
        QCOMPARE(code(CreditEventKind::IpInfringement), QStringLiteral("ip_infringement"));
        QCOMPARE(code(CreditLevel::C), QStringLiteral("C"));
        for (CreditEventKind k : allCreditEventKinds()) {
            bool ok = false;
            QCOMPARE(fromCode<CreditEventKind>(code(k), &ok), k);
            QVERIFY(ok);
            QVERIFY(!displayName(k).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCreditScore)
#include "tst_creditscore.moc"
