#include "domain/merchantreviewdue.h"

namespace sw::domain {

std::optional<QDateTime> MerchantReviewDue::due(const BusinessCalendar& calendar, const QDateTime& submittedAt,
                                                const QList<ReviewPause>& pauses)
{
    qint64 paused = 0;
    for (const ReviewPause& p : pauses) {
        if (!p.to.isValid())
            return std::nullopt;
        if (p.to > p.from)
            paused += calendar.workingTimeBetween(p.from, p.to);
    }
    return calendar.addWorkingTime(submittedAt, kBusinessDays * BusinessCalendar::kDaySecs + paused);
}

bool MerchantReviewDue::overdue(const BusinessCalendar& calendar, const QDateTime& submittedAt,
                                const QList<ReviewPause>& pauses, const QDateTime& now)
{
    const std::optional<QDateTime> at = due(calendar, submittedAt, pauses);
    return at && now > *at;
}

} // namespace sw::domain
