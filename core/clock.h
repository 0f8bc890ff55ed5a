#pragma once

// All "now" in Shopwarden comes through a Clock so tests are repeatable
// (a ManualClock stands in for the system clock).

#include <QDateTime>

namespace sw {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    static Clock& system();
    // The time of clock, or of the system clock when clock is null (every service's default).
    static QDateTime nowOf(const Clock* clock) { return (clock ? clock : &system())->now(); }
    // Today's date in China (Beijing time, the regulations' calendar) by clock, or by the
    // system clock when clock is null.
    static QDate chinaToday(const Clock* clock);
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace sw
