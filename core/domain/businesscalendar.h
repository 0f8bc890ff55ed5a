#pragma once

// A working-day calendar: Monday–Friday are working days, except public holidays; a
// weekend day is a working day only when it is a make-up working day (调休上班).
// DOMAIN.md: the ticket service is 7×24, but back-office targets (merchant review due in
// 3 business days, appeals) count business days, and SlaPolicy can opt into them.
//
// Conventions (all counted in whole local days of 24 h):
// - Days are calendar days at a fixed UTC offset, by default +08:00 (Beijing time; China
//   has no daylight saving). The holidays are Beijing dates, whatever the workstation's
//   zone is, and a fixed offset keeps every computation pure and repeatable.
// - workingTimeBetween(a, b): the seconds of [a, b) that fall on working days; negative
//   when b < a.
// - addWorkingTime(start, s): the earliest instant t with workingTimeBetween(start, t) = s.
//   A start on a non-working day effectively starts at 00:00 of the next working day.
// - addBusinessDays(start, n) = addWorkingTime(start, n × 24 h). Starting on a working day
//   it lands on the n-th working day after the start day at the same local time of day;
//   starting on a non-working day it lands at the end (24:00) of the n-th working day
//   counted from the next working day.
// - businessDaysBetween(from, to): the number of working days in (from, to], negative when
//   to < from; so businessDaysBetween(d, addBusinessDays(d…, n).date()) == n for a
//   working day d.
//
// CSV format (UTF-8): optional "#" comment lines and blank lines, then the header
// "date,type,name", then one line per day: ISO date, "holiday" or "workday", a name.
// A holiday must be a weekday and a workday a weekend day (anything else changes nothing
// and is almost certainly a typo), and a date may appear once. Import is all or nothing.

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sw::domain {

class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::BusinessCalendar)

public:
    enum class DayType { Holiday, Workday };
    struct Entry
    {
        QDate date;
        DayType type = DayType::Holiday;
        QString name;
        bool operator==(const Entry&) const = default;
    };

    static constexpr int kChinaUtcOffsetSecs = 8 * 3600;
    static constexpr qint64 kDaySecs = 24 * 3600;

    // The Beijing date of an instant (the day every stored date of the app means).
    static QDate chinaDate(const QDateTime& t) { return t.toUTC().addSecs(kChinaUtcOffsetSecs).date(); }

    int utcOffsetSecs() const { return m_utcOffsetSecs; }
    void setUtcOffsetSecs(int secs) { m_utcOffsetSecs = secs; }

    // Adds one day; refuses (InvalidInput, translated) an invalid or duplicate date, a
    // holiday on a weekend, a make-up workday on a weekday, or an empty name.
    Status addEntry(const Entry& entry);
    bool removeEntry(QDate date) { return m_entries.remove(date) > 0; }
    QList<Entry> entries() const { return m_entries.values(); } // by date
    std::optional<Entry> entry(QDate date) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    bool isWorkingDay(QDate date) const;
    QDate localDate(const QDateTime& t) const;

    qint64 workingTimeBetween(const QDateTime& a, const QDateTime& b) const;
    QDateTime addWorkingTime(const QDateTime& start, qint64 secs) const;
    QDateTime addBusinessDays(const QDateTime& start, int days) const;
    int businessDaysBetween(QDate from, QDate to) const;

    // The same on seconds since the epoch, for the SLA hot path (no allocation).
    qint64 workingSecsBetween(qint64 fromEpochSecs, qint64 toEpochSecs) const;
    // Returns the epoch second; secs <= 0 returns start. Gives up (returns
    // std::nullopt) only if no working day exists within 20 years.
    std::optional<qint64> addWorkingSecs(qint64 startEpochSecs, qint64 secs) const;

    static Result<BusinessCalendar> importCsv(const QString& text);
    static Result<BusinessCalendar> importCsv(const QByteArray& utf8);
    QByteArray exportCsv() const;
    // One CSV field of the calendar format: quoted when it holds a comma or a quote;
    // and the reverse (trimmed, outer quotes removed, doubled quotes undone).
    static QString csvField(const QString& text);
    static QString csvUnquote(QString text);
    // The compiled-in Chinese calendar (":/calendars/cn-holidays.csv").
    static Result<BusinessCalendar> chinaDefault();

    bool operator==(const BusinessCalendar& other) const
    {
        return m_utcOffsetSecs == other.m_utcOffsetSecs && m_entries == other.m_entries;
    }

private:
    bool isWorkingDayIndex(qint64 dayIndex) const;
    // Working days among local day indexes [fromDay, toDay).
    qint64 workingDaysInRange(qint64 fromDay, qint64 toDay) const;

    QMap<QDate, Entry> m_entries;
    int m_utcOffsetSecs = kChinaUtcOffsetSecs;
};

} // namespace sw::domain
