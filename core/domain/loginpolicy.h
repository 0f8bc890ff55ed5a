#pragma once

#include <QDateTime>

namespace sw::domain {

// 5 failed sign-ins in a row lock the account for 15 minutes (foundation issue).
struct LoginPolicy
{
    int maxFailures = 5;
    int lockMinutes = 15;

    // After a failed attempt: the new failure count and, if it reached the limit,
    // the time the lock ends (count restarts at 0 once locked).
    struct Outcome { int failedCount; QDateTime lockedUntil; };
    Outcome afterFailure(int failedCountBefore, const QDateTime& now) const;
    bool isLocked(const QDateTime& lockedUntil, const QDateTime& now) const;
};

} // namespace sw::domain
