// BusinessCalendar: working days with Chinese holidays and make-up days (调休), business-day
// arithmetic, CSV import/export with line-numbered errors, and the shipped calendar.

#include "domain/businesscalendar.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using sw::domain::BusinessCalendar;

namespace {

// Beijing time, the calendar's own zone.
QDateTime bj(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600);
}

QByteArray sourceCsv()
{
    QFile file(QStringLiteral(SW_SOURCE_DIR "/resources/calendars/cn-holidays.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

BusinessCalendar china()
{
    auto calendar = BusinessCalendar::importCsv(sourceCsv());
    if (!calendar.ok())
        qFatal("cn-holidays.csv does not import: %s", qPrintable(calendar.message()));
    return calendar.value();
}

// A made-up 2027 Labour Day: Monday and Tuesday off, Saturday worked instead.
const char* const kFixture = "# test fixture\n"
                             "date,type,name\n"
                             "2027-05-03,holiday,劳动节\n"
                             "2027-05-04,holiday,劳动节\n"
                             "2027-05-08,workday,劳动节调休\n";

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCalendar();
    void isWorkingDay_data();
    void isWorkingDay();
    void addBusinessDays_data();
    void addBusinessDays();
    void businessDaysBetween_data();
    void businessDaysBetween();
    void workingTimeBetween_data();
    void workingTimeBetween();
    void arithmeticIsConsistent();
    void localDateUsesBeijingTime();
    void importErrors_data();
    void importErrors();
    void importAcceptsCommentsCrLfBomAndQuotes();
    void exportRoundTrips();
    void addEntryValidates();
};

void TestBusinessCalendar::shippedCalendar()
{
    const BusinessCalendar calendar = china();
    int holidays = 0;
    int workdays = 0;
    for (const auto& entry : calendar.entries()) {
        if (entry.type == BusinessCalendar::DayType::Holiday)
            ++holidays;
        else
            ++workdays;
        QVERIFY(!entry.name.isEmpty());
    }
    // 2025: 1 + 6 + 1 + 3 + 1 + 6 weekday holidays; 2026: 2 + 6 + 1 + 3 + 1 + 1 + 5.
    QCOMPARE(holidays, 18 + 19);
    QCOMPARE(workdays, 5 + 6);
    // The copy compiled into the core library is the same file.
    const auto builtIn = BusinessCalendar::chinaDefault();
    QVERIFY2(builtIn.ok(), qPrintable(builtIn.message()));
    QVERIFY(builtIn.value() == calendar);
}

void TestBusinessCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("2025 New Year (Wed)") << QDate(2025, 1, 1) << false;
    QTest::newRow("2025 Spring Festival make-up Sun Jan 26") << QDate(2025, 1, 26) << true;
    QTest::newRow("2025 Spring Festival Tue Feb 4") << QDate(2025, 2, 4) << false;
    QTest::newRow("2025 make-up Sat Feb 8") << QDate(2025, 2, 8) << true;
    QTest::newRow("2025 Labour Day Mon May 5") << QDate(2025, 5, 5) << false;
    QTest::newRow("2025 Dragon Boat Mon Jun 2") << QDate(2025, 6, 2) << false;
    QTest::newRow("2025 National Day Wed Oct 8") << QDate(2025, 10, 8) << false;
    QTest::newRow("2025 make-up Sat Oct 11") << QDate(2025, 10, 11) << true;
    QTest::newRow("2026 Jan 2 (Fri)") << QDate(2026, 1, 2) << false;
    QTest::newRow("2026 make-up Sun Jan 4") << QDate(2026, 1, 4) << true;
    QTest::newRow("2026 Fri Feb 13") << QDate(2026, 2, 13) << true;
    QTest::newRow("2026 make-up Sat Feb 14") << QDate(2026, 2, 14) << true;
    QTest::newRow("2026 Spring Festival Sun Feb 15") << QDate(2026, 2, 15) << false;
    QTest::newRow("2026 Spring Festival Mon Feb 16") << QDate(2026, 2, 16) << false;
    QTest::newRow("2026 Spring Festival Mon Feb 23") << QDate(2026, 2, 23) << false;
    QTest::newRow("2026 Tue Feb 24") << QDate(2026, 2, 24) << true;
    QTest::newRow("2026 make-up Sat Feb 28") << QDate(2026, 2, 28) << true;
    QTest::newRow("2026 plain Sun Mar 1") << QDate(2026, 3, 1) << false;
    QTest::newRow("2026 plain Wed Mar 4") << QDate(2026, 3, 4) << true;
    QTest::newRow("2026 Qingming Mon Apr 6") << QDate(2026, 4, 6) << false;
    QTest::newRow("2026 make-up Sat May 9") << QDate(2026, 5, 9) << true;
    QTest::newRow("2026 Mid-Autumn Fri Sep 25") << QDate(2026, 9, 25) << false;
    QTest::newRow("2026 make-up Sun Sep 20") << QDate(2026, 9, 20) << true;
    QTest::newRow("2026 National Day Thu Oct 1") << QDate(2026, 10, 1) << false;
    QTest::newRow("2026 National Day Wed Oct 7") << QDate(2026, 10, 7) << false;
    QTest::newRow("2026 Thu Oct 8") << QDate(2026, 10, 8) << true;
    QTest::newRow("2026 make-up Sat Oct 10") << QDate(2026, 10, 10) << true;
    QTest::newRow("2026 plain Sun Oct 11") << QDate(2026, 10, 11) << false;
}

void TestBusinessCalendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(china().isWorkingDay(date), working);
    // Without a calendar only the weekday matters.
    QCOMPARE(BusinessCalendar().isWorkingDay(date), date.dayOfWeek() <= 5);
}

void TestBusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<QByteArray>("csv"); // empty: the shipped calendar
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("due");
    const QByteArray cn;
    QTest::newRow("Spring Festival: Fri Feb 13 + 1 = make-up Sat")
        << cn << bj(2026, 2, 13, 10) << 1 << bj(2026, 2, 14, 10);
    QTest::newRow("Spring Festival: Fri Feb 13 + 2 skips Feb 15-23")
        << cn << bj(2026, 2, 13, 10) << 2 << bj(2026, 2, 24, 10);
    QTest::newRow("Spring Festival: Fri Feb 13 + 3") << cn << bj(2026, 2, 13, 10) << 3 << bj(2026, 2, 25, 10);
    QTest::newRow("from the make-up Saturday") << cn << bj(2026, 2, 14, 9) << 1 << bj(2026, 2, 24, 9);
    QTest::newRow("start inside the holiday: end of the 1st working day")
        << cn << bj(2026, 2, 16, 10) << 1 << bj(2026, 2, 25, 0);
    QTest::newRow("golden week: Wed Sep 30 + 1") << cn << bj(2026, 9, 30, 15) << 1 << bj(2026, 10, 8, 15);
    QTest::newRow("golden week: Wed Sep 30 + 3 = make-up Sat")
        << cn << bj(2026, 9, 30, 15) << 3 << bj(2026, 10, 10, 15);
    QTest::newRow("golden week: Wed Sep 30 + 4") << cn << bj(2026, 9, 30, 15) << 4 << bj(2026, 10, 12, 15);
    QTest::newRow("Sat before make-up Sun Sep 20") << cn << bj(2026, 9, 19, 10) << 1 << bj(2026, 9, 21, 0);
    QTest::newRow("New Year 2026 lands on make-up Sun Jan 4")
        << cn << bj(2025, 12, 31, 12) << 1 << bj(2026, 1, 4, 12);
    QTest::newRow("plain week Mon + 5") << cn << bj(2026, 3, 2, 9) << 5 << bj(2026, 3, 9, 9);
    QTest::newRow("plain Fri + 1 = Mon") << cn << bj(2026, 3, 6, 17) << 1 << bj(2026, 3, 9, 17);
    QTest::newRow("midnight start") << cn << bj(2026, 3, 2, 0) << 1 << bj(2026, 3, 3, 0);
    QTest::newRow("zero days") << cn << bj(2026, 2, 15, 10) << 0 << bj(2026, 2, 15, 10);
    QTest::newRow("merchant review over 2025 Spring Festival")
        << cn << bj(2025, 1, 24, 16) << 3 << bj(2025, 2, 5, 16);
    const QByteArray fixture(kFixture);
    QTest::newRow("fixture: Fri + 1 skips Mon/Tue")
        << fixture << bj(2027, 4, 30, 17) << 1 << bj(2027, 5, 5, 17);
    QTest::newRow("fixture: Fri + 4 = make-up Sat")
        << fixture << bj(2027, 4, 30, 17) << 4 << bj(2027, 5, 8, 17);
    QTest::newRow("fixture: Fri + 5") << fixture << bj(2027, 4, 30, 17) << 5 << bj(2027, 5, 10, 17);
    QTest::newRow("fixture: from Sun May 2") << fixture << bj(2027, 5, 2, 8) << 1 << bj(2027, 5, 6, 0);
}

