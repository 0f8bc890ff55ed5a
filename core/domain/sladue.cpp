#include "domain/sladue.h"

#include <QVarLengthArray>

#include <algorithm>

namespace sw::domain {

namespace {

using Interval = SlaDue::Interval;
using Intervals = QVarLengthArray<Interval, 8>;

// The pauses as sorted, merged second ranges, none before receipt (a pause before the
// clock started cannot hold it) — the same normalisation SlaClock applies.
Intervals normalised(const SlaFacts& facts, qint64 start)
{
    Intervals sorted;
    for (const SlaPause& p : facts.pauses) {
        if (!p.start.isValid())
            continue;
        const qint64 from = std::max(p.start.toSecsSinceEpoch(), start);
        const qint64 to = p.end.isValid() ? p.end.toSecsSinceEpoch() : SlaDue::kOpenEnd;
        if (to > from)
            sorted.append({from, to});
    }
    std::sort(sorted.begin(), sorted.end());
    Intervals merged;
    for (const Interval& p : sorted) {
        if (!merged.isEmpty() && p.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, p.second);
        else
            merged.append(p);
    }
    return merged;
}

} // namespace

std::optional<qint64> SlaDue::instantAtElapsed(const SlaClock& clock, qint64 start, std::span<const Interval> pauses,
                                               qint64 targetSecs)
{
    const bool business = clock.policy().calendarMode() == SlaPolicy::CalendarMode::BusinessDays;
    auto working = [&](qint64 a, qint64 b) { return business ? clock.calendar().workingSecsBetween(a, b) : b - a; };
    auto add = [&](qint64 from, qint64 secs) -> std::optional<qint64> {
        return business ? clock.calendar().addWorkingSecs(from, secs) : std::optional<qint64>(from + secs);
    };
    qint64 elapsed = 0;
    qint64 cursor = start;
    for (const Interval& p : pauses) {
        if (p.first > cursor) {
            const qint64 stretch = working(cursor, p.first);
            if (elapsed + stretch >= targetSecs)
                return add(cursor, targetSecs - elapsed);
            elapsed += stretch;
        }
        if (p.second == kOpenEnd)
            return std::nullopt;
        cursor = std::max(cursor, p.second);
    }
    return add(cursor, targetSecs - elapsed);
}

SlaDue SlaDue::compute(const SlaClock& clock, const SlaFacts& facts, const QDateTime& now, bool mergedAway)
{
    SlaDue out;
    if (mergedAway || !facts.receivedAt.isValid())
        return out; // merged away: hidden, no clocks run
    const SlaReading reading = clock.evaluate(facts, now);
    const bool anyRunning = reading.firstResponse.isRunning() || reading.resolution.isRunning();
    if (!anyRunning)
        return out; // answered and resolved: nothing left to watch

    const qint64 start = facts.receivedAt.toSecsSinceEpoch();
    const Intervals pauses = normalised(facts, start);
    auto apply = [&](const SlaClockReading& r, std::optional<qint64>* due) {
        if (!r.isRunning() || !r.due.isValid())
            return;
        *due = r.due.toSecsSinceEpoch();
        if (!out.next || **due < *out.next)
            out.next = *due;
        const qint64 warnTarget = r.targetSecs * clock.policy().warnAtPercent() / 100;
        if (auto warn = instantAtElapsed(clock, start, std::span<const Interval>(pauses.data(), pauses.size()),
                                         warnTarget)) {
            if (!out.warn || *warn < *out.warn)
                out.warn = *warn;
        }
    };
    apply(reading.firstResponse, &out.firstResponse);
    apply(reading.resolution, &out.resolution);
    return out;
}

} // namespace sw::domain
