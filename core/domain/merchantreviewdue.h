#pragma once

// When a merchant application's review is due (DOMAIN.md "Merchant onboarding review":
// "Review due in 3 business days"; issue 6: "the application waits and the due clock
// pauses" while information is requested).
//
// due = addWorkingTime(submitted, 3 × 24 h + the working time spent waiting for
// information), on the business-day calendar (holidays and 调休 make-up days respected;
// Beijing days). So an application submitted on Friday 10:00 before an ordinary weekend
// is due on Wednesday 10:00; one submitted on a Saturday is due at the end of the third
// working day; and two working days spent waiting for the merchant move the due time by
// exactly two working days. While a request for information is open there is no due time
// (the clock is stopped). Re-reviews (定期复核) are due the same way from when they appear.

#include "domain/businesscalendar.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace sw::domain {

struct ReviewPause
{
    QDateTime from; // information requested
    QDateTime to;   // answered; invalid while still waiting
};

class MerchantReviewDue
{
public:
    static constexpr int kBusinessDays = 3;

    // nullopt while a pause is open (waiting for the merchant).
    static std::optional<QDateTime> due(const BusinessCalendar& calendar, const QDateTime& submittedAt,
                                        const QList<ReviewPause>& pauses);
    // Whether the review is overdue at `now` (never while paused).
    static bool overdue(const BusinessCalendar& calendar, const QDateTime& submittedAt,
                        const QList<ReviewPause>& pauses, const QDateTime& now);
};

} // namespace sw::domain
