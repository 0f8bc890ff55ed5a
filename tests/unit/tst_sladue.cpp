// SlaDue: the stored SLA columns from facts, pauses and the clock — calendar hours and
// business days, closed and open pauses, the 48 h special case, answered / resolved
// tickets, merged tickets, the 75 % warning walk, and agreement with SlaClock's due times.

#include "domain/sladue.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::TicketKind)
Q_DECLARE_METATYPE(sw::domain::TicketPriority)

namespace {

constexpr qint64 H = 3600;
constexpr qint64 kNone = std::numeric_limits<qint64>::min(); // "no such time" in the tables
// Friday 2025-03-07 10:00 Beijing.
const QDateTime kReceived(QDate(2025, 3, 7), QTime(2, 0), Qt::UTC);
const qint64 kR = kReceived.toSecsSinceEpoch();

QDateTime at(qint64 secsAfterReceipt)
{
    return secsAfterReceipt == kNone ? QDateTime() : kReceived.addSecs(secsAfterReceipt);
}

std::optional<qint64> expected(qint64 secsAfterReceipt)
{
    return secsAfterReceipt == kNone ? std::nullopt : std::optional<qint64>(kR + secsAfterReceipt);
}

// Monday 2025-03-10 is a holiday; weekends are off.
SlaClock businessClock()
{
    SlaPolicy policy;
    policy.setCalendarMode(SlaPolicy::CalendarMode::BusinessDays);
    BusinessCalendar calendar;
    const sw::Status added = calendar.addEntry({QDate(2025, 3, 10), BusinessCalendar::DayType::Holiday,
                                            QStringLiteral("测试假日")});
    if (!added)
        qFatal("calendar entry refused");
    return SlaClock(policy, calendar);
}

} // namespace

class TestSlaDue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void mergedAwayHasNothing();
    void noReceiptHasNothing();
    void instantAtElapsedStopsAtAnOpenPause();
    void dueAgreesWithSlaClock();
    void columnsDoNotDependOnNow();
};

