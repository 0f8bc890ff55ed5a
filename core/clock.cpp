#include "clock.h"

#include "domain/businesscalendar.h"

namespace sw {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

Clock& Clock::system()
{
    // A function-local static is initialised thread-safely and lives for the whole process.
    static SystemClock clock;
    return clock;
}

QDate Clock::chinaToday(const Clock* clock)
{
    return domain::BusinessCalendar::chinaDate(nowOf(clock));
}

} // namespace sw