void TestBusinessCalendar::addBusinessDays()
{
    QFETCH(QByteArray, csv);
    QFETCH(QDateTime, start);
    QFETCH(int, days);
    QFETCH(QDateTime, due);
    const BusinessCalendar calendar = csv.isEmpty() ? china() : BusinessCalendar::importCsv(csv).value();
    QCOMPARE(calendar.addBusinessDays(start, days), due);
    // The same instant whatever zone the start is expressed in.
    QCOMPARE(calendar.addBusinessDays(start.toUTC(), days), due);
}

void TestBusinessCalendar::businessDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("days");
    QTest::newRow("same day") << QDate(2026, 2, 13) << QDate(2026, 2, 13) << 0;
    QTest::newRow("Feb 13 to Feb 25") << QDate(2026, 2, 13) << QDate(2026, 2, 25) << 3;
    QTest::newRow("reversed") << QDate(2026, 2, 25) << QDate(2026, 2, 13) << -3;
    QTest::newRow("inside the holiday") << QDate(2026, 2, 15) << QDate(2026, 2, 23) << 0;
    QTest::newRow("golden week") << QDate(2026, 9, 30) << QDate(2026, 10, 12) << 4;
    QTest::newRow("plain week") << QDate(2026, 3, 2) << QDate(2026, 3, 9) << 5;
    QTest::newRow("whole 2026 March") << QDate(2026, 2, 28) << QDate(2026, 3, 31) << 22;
    // 261 weekdays − 19 weekday holidays + 6 make-up days.
    QTest::newRow("2026 (Jan 1 to Dec 31)") << QDate(2025, 12, 31) << QDate(2026, 12, 31) << 248;
}

void TestBusinessCalendar::businessDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, days);
    QCOMPARE(china().businessDaysBetween(from, to), days);
}

void TestBusinessCalendar::workingTimeBetween_data()
{
    QTest::addColumn<QDateTime>("a");
    QTest::addColumn<QDateTime>("b");
    QTest::addColumn<qint64>("secs");
    QTest::newRow("same working day") << bj(2026, 3, 4, 9) << bj(2026, 3, 4, 17) << qint64(8 * 3600);
    QTest::newRow("inside a holiday") << bj(2026, 2, 16, 8) << bj(2026, 2, 16, 20) << qint64(0);
    QTest::newRow("Fri 10:00 to Tue Feb 24 10:00 (14 h + 24 h + 10 h)")
        << bj(2026, 2, 13, 10) << bj(2026, 2, 24, 10) << qint64(48 * 3600);
    QTest::newRow("reversed is negative") << bj(2026, 2, 24, 10) << bj(2026, 2, 13, 10) << qint64(-48 * 3600);
    QTest::newRow("plain weekend excluded") << bj(2026, 3, 6, 12) << bj(2026, 3, 9, 12) << qint64(24 * 3600);
    QTest::newRow("empty") << bj(2026, 3, 6, 12) << bj(2026, 3, 6, 12) << qint64(0);
    QTest::newRow("golden week") << bj(2026, 9, 30, 0) << bj(2026, 10, 9, 0) << qint64(2 * 24 * 3600);
}