void TestSlaDue::table_data()
{
    QTest::addColumn<bool>("business");
    QTest::addColumn<TicketKind>("kind");
    QTest::addColumn<TicketPriority>("priority");
    QTest::addColumn<bool>("special");
    QTest::addColumn<qint64>("responded"); // seconds after receipt, kNone = not yet
    QTest::addColumn<qint64>("resolved");
    QTest::addColumn<QList<qint64>>("pauses"); // start, end pairs; end kNone = still paused
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("frDue"); // seconds after receipt, kNone = NULL
    QTest::addColumn<qint64>("resDue");
    QTest::addColumn<qint64>("nextDue");
    QTest::addColumn<qint64>("nextWarn");

    const auto I = TicketKind::Inquiry;
    const auto C = TicketKind::Complaint;
    const auto N = TicketPriority::Normal; // inquiry/normal: 48 h to resolve
    const auto U = TicketPriority::Urgent; // complaint/urgent: 24 h
    const QList<qint64> none;
    // clang-format off
    QTest::newRow("calendar hours, fresh")
        << false << I << N << false << kNone << kNone << none << 1 * H
        << 24 * H << 48 * H << 24 * H << 18 * H;
    QTest::newRow("special case 48 h")
        << false << I << N << true << kNone << kNone << none << 1 * H
        << 48 * H << 48 * H << 48 * H << 36 * H;
    QTest::newRow("special complaint urgent: resolution first")
        << false << C << U << true << kNone << kNone << none << 1 * H
        << 48 * H << 24 * H << 24 * H << 18 * H;
    QTest::newRow("first responded: only resolution runs")
        << false << I << N << false << 2 * H << kNone << none << 3 * H
        << kNone << 48 * H << 48 * H << 36 * H;
    QTest::newRow("resolved: nothing runs")
        << false << I << N << false << kNone << 5 * H << none << 6 * H
        << kNone << kNone << kNone << kNone;
    QTest::newRow("overdue still shows the due time")
        << false << I << N << false << kNone << kNone << none << 30 * H
        << 24 * H << 48 * H << 24 * H << 18 * H;
    QTest::newRow("closed pause shifts due and warning")
        << false << I << N << false << kNone << kNone << QList<qint64>{2 * H, 5 * H} << 6 * H
        << 27 * H << 51 * H << 27 * H << 21 * H;
    QTest::newRow("pause after the warning shifts only the due")
        << false << I << N << false << kNone << kNone << QList<qint64>{20 * H, 22 * H} << 23 * H
        << 26 * H << 50 * H << 26 * H << 18 * H;
    QTest::newRow("two unsorted overlapping pauses")
        << false << I << N << false << kNone << kNone << QList<qint64>{3 * H, 6 * H, 2 * H, 4 * H} << 7 * H
        << 28 * H << 52 * H << 28 * H << 22 * H;
    QTest::newRow("pause before receipt is clipped")
        << false << I << N << false << kNone << kNone << QList<qint64>{-5 * H, 1 * H} << 2 * H
        << 25 * H << 49 * H << 25 * H << 19 * H;
    QTest::newRow("open pause: no due, no warning")
        << false << I << N << false << kNone << kNone << QList<qint64>{2 * H, kNone} << 3 * H
        << kNone << kNone << kNone << kNone;
    QTest::newRow("open pause after the first-response breach")
        << false << I << N << false << kNone << kNone << QList<qint64>{30 * H, kNone} << 31 * H
        << 24 * H << kNone << 24 * H << 18 * H;
    QTest::newRow("open pause with first response answered")
        << false << I << N << false << 1 * H << kNone << QList<qint64>{2 * H, kNone} << 3 * H
        << kNone << kNone << kNone << kNone;
    // Business days: Fri 10:00 Beijing; Sat, Sun and the holiday Monday do not count.
    // 24 working hours → Tue 10:00 (+96 h); 18 h (75 %) → Fri 14 h + Tue 04:00 (+90 h).
    QTest::newRow("business days across weekend and holiday")
        << true << I << N << false << kNone << kNone << none << 1 * H
        << 96 * H << 120 * H << 96 * H << 90 * H;
    // Paused Fri 12:00–Tue 12:00 after 2 working hours; the walk restarts Tuesday 12:00:
    // 22 h more → Wed 10:00 (+120 h); 46 h → Thu 10:00 (+144 h); 16 h → Wed 04:00 (+114 h).
    QTest::newRow("business days, pause over the weekend")
        << true << I << N << false << kNone << kNone << QList<qint64>{2 * H, 98 * H} << 99 * H
        << 120 * H << 144 * H << 120 * H << 114 * H;
    QTest::newRow("business days, open pause")
        << true << I << N << false << kNone << kNone << QList<qint64>{2 * H, kNone} << 3 * H
        << kNone << kNone << kNone << kNone;
    // clang-format on
}

void TestSlaDue::table()
{
    QFETCH(bool, business);
    QFETCH(TicketKind, kind);
    QFETCH(TicketPriority, priority);
    QFETCH(bool, special);
    QFETCH(qint64, responded);
    QFETCH(qint64, resolved);
    QFETCH(QList<qint64>, pauses);
    QFETCH(qint64, now);
    QFETCH(qint64, frDue);
    QFETCH(qint64, resDue);
    QFETCH(qint64, nextDue);
    QFETCH(qint64, nextWarn);

    SlaFacts facts;
    facts.receivedAt = kReceived;
    facts.kind = kind;
    facts.priority = priority;
    facts.specialCase = special;
    facts.firstRespondedAt = at(responded);
    facts.resolvedAt = at(resolved);
    for (qsizetype i = 0; i + 1 < pauses.size(); i += 2)
        facts.pauses.append({at(pauses.at(i)), at(pauses.at(i + 1))});
    const SlaClock clock = business ? businessClock() : SlaClock();
    const SlaDue due = SlaDue::compute(clock, facts, at(now));
    QCOMPARE(due.firstResponse, expected(frDue));
    QCOMPARE(due.resolution, expected(resDue));
    QCOMPARE(due.next, expected(nextDue));
    QCOMPARE(due.warn, expected(nextWarn));
}

void TestSlaDue::mergedAwayHasNothing()
{
    SlaFacts facts;
    facts.receivedAt = kReceived;
    const SlaDue running = SlaDue::compute(SlaClock(), facts, at(H));
    QVERIFY(running.next.has_value()); // the same facts have clocks when not merged
    QCOMPARE(SlaDue::compute(SlaClock(), facts, at(H), /*mergedAway=*/true), SlaDue());
}

void TestSlaDue::noReceiptHasNothing()
{
    SlaFacts facts;
    QCOMPARE(SlaDue::compute(SlaClock(), facts, at(H)), SlaDue());
}

