#include "domain/slaclock.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace sw::domain {

namespace {

constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

using Interval = std::pair<qint64, qint64>;
using Intervals = QVarLengthArray<Interval, 8>;

// Pauses as sorted, merged [start, end) second ranges starting at or after `from`
// (a pause before receipt cannot hold a clock that has not started).
Intervals normalisedPauses(const SlaFacts& facts, qint64 from)
{
    Intervals out;
    for (const SlaPause& pause : facts.pauses) {
        if (!pause.start.isValid())
            continue;
        const qint64 start = std::max(pause.start.toSecsSinceEpoch(), from);
        const qint64 end = pause.end.isValid() ? pause.end.toSecsSinceEpoch() : kOpenEnd;
        if (end > start)
            out.append({start, end});
    }
    std::sort(out.begin(), out.end());
    Intervals merged;
    for (const Interval& iv : out) {
        if (!merged.isEmpty() && iv.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, iv.second);
        else
            merged.append(iv);
    }
    return merged;
}

} // namespace

SlaClock::SlaClock(SlaPolicy policy, BusinessCalendar calendar)
    : m_policy(std::move(policy))
    , m_calendar(std::move(calendar))
{}

qint64 SlaClock::working(qint64 from, qint64 to) const
{
    if (m_policy.calendarMode() == SlaPolicy::CalendarMode::BusinessDays)
        return m_calendar.workingSecsBetween(from, to);
    return to - from;
}

std::optional<qint64> SlaClock::addWorking(qint64 from, qint64 secs) const
{
    if (m_policy.calendarMode() == SlaPolicy::CalendarMode::BusinessDays)
        return m_calendar.addWorkingSecs(from, secs);
    return from + secs;
}

SlaClockReading SlaClock::evaluateClock(qint64 targetSecs, const SlaFacts& facts, const QDateTime& stoppedAt,
                                        const QDateTime& now) const
{
    SlaClockReading r;
    r.targetSecs = targetSecs;
    r.stoppedAt = stoppedAt;
    const qint64 start = facts.receivedAt.toSecsSinceEpoch();
    const qint64 end =
        std::max(start, stoppedAt.isValid() ? stoppedAt.toSecsSinceEpoch() : now.toSecsSinceEpoch());
    const Intervals pauses = normalisedPauses(facts, start);

    // Walk the running stretches between pauses up to `end`, noting where the target is hit.
    qint64 elapsed = 0;
    qint64 cursor = start;
    std::optional<qint64> due;
    auto run = [&](qint64 from, qint64 to) {
        if (to <= from)
            return;
        const qint64 stretch = working(from, to);
        if (!due && elapsed + stretch >= targetSecs)
            due = addWorking(from, targetSecs - elapsed);
        elapsed += stretch;
    };
    for (const Interval& pause : pauses) {
        // A pause starting exactly at `end` still counts: at `now` the ticket is paused.
        if (cursor >= end || pause.first > end)
            break;
        run(cursor, std::min(pause.first, end));
        cursor = std::max(cursor, pause.second);
    }
    const bool pausedAtEnd = cursor > end;
    run(cursor, end);
    const bool pausedNow = !stoppedAt.isValid() && pausedAtEnd;
    // Not reached yet: project from `end`, as if nothing else pauses. A stopped clock gets
    // the same hypothetical due, so "met 3 h before due" can be shown.
    if (!due && !pausedNow)
        due = addWorking(end, targetSecs - elapsed);

    r.elapsedSecs = elapsed;
    r.remainingSecs = targetSecs - elapsed;
    r.fraction = targetSecs > 0 ? double(elapsed) / double(targetSecs) : 0.0;
    if (due)
        r.due = QDateTime::fromSecsSinceEpoch(*due, Qt::UTC);

    if (stoppedAt.isValid()) {
        r.metLate = elapsed > targetSecs;
        r.state = r.metLate ? SlaState::Breached : SlaState::Met;
    } else if (elapsed >= targetSecs) {
        r.state = SlaState::Breached;
    } else if (pausedNow) {
        r.state = SlaState::Paused;
    } else if (elapsed * 100 >= targetSecs * m_policy.warnAtPercent()) {
        r.state = SlaState::Warning;
    } else {
        r.state = SlaState::Ok;
    }
    return r;
}

SlaReading SlaClock::evaluate(const SlaFacts& facts, const QDateTime& now) const
{
    SlaReading reading;
    if (!facts.receivedAt.isValid() || !now.isValid())
        return reading;
    const QDateTime responded = facts.firstRespondedAt.isValid() ? facts.firstRespondedAt : facts.resolvedAt;
    reading.firstResponse =
        evaluateClock(m_policy.firstResponseTargetSecs(facts.specialCase), facts, responded, now);
    reading.resolution = evaluateClock(m_policy.resolutionTargetSecs(facts.kind, facts.priority), facts,
                                       facts.resolvedAt, now);

    const SlaClockReading* clocks[] = {&reading.firstResponse, &reading.resolution};
    bool anyRunning = false;
    bool anyLate = false;
    SlaState worst = SlaState::None;
    for (const SlaClockReading* clock : clocks) {
        anyLate = anyLate || clock->metLate;
        if (clock->isRunning()) {
            anyRunning = true;
            worst = worse(worst, clock->state);
        }
    }
    reading.overall = anyRunning ? worst : (anyLate ? SlaState::Breached : SlaState::Met);
    return reading;
}

int SlaClock::severity(SlaState state)
{
    switch (state) {
    case SlaState::None:
        return 0;
    case SlaState::Met:
        return 1;
    case SlaState::Paused:
        return 2;
    case SlaState::Ok:
        return 3;
    case SlaState::Warning:
        return 4;
    case SlaState::Breached:
        return 5;
    }
    return 0;
}

QString SlaClock::formatRemaining(qint64 secs)
{
    if (secs == 0)
        return tr("due now");
    const qint64 a = secs < 0 ? -secs : secs;
    const qint64 days = a / 86400;
    const qint64 hours = (a % 86400) / 3600;
    const qint64 minutes = (a % 3600) / 60;
    if (secs > 0) {
        if (days > 0)
            return tr("%1 d %2 h left").arg(days).arg(hours);
        if (hours > 0)
            return tr("%1 h %2 min left").arg(hours).arg(minutes);
        if (minutes > 0)
            return tr("%1 min left").arg(minutes);
        return tr("less than 1 min left");
    }
    if (days > 0)
        return tr("overdue by %1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("overdue by %1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("overdue by %1 min").arg(minutes);
    return tr("overdue by less than 1 min");
}

} // namespace sw::domain
