#pragma once

// The SLA clocks of one ticket (DOMAIN.md "Customer-service tickets"): pure, with "now"
// passed in (or read from a Clock), so the queue, notifications and tests agree.
//
// Two clocks per ticket, computed separately from the same facts:
// - first response: target 24 h (48 h for a flagged special case), stops at the first
//   public reply; resolving a ticket also counts as responding to it.
// - resolution: target per kind and priority, stops at resolution.
// Both pause while the ticket is pending customer: DOMAIN.md says "the clock pauses", and
// a ticket only waits for the customer after an agent asked something, so in practice this
// only affects resolution, but one rule for both keeps the numbers explainable.
//
// Per clock:
// - elapsed: working seconds from receipt to the stop time (or now), minus the pauses.
//   Calendar hours by default; in BusinessDays mode only working days count (see
//   BusinessCalendar), 24 h per working day.
// - due: the instant elapsed reaches the target, counting the pauses that are over; null
//   while the ticket is paused before reaching its target (nobody knows when it resumes).
// - remaining = target − elapsed (negative when overdue); fraction = elapsed / target.
// - state: None (no receipt time), Met (stopped with elapsed ≤ target: a reply at the
//   very last second is in time), Breached (elapsed ≥ target while running, or stopped
//   late — then metLate is set), Paused, Warning (elapsed ≥ warnAtPercent of the target),
//   Ok.
// Overall ticket state: the worst of the clocks still running (Breached > Warning > Ok >
// Paused); when both stopped, Breached if either was late, otherwise Met.
//
// Cheap enough to call for every visible queue row: no heap allocation for up to eight
// pause intervals.

#include "clock.h"
#include "domain/businesscalendar.h"
#include "domain/slapolicy.h"
#include "domain/ticketenums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVarLengthArray>

namespace sw::domain {

// [start, end); an invalid end means the ticket is still pending customer.
struct SlaPause
{
    QDateTime start;
    QDateTime end;
};

struct SlaFacts
{
    QDateTime receivedAt;
    bool specialCase = false;
    TicketKind kind = TicketKind::Inquiry;
    TicketPriority priority = TicketPriority::Normal;
    QDateTime firstRespondedAt; // null: no public reply yet
    QDateTime resolvedAt;       // null: not resolved (a reopen clears it)
    QVarLengthArray<SlaPause, 4> pauses;
};

struct SlaClockReading
{
    SlaState state = SlaState::None;
    qint64 targetSecs = 0;
    qint64 elapsedSecs = 0;
    qint64 remainingSecs = 0;
    double fraction = 0.0;
    QDateTime due;
    QDateTime stoppedAt; // null while the clock runs
    bool metLate = false;

    bool isRunning() const { return state != SlaState::None && !stoppedAt.isValid(); }
};

struct SlaReading
{
    SlaClockReading firstResponse;
    SlaClockReading resolution;
    SlaState overall = SlaState::None;
};

class SlaClock
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::SlaClock)

public:
    // The calendar is used only in SlaPolicy::CalendarMode::BusinessDays.
    explicit SlaClock(SlaPolicy policy = SlaPolicy(), BusinessCalendar calendar = BusinessCalendar());

    const SlaPolicy& policy() const { return m_policy; }
    const BusinessCalendar& calendar() const { return m_calendar; }

    SlaReading evaluate(const SlaFacts& facts, const QDateTime& now) const;
    SlaReading evaluate(const SlaFacts& facts, const Clock& clock) const
    {
        return evaluate(facts, clock.now());
    }

    // Breached > Warning > Ok > Paused > Met > None.
    static int severity(SlaState state);
    static SlaState worse(SlaState a, SlaState b) { return severity(b) > severity(a) ? b : a; }

    // "2 h 15 min left", "overdue by 3 h 5 min", "1 d 4 h left", "due now" (translated).
    static QString formatRemaining(qint64 secs);

private:
    SlaClockReading evaluateClock(qint64 targetSecs, const SlaFacts& facts, const QDateTime& stoppedAt,
                                  const QDateTime& now) const;
    qint64 working(qint64 from, qint64 to) const;
    std::optional<qint64> addWorking(qint64 from, qint64 secs) const;

    SlaPolicy m_policy;
    BusinessCalendar m_calendar;
};

} // namespace sw::domain
