// TicketStore, the SLA part: the policy and calendar in force, and the due/warn columns
// of one ticket computed from its facts with SlaClock (see ticketstore.h).

#include "services/ticketstore.h"

#include "services/sqlsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace sw::services {

using domain::TicketStatus;

// --- SLA ----------------------------------------------------------------------------

domain::SlaPolicy TicketStore::policyFromText(const QString& json)
{
    if (json.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return {};
    auto policy = domain::SlaPolicy::fromJson(doc.object());
    return policy ? *policy : domain::SlaPolicy();
}

Result<domain::SlaClock> TicketStore::slaClock(QSqlDatabase db, const domain::SlaPolicy& policy)
{
    if (policy.calendarMode() != domain::SlaPolicy::CalendarMode::BusinessDays)
        return domain::SlaClock(policy);
    domain::BusinessCalendar calendar;
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT day, type, name FROM calendar_days WHERE deleted = 0 ORDER BY day")));
    bool any = false;
    while (q.next()) {
        any = true;
        domain::BusinessCalendar::Entry e;
        e.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        e.type = q.value(1).toString() == QLatin1String("workday") ? domain::BusinessCalendar::DayType::Workday
                                                                   : domain::BusinessCalendar::DayType::Holiday;
        e.name = q.value(2).toString();
        // A row the calendar refuses (synced from a bad import) changes nothing.
        (void)calendar.addEntry(e);
    }
    if (!any) {
        // Never maintained here: the compiled-in Chinese calendar.
        auto china = domain::BusinessCalendar::chinaDefault();
        if (china)
            calendar = *china;
    }
    return domain::SlaClock(policy, calendar);
}

namespace {

using Interval = std::pair<qint64, qint64>;
constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

// The instant the clock's elapsed working time reaches `target`, walking the running
// stretches between pauses (the same walk SlaClock does for the due time); nullopt when
// it is not reached before an open pause.
std::optional<qint64> instantAtElapsed(const domain::SlaClock& clock, qint64 start, const QList<Interval>& pauses,
                                       qint64 target)
{
    const bool business =
        clock.policy().calendarMode() == domain::SlaPolicy::CalendarMode::BusinessDays;
    auto working = [&](qint64 a, qint64 b) {
        return business ? clock.calendar().workingSecsBetween(a, b) : b - a;
    };
    auto add = [&](qint64 from, qint64 secs) -> std::optional<qint64> {
        return business ? clock.calendar().addWorkingSecs(from, secs) : std::optional<qint64>(from + secs);
    };
    qint64 elapsed = 0;
    qint64 cursor = start;
    for (const Interval& p : pauses) {
        if (p.first > cursor) {
            const qint64 stretch = working(cursor, p.first);
            if (elapsed + stretch >= target)
                return add(cursor, target - elapsed);
            elapsed += stretch;
        }
        if (p.second == kOpenEnd)
            return std::nullopt;
        cursor = std::max(cursor, p.second);
    }
    return add(cursor, target - elapsed);
}

} // namespace

Status TicketStore::computeSla(QSqlDatabase db, const domain::SlaClock& clock, Ticket& t, const QDateTime& now)
{
    t.firstResponseDue = {};
    t.resolutionDue = {};
    t.nextDue = {};
    t.nextWarn = {};
    t.paused = t.pausedSince.isValid();
    if (!t.mergedInto.isEmpty() || !t.receivedAt.isValid())
        return {}; // merged away: hidden, no clocks run

    // Pauses: closed ones from the status-change events (they carry from/to, so the
    // intervals can be rebuilt exactly for business-day counting), the open one from
    // paused_since.
    QList<Interval> pauses;
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT at, data_json FROM ticket_events WHERE ticket_id = ? AND kind = ? "
                                        "AND deleted = 0 ORDER BY at, n"),
                         {t.id, code(TicketEventKind::StatusChange)}));
        const QString pending = domain::code(TicketStatus::PendingCustomer);
        std::optional<qint64> start;
        while (q.next()) {
            const qint64 at = q.value(0).toLongLong();
            const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            if (data.value(QStringLiteral("from")).toString() == pending && start) {
                pauses.append({*start, at});
                start.reset();
            }
            if (data.value(QStringLiteral("to")).toString() == pending)
                start = at;
        }
    }
    if (t.pausedSince.isValid())
        pauses.append({t.pausedSince.toSecsSinceEpoch(), kOpenEnd});

    domain::SlaFacts facts;
    facts.receivedAt = t.receivedAt;
    facts.specialCase = t.specialCase;
    facts.kind = t.kind;
    facts.priority = t.priority;
    facts.firstRespondedAt = t.firstResponseAt;
    facts.resolvedAt = t.resolvedAt;
    for (const Interval& p : pauses) {
        facts.pauses.append({QDateTime::fromSecsSinceEpoch(p.first, Qt::UTC),
                             p.second == kOpenEnd ? QDateTime() : QDateTime::fromSecsSinceEpoch(p.second, Qt::UTC)});
    }
    const domain::SlaReading reading = clock.evaluate(facts, now);

    // Normalised pauses for the warning walk (sorted, merged, not before receipt).
    const qint64 start = t.receivedAt.toSecsSinceEpoch();
    QList<Interval> sorted;
    for (Interval p : pauses) {
        p.first = std::max(p.first, start);
        if (p.second > p.first)
            sorted.append(p);
    }
    std::sort(sorted.begin(), sorted.end());
    QList<Interval> merged;
    for (const Interval& p : sorted) {
        if (!merged.isEmpty() && p.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, p.second);
        else
            merged.append(p);
    }

    auto apply = [&](const domain::SlaClockReading& r, QDateTime* due) {
        if (!r.isRunning() || !r.due.isValid())
            return;
        *due = r.due;
        if (!t.nextDue.isValid() || r.due < t.nextDue)
            t.nextDue = r.due;
        const qint64 warnTarget = r.targetSecs * clock.policy().warnAtPercent() / 100;
        if (auto warn = instantAtElapsed(clock, start, merged, warnTarget)) {
            const QDateTime w = QDateTime::fromSecsSinceEpoch(*warn, Qt::UTC);
            if (!t.nextWarn.isValid() || w < t.nextWarn)
                t.nextWarn = w;
        }
    };
    apply(reading.firstResponse, &t.firstResponseDue);
    apply(reading.resolution, &t.resolutionDue);
    return {};
}

} // namespace sw::services
