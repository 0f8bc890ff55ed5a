#pragma once

// The configurable times of dispute mediation 纠纷调解 (DOMAIN.md "After-sales requests";
// issue 5): each party's evidence deadline, default 48 h after the dispute is opened, and
// the appeal period, default 7 days after the decision.
//
// The evidence period is a duration, not a date: the service turns it into a deadline on
// the SLA clock it uses for the ticket (evidenceDeadline() with the ticket's calendar:
// calendar hours by default, working time of a BusinessCalendar in business-day mode).
// The appeal period is calendar time, counted like a ticket's 7-day reopen window: an
// appeal exactly 7 × 24 h after the decision is still in time, one second later is not.
//
// Limits: evidence 1 h … 30 days (720 h), appeal 1 … 90 days.

#include "domain/businesscalendar.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace sw::domain {

class DisputePolicy
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::DisputePolicy)

public:
    static constexpr int kMaxEvidenceHours = 30 * 24;
    static constexpr int kMaxAppealDays = 90;
    static constexpr int kJsonVersion = 1;

    DisputePolicy() = default; // 48 h, 7 days

    int evidenceHours() const { return m_evidenceHours; }
    void setEvidenceHours(int hours) { m_evidenceHours = hours; }
    int appealDays() const { return m_appealDays; }
    void setAppealDays(int days) { m_appealDays = days; }

    qint64 evidenceWindowSecs() const { return qint64(m_evidenceHours) * 3600; }
    qint64 appealWindowSecs() const { return qint64(m_appealDays) * 24 * 3600; }

    // The evidence deadline of a dispute opened at openedAt: calendar hours without a
    // calendar, working time of the calendar with one.
    QDateTime evidenceDeadline(const QDateTime& openedAt, const BusinessCalendar* calendar = nullptr) const;
    QDateTime appealDeadline(const QDateTime& decidedAt) const
    {
        return decidedAt.addSecs(appealWindowSecs());
    }

    Status validate() const;
    // {"version":1,"evidenceHours":48,"appealDays":7}
    QJsonObject toJson() const;
    static Result<DisputePolicy> fromJson(const QJsonObject& json);

    bool operator==(const DisputePolicy&) const = default;

private:
    int m_evidenceHours = 48;
    int m_appealDays = 7;
};

} // namespace sw::domain