void TestBusinessCalendar::workingTimeBetween()
{
    QFETCH(QDateTime, a);
    QFETCH(QDateTime, b);
    QFETCH(qint64, secs);
    QCOMPARE(china().workingTimeBetween(a, b), secs);
}

void TestBusinessCalendar::arithmeticIsConsistent()
{
    const BusinessCalendar calendar = china();
    QRandomGenerator rng(42);
    const QDateTime base = bj(2025, 1, 1);
    for (int i = 0; i < 300; ++i) {
        const QDateTime start = base.addSecs(qint64(rng.bounded(700 * 24 * 60)) * 60);
        const int days = rng.bounded(12);
        const QDateTime due = calendar.addBusinessDays(start, days);
        QVERIFY(due >= start);
        QCOMPARE(calendar.workingTimeBetween(start, due), qint64(days) * 86400);
        if (calendar.isWorkingDay(calendar.localDate(start)) && days > 0) {
            QCOMPARE(calendar.businessDaysBetween(calendar.localDate(start), calendar.localDate(due)), days);
            QCOMPARE(due.toOffsetFromUtc(8 * 3600).time(), start.toOffsetFromUtc(8 * 3600).time());
            QVERIFY(calendar.isWorkingDay(calendar.localDate(due)));
        }
        const qint64 secs = rng.bounded(20 * 86400);
        const QDateTime end = calendar.addWorkingTime(start, secs);
        QCOMPARE(calendar.workingTimeBetween(start, end), secs);
        // Earliest such instant: one second earlier is not enough.
        if (secs > 0)
            QCOMPARE(calendar.workingTimeBetween(start, end.addSecs(-1)), secs - 1);
    }
}

void TestBusinessCalendar::localDateUsesBeijingTime()
{
    const BusinessCalendar calendar;
    // 23:30 UTC on Friday the 13th is 07:30 on Saturday in Beijing.
    const QDateTime t(QDate(2026, 2, 13), QTime(23, 30), Qt::UTC);
    QCOMPARE(calendar.localDate(t), QDate(2026, 2, 14));
    BusinessCalendar utc;
    utc.setUtcOffsetSecs(0);
    QCOMPARE(utc.localDate(t), QDate(2026, 2, 13));
    QCOMPARE(calendar.workingTimeBetween(t, t.addSecs(3600)), qint64(0)); // a Saturday
    QCOMPARE(utc.workingTimeBetween(t, t.addSecs(3600)), qint64(1800));   // Friday's last half hour
}

