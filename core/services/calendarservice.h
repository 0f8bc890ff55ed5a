#pragma once

// The business-day calendar as administrators maintain it (issue 3: "Chinese public
// holidays and make-up working days, admin-maintained and importable from CSV").
//
// The effective calendar is the compiled-in Chinese calendar (BusinessCalendar::
// chinaDefault(), resources/calendars/cn-holidays.csv) overlaid by the rows of the synced
// table calendar_days:
// - a row replaces the built-in entry of its day, whatever that was;
// - a row of type "holiday" (法定节假日, weekdays only) or "workday" (调休上班日, weekend
//   days only) makes the day that;
// - a row of type "normal" makes the day an ordinary day of the week again, cancelling
//   a built-in entry (e.g. when the State Council changes an arrangement);
// - removing a row (a tombstone) brings the built-in entry of the day back.
// A row the rules refuse (a holiday on a weekend, from a faulty sync) is ignored: the day
// keeps its built-in meaning.
//
// Row ids are derived from the day (a name-based UUID v5), so two workstations that edit
// the same day offline write the same row and sync merges it field by field instead of
// tripping over the unique index on `day`. Re-editing a removed day brings its row back.
//
// Reading needs a signed-in user; every change needs Permission::ManageSettings and is
// one WriteTransaction (rows + outbox + audit). Import is all or nothing.

#include "domain/businesscalendar.h"
#include "result.h"
#include "services/actor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

class WriteTransaction;

enum class CalendarDayType {
    Holiday, // public holiday on a weekday: a day off
    Workday, // make-up working day (调休) on a weekend: a working day
    Normal,  // an ordinary day of the week: cancels a built-in entry
};

struct CalendarDay
{
    QDate date;
    CalendarDayType type = CalendarDayType::Holiday;
    QString name;
    bool custom = false; // from calendar_days; false = the built-in calendar
    // The built-in entry of this day, if any (for a custom day: what it overrides).
    std::optional<domain::BusinessCalendar::Entry> builtIn;
};

struct CalendarImportSummary
{
    int entries = 0;   // day lines in the file
    int added = 0;     // days that had no custom entry
    int changed = 0;   // custom entries whose type or name changed
    int unchanged = 0; // custom entries that already said the same
};

class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::CalendarService)

public:
    static constexpr int kMinYear = 2000;
    static constexpr int kMaxYear = 2099;
    static constexpr int kMaxNameLength = 100;

    CalendarService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // "holiday", "workday", "normal" (stored, and used in CSV files).
    static QString typeCode(CalendarDayType type);
    static std::optional<CalendarDayType> typeFromCode(const QString& code); // case-insensitive
    static QString typeDisplayName(CalendarDayType type);                     // translated

    // InvalidInput with a translated message naming the problem, or Ok.
    static Status validate(QDate date, CalendarDayType type, const QString& name);

    // The calendar the SLA clock and other areas use (see the top of this file).
    static Result<domain::BusinessCalendar> effectiveCalendar(QSqlDatabase db);

    // Every day of `year` that has a built-in or a custom entry, by date; custom
    // "normal" days are listed too so they can be removed.
    Result<QList<CalendarDay>> days(int year) const;

    // Sets one day (ManageSettings). The name is trimmed; holidays and make-up working
    // days need one, an ordinary day may have one (e.g. the reason).
    Status setDay(QDate date, CalendarDayType type, const QString& name);
    // Removes the custom entry of a day, so its built-in entry applies again.
    // NotFound if the day has no custom entry.
    Status removeDay(QDate date);

    // Parses and applies a CSV file in the BusinessCalendar format ("date,type,name"
    // header, "#" comments and blank lines allowed), where the type may also be
    // "normal". Each line sets its day as setDay() does. All or nothing: the first bad
    // line is refused with its line number and nothing is saved.
    Result<CalendarImportSummary> importCsv(const QByteArray& utf8);
    // The same parse and checks without saving (no permission needed).
    static Result<QList<CalendarDay>> parseCsv(const QByteArray& utf8);

    // The effective entries of `year` as CSV that importCsv() reads back: UTF-8 with a
    // byte-order mark, holidays and make-up working days, plus a "normal" line for each
    // built-in entry this workstation cancels, so an import elsewhere gives the same year.
    Result<QByteArray> exportCsv(int year) const;

    // The row id of a day's custom entry (UUID v5 of the ISO date): the same on every
    // workstation.
    static QString rowId(QDate date);

private:
    struct Change
    {
        QDate date;
        std::optional<CalendarDayType> type; // nullopt: remove the custom entry
        QString name;
    };
    Status requireReader() const;
    static Status checkYear(int year);
    // The one write path of this service: permission, one transaction with every change,
    // the post-change step, commit.
    Result<CalendarImportSummary> applyChanges(const QList<Change>& changes, const QString& action);
    // Runs inside the change's transaction, after the rows are written: work that
    // depends on the calendar — today the business-day SLA due times of open tickets
    // (TicketStore::recomputeAllSla) — commits or rolls back with the change.
    Status afterCalendarChange(WriteTransaction& tx);

    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
