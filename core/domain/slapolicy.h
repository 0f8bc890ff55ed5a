#pragma once

// Service-level targets for tickets (DOMAIN.md "Customer-service tickets"; the
// regulation's numbers): first response within 24 h of receipt, 48 h for special cases,
// resolution targets per kind and priority, warning at 75 % of a target, breach at 100 %.
// An administrator edits them; they are stored as JSON (settings, synced).
//
// Calendar modes: CalendarHours (default, the service is 7×24) counts every hour;
// BusinessDays counts only the hours of working days in a BusinessCalendar, 24 per
// working day — so a 72 h target means three working days.

#include "domain/ticketenums.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

namespace sw::domain {

class SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::SlaPolicy)

public:
    enum class CalendarMode { CalendarHours, BusinessDays };

    static constexpr int kBreachAtPercent = 100; // fixed by the regulation
    static constexpr int kMaxTargetHours = 90 * 24;
    static constexpr int kJsonVersion = 1;

    SlaPolicy(); // the defaults described above

    int firstResponseHours() const { return m_firstResponseHours; }
    void setFirstResponseHours(int hours) { m_firstResponseHours = hours; }
    int specialCaseFirstResponseHours() const { return m_specialCaseFirstResponseHours; }
    void setSpecialCaseFirstResponseHours(int hours) { m_specialCaseFirstResponseHours = hours; }
    int resolutionHours(TicketKind kind, TicketPriority priority) const;
    void setResolutionHours(TicketKind kind, TicketPriority priority, int hours);
    int warnAtPercent() const { return m_warnAtPercent; }
    void setWarnAtPercent(int percent) { m_warnAtPercent = percent; }
    CalendarMode calendarMode() const { return m_calendarMode; }
    void setCalendarMode(CalendarMode mode) { m_calendarMode = mode; }

    qint64 firstResponseTargetSecs(bool specialCase) const;
    qint64 resolutionTargetSecs(TicketKind kind, TicketPriority priority) const;

    // Every target 1 h … 90 days, warning 1 … 99 %. InvalidInput with a translated message.
    Status validate() const;

    // {"version":1,"calendar":"calendar_hours"|"business_days","firstResponseHours":24,
    //  "specialCaseFirstResponseHours":48,"warnAtPercent":75,
    //  "resolutionHours":{"complaint":{"low":120,…},…}}
    QJsonObject toJson() const;
    // Missing keys keep their defaults (an older file stays readable); wrong types,
    // unknown kinds/priorities/modes and out-of-range values are refused.
    static Result<SlaPolicy> fromJson(const QJsonObject& json);

    bool operator==(const SlaPolicy&) const = default;

private:
    int m_firstResponseHours = 24;
    int m_specialCaseFirstResponseHours = 48;
    int m_warnAtPercent = 75;
    CalendarMode m_calendarMode = CalendarMode::CalendarHours;
    // [kind][priority], in enum order.
    std::array<std::array<int, 4>, 3> m_resolutionHours{};
};

} // namespace sw::domain