void TestBusinessCalendar::importErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // part of the message
    const QByteArray head = "# comment\ndate,type,name\n2026-02-16,holiday,春节\n";
    QTest::newRow("impossible date") << head + "2026-02-30,holiday,x\n"
                                     << QStringLiteral("Line 4: “2026-02-30” is not a date");
    QTest::newRow("slashes") << head + "2026/02/17,holiday,x\n"
                             << QStringLiteral("Line 4: “2026/02/17” is not a date");
    QTest::newRow("short date") << head + "2026-2-17,holiday,x\n"
                                << QStringLiteral("Line 4: “2026-2-17” is not a date");
    QTest::newRow("unknown type") << head + "2026-02-17,vacation,x\n"
                                  << QStringLiteral("Line 4: unknown day type “vacation”");
    QTest::newRow("duplicate") << head + "\n2026-02-16,holiday,again\n"
                               << QStringLiteral("Line 5: 2026-02-16 is already listed on line 3");
    QTest::newRow("workday on a weekday") << head + "2026-02-17,workday,x\n"
                                          << QStringLiteral("Line 4: 2026-02-17 is a weekday");
    QTest::newRow("holiday on a weekend") << head + "2026-02-15,holiday,x\n"
                                          << QStringLiteral("Line 4: 2026-02-15 falls on a weekend");
    QTest::newRow("two fields") << head + "2026-02-17,holiday\n"
                                << QStringLiteral("Line 4: expected three fields");
    QTest::newRow("no name") << head + "2026-02-17,holiday,  \n"
                             << QStringLiteral("Line 4: the day 2026-02-17 has no name");
    QTest::newRow("missing header") << QByteArray("\n2026-02-16,holiday,春节\n")
                                    << QStringLiteral("Line 2: the first line must be the header");
    QTest::newRow("empty file") << QByteArray("# only a comment\n") << QStringLiteral("empty");
}

void TestBusinessCalendar::importErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const auto result = BusinessCalendar::importCsv(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), sw::ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
}

void TestBusinessCalendar::importAcceptsCommentsCrLfBomAndQuotes()
{
    const QByteArray csv = "\xEF\xBB\xBF# header comment\r\n\r\nDate, Type, Name\r\n"
                           "2026-02-16 , holiday , 春节\r\n"
                           "# a comment in the middle\r\n"
                           "2026-02-14,WORKDAY,\"调休, Spring Festival\"\r\n";
    const auto result = BusinessCalendar::importCsv(csv);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const auto entries = result->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).date, QDate(2026, 2, 14));
    QCOMPARE(entries.at(0).type, BusinessCalendar::DayType::Workday);
    QCOMPARE(entries.at(0).name, QStringLiteral("调休, Spring Festival"));
    QCOMPARE(entries.at(1).name, QStringLiteral("春节"));
    QVERIFY(BusinessCalendar::importCsv(QByteArray("date,type,name\n")).ok()); // header only: empty calendar
}

void TestBusinessCalendar::exportRoundTrips()
{
    const BusinessCalendar calendar = china();
    const auto again = BusinessCalendar::importCsv(calendar.exportCsv());
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QVERIFY(again.value() == calendar);

    BusinessCalendar quoted;
    QVERIFY(quoted
                .addEntry({QDate(2026, 2, 16), BusinessCalendar::DayType::Holiday,
                           QStringLiteral("Spring \"Festival\", day 2")})
                .ok());
    const auto back = BusinessCalendar::importCsv(quoted.exportCsv());
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(back.value() == quoted);
}

void TestBusinessCalendar::addEntryValidates()
{
    BusinessCalendar calendar;
    using T = BusinessCalendar::DayType;
    QVERIFY(calendar.addEntry({QDate(2026, 2, 16), T::Holiday, QStringLiteral("春节")}).ok());
    QVERIFY(!calendar.addEntry({QDate(2026, 2, 16), T::Holiday, QStringLiteral("again")}).ok());
    QVERIFY(!calendar.addEntry({QDate(2026, 2, 15), T::Holiday, QStringLiteral("Sunday")}).ok());
    QVERIFY(!calendar.addEntry({QDate(2026, 2, 17), T::Workday, QStringLiteral("Tuesday")}).ok());
    QVERIFY(!calendar.addEntry({QDate(), T::Holiday, QStringLiteral("nothing")}).ok());
    QVERIFY(!calendar.addEntry({QDate(2026, 2, 17), T::Holiday, QStringLiteral(" ")}).ok());
    QCOMPARE(calendar.entries().size(), 1);
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 16)));
    QVERIFY(calendar.removeEntry(QDate(2026, 2, 16)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 16)));
    QVERIFY(calendar.isEmpty());
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
