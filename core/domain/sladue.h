#pragma once

// The stored SLA columns of a ticket (tickets.first_response_due, resolution_due,
// next_due, next_warn): what the queue filters and sorts on with plain index scans.
// One pure computation from the ticket's facts, its pause intervals and the SlaClock
// (policy + calendar), shared by TicketStore (every save, the recompute after a policy
// or calendar change) and the demo seeder, so stored columns never depend on who wrote
// them.
//
// Per clock still running (not stopped by a reply / resolution):
// - due: SlaClock's due time (null while paused before reaching the target).
// - warn: the instant its elapsed working time reaches warnAtPercent of the target,
//   walking the running stretches between the pauses that are over; null when an open
//   pause comes first.
// next = the earliest due, warn = the earliest warning. A ticket merged into another has
// no clocks: everything null. Only the due instants are stored, so the columns of a
// running clock do not change with "now" — only facts, policy or calendar move them.
//
// Cheap enough for a million tickets in the seeder: no heap allocation for up to eight
// pauses.

#include "domain/slaclock.h"

#include <QDateTime>

#include <limits>
#include <optional>
#include <span>
#include <utility>

namespace sw::domain {

struct SlaDue
{
    // Epoch seconds (UTC); nullopt = NULL in the table.
    std::optional<qint64> firstResponse;
    std::optional<qint64> resolution;
    std::optional<qint64> next;
    std::optional<qint64> warn;

    bool operator==(const SlaDue&) const = default;

    // [start, end) in epoch seconds; end = kOpenEnd while the ticket is still paused.
    using Interval = std::pair<qint64, qint64>;
    static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

    // The columns for `facts` at `now`. mergedAway: the ticket was merged into another.
    static SlaDue compute(const SlaClock& clock, const SlaFacts& facts, const QDateTime& now,
                          bool mergedAway = false);

    // The instant the clock's elapsed working time, counted from `start` over the running
    // stretches between `pauses` (sorted, merged, none before `start`), reaches
    // `targetSecs`; nullopt when an open pause comes first.
    static std::optional<qint64> instantAtElapsed(const SlaClock& clock, qint64 start,
                                                  std::span<const Interval> pauses, qint64 targetSecs);
};

} // namespace sw::domain