void TestSlaDue::instantAtElapsedStopsAtAnOpenPause()
{
    const SlaClock clock;
    const SlaDue::Interval open[] = {{kR + 2 * H, SlaDue::kOpenEnd}};
    QCOMPARE(SlaDue::instantAtElapsed(clock, kR, open, 1 * H), std::optional<qint64>(kR + H));
    QCOMPARE(SlaDue::instantAtElapsed(clock, kR, open, 2 * H), std::optional<qint64>(kR + 2 * H));
    QCOMPARE(SlaDue::instantAtElapsed(clock, kR, open, 3 * H), std::nullopt);
    const SlaDue::Interval closed[] = {{kR + 2 * H, kR + 4 * H}, {kR + 5 * H, kR + 6 * H}};
    QCOMPARE(SlaDue::instantAtElapsed(clock, kR, closed, 4 * H), std::optional<qint64>(kR + 7 * H));
}

// For random facts, every stored due time is SlaClock's own due time of a running clock,
// and the warning instant is where that clock's elapsed time first reaches 75 %.
void TestSlaDue::dueAgreesWithSlaClock()
{
    QRandomGenerator rng(20251128);
    for (int round = 0; round < 500; ++round) {
        const bool business = round % 2 == 1;
        const SlaClock clock = business ? businessClock() : SlaClock();
        SlaFacts facts;
        facts.receivedAt = kReceived;
        facts.kind = allTicketKinds().at(int(rng.bounded(int(allTicketKinds().size()))));
        facts.priority = allTicketPriorities().at(int(rng.bounded(int(allTicketPriorities().size()))));
        facts.specialCase = rng.bounded(2) == 1;
        qint64 cursor = 0;
        const int pauseCount = int(rng.bounded(4));
        for (int p = 0; p < pauseCount; ++p) {
            const qint64 start = cursor + rng.bounded(20 * 3600);
            const qint64 end = start + 1 + rng.bounded(30 * 3600);
            facts.pauses.append({at(start), at(end)});
            cursor = end;
        }
        const qint64 nowSecs = cursor + rng.bounded(10 * 3600);
        if (rng.bounded(3) == 0)
            facts.firstRespondedAt = at(rng.bounded(nowSecs + 1));
        const QDateTime now = at(nowSecs);
        const SlaDue due = SlaDue::compute(clock, facts, now);
        const SlaReading reading = clock.evaluate(facts, now);
        auto check = [&](const SlaClockReading& r, const std::optional<qint64>& stored) {
            if (!r.isRunning()) {
                QVERIFY(!stored);
                return;
            }
            QVERIFY(stored);
            QCOMPARE(*stored, r.due.toSecsSinceEpoch());
        };
        check(reading.firstResponse, due.firstResponse);
        check(reading.resolution, due.resolution);
        QVERIFY(due.warn);
        const qint64 warn = *due.warn;
        // At the warning instant some running clock has reached 75 %; a second before, none.
        auto maxPercentReached = [&](qint64 t) {
            const SlaReading r = clock.evaluate(facts, QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
            bool reached = false;
            for (const SlaClockReading* c : {&r.firstResponse, &r.resolution}) {
                if (c->isRunning() && c->elapsedSecs * 100 >= c->targetSecs * clock.policy().warnAtPercent())
                    reached = true;
            }
            return reached;
        };
        QVERIFY2(maxPercentReached(warn), qPrintable(QString::number(round)));
        QVERIFY2(!maxPercentReached(warn - 1), qPrintable(QString::number(round)));
    }
}

// Only facts, policy and calendar move the columns: a later "now" gives the same values
// while nothing happens to the ticket.
void TestSlaDue::columnsDoNotDependOnNow()
{
    SlaFacts facts;
    facts.receivedAt = kReceived;
    facts.pauses.append({at(2 * H), at(5 * H)});
    for (bool business : {false, true}) {
        const SlaClock clock = business ? businessClock() : SlaClock();
        const SlaDue early = SlaDue::compute(clock, facts, at(6 * H));
        for (qint64 later : {10 * H, 30 * H, 100 * H, 400 * H})
            QCOMPARE(SlaDue::compute(clock, facts, at(later)), early);
    }
}

QTEST_GUILESS_MAIN(TestSlaDue)
#include "tst_sladue.moc"
