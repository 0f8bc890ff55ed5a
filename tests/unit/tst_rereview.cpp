// Rereview: the anniversary and the 30-days-before-expiry dates at their boundaries,
// month ends, long-term documents, catching up, and never generating twice.

#include "domain/rereview.h"

#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::RereviewCause)

class TestRereview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextDue_data()
    {
        QTest::addColumn<QDate>("approved");
        QTest::addColumn<QList<QDate>>("validUntil");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<RereviewCause>("cause");
        const QDate approved(2025, 3, 15);
        QTest::newRow("no documents expire: anniversary") << approved << QList<QDate>{} << QDate(2026, 3, 15)
                                                          << RereviewCause::Anniversary;
        QTest::newRow("long-term documents only") << approved << QList<QDate>{QDate()} << QDate(2026, 3, 15)
                                                  << RereviewCause::Anniversary;
        QTest::newRow("licence valid until 30 June: due 31 May")
            << approved << QList<QDate>{QDate(2025, 6, 30), QDate(2027, 1, 1)} << QDate(2025, 5, 31)
            << RereviewCause::DocumentExpiring;
        QTest::newRow("expiry 30 days after the anniversary: the same day, anniversary wins")
            << approved << QList<QDate>{QDate(2026, 4, 14)} << QDate(2026, 3, 15) << RereviewCause::Anniversary;
        QTest::newRow("expiry 29 days after the anniversary: one day earlier")
            << approved << QList<QDate>{QDate(2026, 4, 13)} << QDate(2026, 3, 14) << RereviewCause::DocumentExpiring;
        QTest::newRow("approved 31 January: end of February") << QDate(2025, 1, 31) << QList<QDate>{}
                                                              << QDate(2026, 1, 31) << RereviewCause::Anniversary;
        QTest::newRow("approved 29 February: 28 February") << QDate(2024, 2, 29) << QList<QDate>{}
                                                           << QDate(2025, 2, 28) << RereviewCause::Anniversary;
        QTest::newRow("document already expired at approval: due at once")
            << approved << QList<QDate>{QDate(2025, 3, 1)} << QDate(2025, 1, 30) << RereviewCause::DocumentExpiring;
    }
    void nextDue()
    {
        QFETCH(QDate, approved);
        QFETCH(QList<QDate>, validUntil);
        QFETCH(QDate, due);
        QFETCH(RereviewCause, cause);
        const auto next = Rereview::nextDue({approved, validUntil, false});
        QVERIFY(next.has_value());
        QCOMPARE(next->on, due);
        QCOMPARE(next->cause, cause);
    }

    void generatedOnTheDayAndAfterButNeverTwice()
    {
        RereviewFacts f{QDate(2025, 3, 15), {QDate(2025, 6, 30)}, false};
        QVERIFY(!Rereview::generateOn(f, QDate(2025, 5, 30))); // the day before
        QVERIFY(Rereview::generateOn(f, QDate(2025, 5, 31)));  // on the day
        QVERIFY(Rereview::generateOn(f, QDate(2025, 6, 20)));  // a workstation that was off catches up
        f.reviewOpen = true;                                   // generated: open in the queue
        QVERIFY(!Rereview::generateOn(f, QDate(2025, 6, 20)));
        // Approved again on 10 June with a renewed licence: the next cycle starts there.
        f = {QDate(2025, 6, 10), {QDate(2028, 6, 30)}, false};
        QVERIFY(!Rereview::generateOn(f, QDate(2025, 6, 20)));
        QVERIFY(!Rereview::generateOn(f, QDate(2026, 6, 9)));
        QVERIFY(Rereview::generateOn(f, QDate(2026, 6, 10)));
        // Never approved: no re-review.
        QVERIFY(!Rereview::nextDue({QDate(), {QDate(2025, 6, 30)}, false}));
        QVERIFY(!Rereview::generateOn({QDate(), {}, false}, QDate(2030, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestRereview)
#include "tst_rereview.moc"
