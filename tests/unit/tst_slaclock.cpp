// SlaClock: first-response and resolution clocks — targets, the exact 75 % / 100 %
// boundaries, pauses shifting the due time, paused-now, met in time or late, the overall
// state, business-day mode over the Spring Festival, and the remaining-time wording.

#include "domain/slaclock.h"

#include <QFile>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::SlaState)
Q_DECLARE_METATYPE(sw::domain::TicketKind)
Q_DECLARE_METATYPE(sw::domain::TicketPriority)

namespace {

constexpr qint64 H = 3600;
constexpr qint64 kNone = -1; // "no such time" in the table
const QDateTime kReceived(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QDateTime at(qint64 secsAfterReceipt)
{
    return secsAfterReceipt == kNone ? QDateTime() : kReceived.addSecs(secsAfterReceipt);
}

QDateTime bj(int m, int d, int h)
{
    return QDateTime(QDate(2026, m, d), QTime(h, 0), Qt::OffsetFromUTC, 8 * 3600);
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void noReceiptTimeIsNone();
    void clockOverloadReadsNow();
    void businessDays();
    void worse();
    void formatRemaining_data();
    void formatRemaining();
};

void TestSlaClock::table_data()
{
    QTest::addColumn<TicketKind>("kind");
    QTest::addColumn<TicketPriority>("priority");
    QTest::addColumn<bool>("special");
    QTest::addColumn<qint64>("responded"); // seconds after receipt, kNone = not yet
    QTest::addColumn<qint64>("resolved");
    QTest::addColumn<QList<qint64>>("pauses"); // start, end pairs; end kNone = still paused
    QTest::addColumn<qint64>("now");
    QTest::addColumn<SlaState>("frState");
    QTest::addColumn<qint64>("frRemaining");
    QTest::addColumn<qint64>("frDue"); // kNone = null
    QTest::addColumn<SlaState>("resState");
    QTest::addColumn<qint64>("resRemaining");
    QTest::addColumn<qint64>("resDue");
    QTest::addColumn<SlaState>("overall");

    using S = SlaState;
    const auto I = TicketKind::Inquiry;
    const auto N = TicketPriority::Normal; // inquiry/normal: 48 h to resolve
    const QList<qint64> none;
    // clang-format off
    QTest::newRow("fresh ticket")
        << I << N << false << kNone << kNone << none << 1 * H
        << S::Ok << 23 * H << 24 * H << S::Ok << 47 * H << 48 * H << S::Ok;
    QTest::newRow("first response 1 s below 75 %")
        << I << N << false << kNone << kNone << none << 18 * H - 1
        << S::Ok << 6 * H + 1 << 24 * H << S::Ok << 30 * H + 1 << 48 * H << S::Ok;
    QTest::newRow("first response exactly 75 %: warning")
        << I << N << false << kNone << kNone << none << 18 * H
        << S::Warning << 6 * H << 24 * H << S::Ok << 30 * H << 48 * H << S::Warning;
    QTest::newRow("first response 1 s below 100 %")
        << I << N << false << kNone << kNone << none << 24 * H - 1
        << S::Warning << qint64(1) << 24 * H << S::Ok << 24 * H + 1 << 48 * H << S::Warning;
    QTest::newRow("first response exactly 100 %: breached")
        << I << N << false << kNone << kNone << none << 24 * H
        << S::Breached << qint64(0) << 24 * H << S::Ok << 24 * H << 48 * H << S::Breached;
    QTest::newRow("special case: 48 h, 50 % at 24 h")
        << I << N << true << kNone << kNone << none << 24 * H
        << S::Ok << 24 * H << 48 * H << S::Ok << 24 * H << 48 * H << S::Ok;
    QTest::newRow("special case: warning at 36 h")
        << I << TicketPriority::Low << true << kNone << kNone << none << 36 * H
        << S::Warning << 12 * H << 48 * H << S::Ok << 36 * H << 72 * H << S::Warning;
    QTest::newRow("special case: breached at 48 h")
        << I << TicketPriority::Low << true << kNone << kNone << none << 48 * H
        << S::Breached << qint64(0) << 48 * H << S::Ok << 24 * H << 72 * H << S::Breached;
    QTest::newRow("responded in time")
        << I << N << false << 2 * H << kNone << none << 30 * H
        << S::Met << 22 * H << 24 * H << S::Ok << 18 * H << 48 * H << S::Ok;
    QTest::newRow("responded at the last second is in time")
        << I << N << false << 24 * H << kNone << none << 30 * H
        << S::Met << qint64(0) << 24 * H << S::Ok << 18 * H << 48 * H << S::Ok;
    QTest::newRow("responded late")
        << I << N << false << 25 * H << kNone << none << 26 * H
        << S::Breached << -1 * H << 24 * H << S::Ok << 22 * H << 48 * H << S::Ok;
    QTest::newRow("pause shifts the due time")
        << I << N << false << 1 * H << kNone << QList<qint64>{10 * H, 20 * H} << 30 * H
        << S::Met << 23 * H << 24 * H << S::Ok << 28 * H << 58 * H << S::Ok;
    QTest::newRow("resumed, exactly 75 % of running time")
        << I << N << false << 1 * H << kNone << QList<qint64>{10 * H, 20 * H} << 46 * H
        << S::Met << 23 * H << 24 * H << S::Warning << 12 * H << 58 * H << S::Warning;
    QTest::newRow("paused now: no due time")
        << I << N << false << 1 * H << kNone << QList<qint64>{10 * H, kNone} << 30 * H
        << S::Met << 23 * H << 24 * H << S::Paused << 38 * H << kNone << S::Paused;
    QTest::newRow("pause starting exactly now is paused")
        << I << N << false << 1 * H << kNone << QList<qint64>{30 * H, kNone} << 30 * H
        << S::Met << 23 * H << 24 * H << S::Paused << 18 * H << kNone << S::Paused;
    QTest::newRow("pause ending exactly now is running")
        << I << N << false << 1 * H << kNone << QList<qint64>{10 * H, 30 * H} << 30 * H
        << S::Met << 23 * H << 24 * H << S::Ok << 38 * H << 68 * H << S::Ok;
    QTest::newRow("paused after the breach stays breached")
        << I << N << false << 1 * H << kNone << QList<qint64>{50 * H, kNone} << 60 * H
        << S::Met << 23 * H << 24 * H << S::Breached << -2 * H << 48 * H << S::Breached;
    QTest::newRow("pauses count for the first response too")
        << I << N << false << kNone << kNone << QList<qint64>{10 * H, 20 * H} << 40 * H
        << S::Breached << -6 * H << 34 * H << S::Ok << 18 * H << 58 * H << S::Breached;
    QTest::newRow("overlapping and unsorted pauses are merged")
        << I << N << false << 1 * H << kNone << QList<qint64>{15 * H, 25 * H, 10 * H, 20 * H} << 30 * H
        << S::Met << 23 * H << 24 * H << S::Ok << 33 * H << 63 * H << S::Ok;
    QTest::newRow("pause before receipt is clipped")
        << I << N << false << kNone << kNone << QList<qint64>{-5 * H, 2 * H} << 10 * H
        << S::Ok << 16 * H << 26 * H << S::Ok << 40 * H << 50 * H << S::Ok;
    QTest::newRow("resolved in time")
        << I << N << false << 1 * H << 40 * H << none << 100 * H
        << S::Met << 23 * H << 24 * H << S::Met << 8 * H << 48 * H << S::Met;
    QTest::newRow("resolved late")
        << I << N << false << 1 * H << 50 * H << none << 100 * H
        << S::Met << 23 * H << 24 * H << S::Breached << -2 * H << 48 * H << S::Breached;
    QTest::newRow("both in time but first response late: overall breached")
        << I << N << false << 30 * H << 40 * H << none << 100 * H
        << S::Breached << -6 * H << 24 * H << S::Met << 8 * H << 48 * H << S::Breached;
    QTest::newRow("resolving also answers the first response")
        << I << N << false << kNone << 5 * H << none << 100 * H
        << S::Met << 19 * H << 24 * H << S::Met << 43 * H << 48 * H << S::Met;
    QTest::newRow("resolved after a pause")
        << I << N << false << 1 * H << 50 * H << QList<qint64>{10 * H, 20 * H} << 100 * H
        << S::Met << 23 * H << 24 * H << S::Met << 8 * H << 58 * H << S::Met;
    QTest::newRow("complaint urgent: 24 h, warning at 20 h")
        << TicketKind::Complaint << TicketPriority::Urgent << false << 1 * H << kNone << none << 20 * H
        << S::Met << 23 * H << 24 * H << S::Warning << 4 * H << 24 * H << S::Warning;
    QTest::newRow("complaint low: 120 h")
        << TicketKind::Complaint << TicketPriority::Low << false << 1 * H << kNone << none << 20 * H
        << S::Met << 23 * H << 24 * H << S::Ok << 100 * H << 120 * H << S::Ok;
    QTest::newRow("inquiry urgent: 8 h, breached")
        << I << TicketPriority::Urgent << false << 1 * H << kNone << none << 9 * H
        << S::Met << 23 * H << 24 * H << S::Breached << -1 * H << 8 * H << S::Breached;
    QTest::newRow("suggestion: 168 h")
        << TicketKind::Suggestion << TicketPriority::Urgent << false << 1 * H << kNone << none << 100 * H
        << S::Met << 23 * H << 24 * H << S::Ok << 68 * H << 168 * H << S::Ok;
    // clang-format on
}

void TestSlaClock::table()
{
    QFETCH(TicketKind, kind);
    QFETCH(TicketPriority, priority);
    QFETCH(bool, special);
    QFETCH(qint64, responded);
    QFETCH(qint64, resolved);
    QFETCH(QList<qint64>, pauses);
    QFETCH(qint64, now);
    QFETCH(SlaState, frState);
    QFETCH(qint64, frRemaining);
    QFETCH(qint64, frDue);
    QFETCH(SlaState, resState);
    QFETCH(qint64, resRemaining);
    QFETCH(qint64, resDue);
    QFETCH(SlaState, overall);

    SlaFacts facts;
    facts.receivedAt = kReceived;
    facts.kind = kind;
    facts.priority = priority;
    facts.specialCase = special;
    facts.firstRespondedAt = at(responded);
    facts.resolvedAt = at(resolved);
    for (qsizetype i = 0; i + 1 < pauses.size(); i += 2)
        facts.pauses.append({at(pauses.at(i)), at(pauses.at(i + 1))});

    const SlaReading r = SlaClock().evaluate(facts, at(now));
    QCOMPARE(r.firstResponse.state, frState);
    QCOMPARE(r.firstResponse.remainingSecs, frRemaining);
    QCOMPARE(r.firstResponse.due, at(frDue));
    QCOMPARE(r.firstResponse.elapsedSecs, r.firstResponse.targetSecs - frRemaining);
    QCOMPARE(r.firstResponse.metLate, r.firstResponse.stoppedAt.isValid() && frState == SlaState::Breached);
    QCOMPARE(r.resolution.state, resState);
    QCOMPARE(r.resolution.remainingSecs, resRemaining);
    QCOMPARE(r.resolution.due, at(resDue));
    QCOMPARE(r.resolution.metLate, r.resolution.stoppedAt.isValid() && resState == SlaState::Breached);
    QCOMPARE(r.resolution.fraction, double(r.resolution.elapsedSecs) / double(r.resolution.targetSecs));
    QCOMPARE(r.overall, overall);
}

void TestSlaClock::noReceiptTimeIsNone()
{
    SlaFacts facts;
    const SlaReading r = SlaClock().evaluate(facts, kReceived);
    QCOMPARE(r.firstResponse.state, SlaState::None);
    QCOMPARE(r.resolution.state, SlaState::None);
    QCOMPARE(r.overall, SlaState::None);
    QVERIFY(!r.resolution.due.isValid());
}

void TestSlaClock::clockOverloadReadsNow()
{
    SlaFacts facts;
    facts.receivedAt = kReceived;
    sw::ManualClock clock(kReceived.addSecs(18 * H));
    const SlaClock sla;
    QCOMPARE(sla.evaluate(facts, clock).firstResponse.state, SlaState::Warning);
    clock.advanceSecs(6 * H);
    QCOMPARE(sla.evaluate(facts, clock).firstResponse.state, SlaState::Breached);
}

void TestSlaClock::businessDays()
{
    QFile file(QStringLiteral(SW_SOURCE_DIR "/resources/calendars/cn-holidays.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto calendar = BusinessCalendar::importCsv(file.readAll());
    QVERIFY2(calendar.ok(), qPrintable(calendar.message()));
    SlaPolicy policy;
    policy.setCalendarMode(SlaPolicy::CalendarMode::BusinessDays);
    const SlaClock sla(policy, calendar.value());

    // Friday before the 2026 Spring Festival; Saturday the 14th is a make-up working day.
    SlaFacts facts;
    facts.receivedAt = bj(2, 13, 10);
    SlaReading r = sla.evaluate(facts, bj(2, 13, 16));
    QCOMPARE(r.firstResponse.due, bj(2, 14, 10));
    QCOMPARE(r.resolution.due, bj(2, 24, 10)); // 48 h = two working days: Sat 14th, Tue 24th
    QCOMPARE(r.firstResponse.state, SlaState::Ok);

    // In the middle of the holiday nothing has moved since Saturday night.
    r = sla.evaluate(facts, bj(2, 20, 12));
    QCOMPARE(r.firstResponse.elapsedSecs, 38 * H);
    QCOMPARE(r.firstResponse.state, SlaState::Breached);
    QCOMPARE(r.resolution.elapsedSecs, 38 * H);
    QCOMPARE(r.resolution.state, SlaState::Warning); // 79 %
    QCOMPARE(r.resolution.remainingSecs, 10 * H);

    // A pause on the first working day after the holiday pushes the due time.
    facts.firstRespondedAt = bj(2, 13, 11);
    facts.pauses.append({bj(2, 24, 0), bj(2, 24, 12)});
    r = sla.evaluate(facts, bj(2, 24, 18));
    QCOMPARE(r.resolution.elapsedSecs, 44 * H);
    QCOMPARE(r.resolution.due, bj(2, 24, 22));
    QCOMPARE(r.firstResponse.state, SlaState::Met);

    // The same facts in calendar hours are long breached.
    QCOMPARE(SlaClock().evaluate(facts, bj(2, 24, 18)).resolution.state, SlaState::Breached);
}

void TestSlaClock::worse()
{
    using S = SlaState;
    QCOMPARE(SlaClock::worse(S::Ok, S::Breached), S::Breached);
    QCOMPARE(SlaClock::worse(S::Warning, S::Ok), S::Warning);
    QCOMPARE(SlaClock::worse(S::Paused, S::Ok), S::Ok);
    QCOMPARE(SlaClock::worse(S::Met, S::Paused), S::Paused);
    QCOMPARE(SlaClock::worse(S::None, S::Met), S::Met);
    QCOMPARE(SlaClock::worse(S::Breached, S::Warning), S::Breached);
}

void TestSlaClock::formatRemaining_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::addColumn<QString>("text");
    QTest::newRow("hours and minutes") << qint64(2 * H + 15 * 60) << QStringLiteral("2 h 15 min left");
    QTest::newRow("seconds are cut") << qint64(2 * H + 15 * 60 + 59) << QStringLiteral("2 h 15 min left");
    QTest::newRow("days and hours") << qint64(28 * H) << QStringLiteral("1 d 4 h left");
    QTest::newRow("exactly one hour") << qint64(H) << QStringLiteral("1 h 0 min left");
    QTest::newRow("minutes") << qint64(59 * 60) << QStringLiteral("59 min left");
    QTest::newRow("under a minute") << qint64(59) << QStringLiteral("less than 1 min left");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("due now");
    QTest::newRow("overdue hours") << qint64(-(3 * H + 5 * 60)) << QStringLiteral("overdue by 3 h 5 min");
    QTest::newRow("overdue days") << qint64(-(50 * H)) << QStringLiteral("overdue by 2 d 2 h");
    QTest::newRow("overdue minutes") << qint64(-120) << QStringLiteral("overdue by 2 min");
    QTest::newRow("overdue seconds") << qint64(-1) << QStringLiteral("overdue by less than 1 min");
}

void TestSlaClock::formatRemaining()
{
    QFETCH(qint64, secs);
    QFETCH(QString, text);
    QCOMPARE(SlaClock::formatRemaining(secs), text);
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
