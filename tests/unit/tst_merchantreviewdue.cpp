// MerchantReviewDue: 3 business days on the China calendar (weekends, the National Day
// holiday and its make-up working days), the clock stopped while information is requested.

#include "domain/merchantreviewdue.h"

#include <QtTest>

using namespace sw::domain;

namespace {

// Beijing local time.
QDateTime bj(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(BusinessCalendar::kChinaUtcOffsetSecs));
}

} // namespace

class TestMerchantReviewDue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto cal = BusinessCalendar::chinaDefault();
        QVERIFY2(cal, qPrintable(cal.message()));
        m_cal = *cal;
    }

    void due_data()
    {
        QTest::addColumn<QDateTime>("submitted");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("Wednesday") << bj(2025, 11, 19, 10) << bj(2025, 11, 24, 10);
        QTest::newRow("Friday, over the weekend") << bj(2025, 11, 21, 10) << bj(2025, 11, 26, 10);
        QTest::newRow("Saturday: end of the third working day") << bj(2025, 11, 22, 10) << bj(2025, 11, 27, 0);
        QTest::newRow("before National Day: holidays skipped, make-up Saturday counts")
            << bj(2025, 9, 30, 10) << bj(2025, 10, 11, 10);
        QTest::newRow("Friday before a make-up Sunday (调休)") << bj(2025, 9, 26, 10) << bj(2025, 9, 30, 10);
        QTest::newRow("on a public holiday") << bj(2025, 10, 2, 15) << bj(2025, 10, 12, 0);
    }
    void due()
    {
        QFETCH(QDateTime, submitted);
        QFETCH(QDateTime, due);
        const auto at = MerchantReviewDue::due(m_cal, submitted, {});
        QVERIFY(at.has_value());
        QCOMPARE(at->toUTC(), due.toUTC());
    }

    void waitingForInformationStopsTheClock()
    {
        const QDateTime submitted = bj(2025, 11, 17, 10); // Monday, due Thursday 10:00
        QCOMPARE(MerchantReviewDue::due(m_cal, submitted, {})->toUTC(), bj(2025, 11, 20, 10).toUTC());
        // Asked Monday 11:00, answered Wednesday 11:00: two working days later.
        const QList<ReviewPause> twoDays{{bj(2025, 11, 17, 11), bj(2025, 11, 19, 11)}};
        QCOMPARE(MerchantReviewDue::due(m_cal, submitted, twoDays)->toUTC(), bj(2025, 11, 24, 10).toUTC());
        // A wait over a weekend counts only its working time: Friday 10:00 → Monday 10:00 is one day.
        const QList<ReviewPause> overWeekend{{bj(2025, 11, 21, 10), bj(2025, 11, 24, 10)}};
        QCOMPARE(MerchantReviewDue::due(m_cal, submitted, overWeekend)->toUTC(), bj(2025, 11, 21, 10).toUTC());
        // Still waiting: no due time, never overdue.
        const QList<ReviewPause> open{{bj(2025, 11, 17, 11), QDateTime()}};
        QVERIFY(!MerchantReviewDue::due(m_cal, submitted, open).has_value());
        QVERIFY(!MerchantReviewDue::overdue(m_cal, submitted, open, bj(2026, 1, 1, 0)));
    }

    void overdueOnlyAfterTheDueTime()
    {
        const QDateTime submitted = bj(2025, 11, 19, 10);
        QVERIFY(!MerchantReviewDue::overdue(m_cal, submitted, {}, bj(2025, 11, 24, 10)));
        QVERIFY(MerchantReviewDue::overdue(m_cal, submitted, {}, bj(2025, 11, 24, 10, 1)));
    }

private:
    BusinessCalendar m_cal;
};

QTEST_GUILESS_MAIN(TestMerchantReviewDue)
#include "tst_merchantreviewdue.moc"
