#include "domain/loginpolicy.h"

namespace sw::domain {

LoginPolicy::Outcome LoginPolicy::afterFailure(int failedCountBefore, const QDateTime& now) const
{
    const int count = qMax(0, failedCountBefore) + 1;
    if (count >= maxFailures) {
        // The count restarts so that after the lock ends the user gets a full set of tries.
        return Outcome{0, now.toUTC().addSecs(qint64(lockMinutes) * 60)};
    }
    return Outcome{count, QDateTime()};
}

bool LoginPolicy::isLocked(const QDateTime& lockedUntil, const QDateTime& now) const
{
    return lockedUntil.isValid() && now < lockedUntil;
}

} // namespace sw::domain
