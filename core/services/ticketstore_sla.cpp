// TicketStore, the SLA part: the policy and calendar in force, and the due/warn columns
// of one ticket computed from its facts with SlaClock (see ticketstore.h).

#include "services/ticketstore.h"

#include "domain/sladue.h"
#include "services/calendarservice.h"
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
    // The built-in Chinese calendar overlaid by the administrators' entries.
    auto calendar = CalendarService::effectiveCalendar(db);
    if (!calendar)
        return calendar.error();
    return domain::SlaClock(policy, *calendar);
}

namespace {

// The pause intervals of one ticket, rebuilt from its status-change events in time
// order: entering PendingCustomer starts one, leaving it ends it. The events carry
// from/to, so the intervals are exact (business-day counting needs them, not just the
// total in paused_secs).
class PauseBuilder
{
public:
    explicit PauseBuilder(domain::SlaFacts& facts)
        : m_facts(facts)
    {}

    void add(qint64 at, const QString& dataJson)
    {
        static const QString pending = domain::code(TicketStatus::PendingCustomer);
        const QJsonObject data = QJsonDocument::fromJson(dataJson.toUtf8()).object();
        if (m_start && data.value(QStringLiteral("from")).toString() == pending) {
            m_facts.pauses.append({utc(*m_start), utc(at)});
            m_start.reset();
        }
        if (data.value(QStringLiteral("to")).toString() == pending)
            m_start = at;
    }

    static QDateTime utc(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }

private:
    domain::SlaFacts& m_facts;
    std::optional<qint64> m_start;
};

// Only status changes into or out of PendingCustomer matter; the LIKE skips parsing the
// JSON of every other one (the JSON check in PauseBuilder stays the authority).
QString pauseEventFilter(const QString& alias = {})
{
    return QStringLiteral("%1kind = ? AND %1deleted = 0 AND %1data_json LIKE ?").arg(alias);
}

QVariantList pauseEventValues()
{
    return {code(TicketEventKind::StatusChange),
            QStringLiteral("%") + domain::code(TicketStatus::PendingCustomer) + QStringLiteral("%")};
}

// The facts without the pauses.
domain::SlaFacts factsOf(const Ticket& t)
{
    domain::SlaFacts facts;
    facts.receivedAt = t.receivedAt;
    facts.specialCase = t.specialCase;
    facts.kind = t.kind;
    facts.priority = t.priority;
    facts.firstRespondedAt = t.firstResponseAt;
    facts.resolvedAt = t.resolvedAt;
    return facts;
}

QVariant epochOrNull(const std::optional<qint64>& secs)
{
    return secs ? QVariant(qlonglong(*secs)) : QVariant();
}

std::optional<qint64> optionalEpoch(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

const QString kUpdateSla = QStringLiteral(
    "UPDATE tickets SET first_response_due = ?, resolution_due = ?, next_due = ?, next_warn = ? WHERE n = ?");

} // namespace

const QStringList& TicketStore::slaColumns()
{
    static const QStringList columns{QStringLiteral("first_response_due"), QStringLiteral("resolution_due"),
                                     QStringLiteral("next_due"), QStringLiteral("next_warn")};
    return columns;
}

QVariantMap TicketStore::syncedFields(const Ticket& t)
{
    QVariantMap fields = toFields(t);
    for (const QString& column : slaColumns())
        fields.remove(column);
    return fields;
}

Status TicketStore::writeSla(QSqlDatabase db, const Ticket& t)
{
    QSqlQuery q(db);
    return execQuery(q, kUpdateSla,
                     {epoch(t.firstResponseDue), epoch(t.resolutionDue), epoch(t.nextDue), epoch(t.nextWarn), t.n});
}

Status TicketStore::computeSla(QSqlDatabase db, const domain::SlaClock& clock, Ticket& t, const QDateTime& now)
{
    t.paused = t.pausedSince.isValid();
    const bool mergedAway = !t.mergedInto.isEmpty();
    domain::SlaFacts facts = factsOf(t);
    if (!mergedAway && t.receivedAt.isValid()) {
        // Closed pauses from the status-change events, the open one from paused_since.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT at, data_json FROM ticket_events WHERE ticket_id = ? AND ") +
                             pauseEventFilter() + QStringLiteral(" ORDER BY at, n"),
                         QVariantList{t.id} + pauseEventValues()));
        PauseBuilder pauses(facts);
        while (q.next())
            pauses.add(q.value(0).toLongLong(), q.value(1).toString());
        if (t.pausedSince.isValid())
            facts.pauses.append({t.pausedSince, QDateTime()});
    }
    const domain::SlaDue due = domain::SlaDue::compute(clock, facts, now, mergedAway);
    t.firstResponseDue = fromEpoch(epochOrNull(due.firstResponse));
    t.resolutionDue = fromEpoch(epochOrNull(due.resolution));
    t.nextDue = fromEpoch(epochOrNull(due.next));
    t.nextWarn = fromEpoch(epochOrNull(due.warn));
    return {};
}

Result<int> TicketStore::recomputeAllSla(QSqlDatabase db, const domain::SlaClock& clock, const QDateTime& now,
                                         SlaScope slaScope)
{
    const QString only = slaScope == SlaScope::SyncDeferred
                             ? QStringLiteral(" AND t.id IN (SELECT id FROM sync_deferred WHERE area = 'tickets')")
                             : QString();
    // Tickets whose columns may change: not merged away and not resolved (a resolved or
    // closed ticket has both clocks stopped, so its columns are NULL under any policy and
    // calendar), plus any row still holding values it should not have. In rowid order: a
    // sequential read of the table, no sort.
    const QString scope = QStringLiteral("t.deleted = 0 AND t.merged_into IS NULL AND t.resolved_at IS NULL");
    QSqlQuery tickets(db);
    tickets.setForwardOnly(true);
    SW_TRY(execQuery(tickets, QStringLiteral("SELECT t.n, t.received_at, t.special_case, t.kind, t.priority, "
                                             "t.first_response_at, t.resolved_at, t.paused_since, t.merged_into, "
                                             "t.first_response_due, t.resolution_due, t.next_due, t.next_warn "
                                             "FROM tickets t WHERE (") +
                                  scope + only +
                                  QStringLiteral(") OR (t.deleted = 0 AND (t.first_response_due IS NOT NULL OR "
                                                 "t.resolution_due IS NOT NULL OR t.next_due IS NOT NULL OR "
                                                 "t.next_warn IS NOT NULL)") +
                                  only + QStringLiteral(") ORDER BY t.n")));
    // One ordered pass over the pause events of the tickets in scope, merged with the
    // tickets by n. Only tickets with a closed pause (paused_secs > 0) have any that
    // matter — most have none, so most of the timeline is never read; an open pause
    // comes from paused_since.
    QSqlQuery events(db);
    events.setForwardOnly(true);
    SW_TRY(execQuery(events,
                     QStringLiteral("SELECT t.n, e.at, e.data_json FROM tickets t JOIN ticket_events e "
                                    "ON e.ticket_id = t.id WHERE ") +
                         scope + only + QStringLiteral(" AND t.paused_secs > 0 AND ") +
                         pauseEventFilter(QStringLiteral("e.")) +
                         QStringLiteral(" ORDER BY t.n, e.at, e.n"),
                     pauseEventValues()));
    bool eventsLeft = events.next();

    QSqlQuery update(db);
    if (!update.prepare(kUpdateSla))
        return sqlError(update.lastError());
    int changed = 0;
    while (tickets.next()) {
        const qint64 n = tickets.value(0).toLongLong();
        const bool mergedAway = !tickets.value(8).isNull() && !tickets.value(8).toString().isEmpty();
        domain::SlaFacts facts;
        facts.receivedAt = fromEpoch(tickets.value(1));
        facts.specialCase = tickets.value(2).toLongLong() != 0;
        facts.kind = domain::fromCode<domain::TicketKind>(tickets.value(3).toString());
        facts.priority = domain::fromCode<domain::TicketPriority>(tickets.value(4).toString());
        facts.firstRespondedAt = fromEpoch(tickets.value(5));
        facts.resolvedAt = fromEpoch(tickets.value(6));

        while (eventsLeft && events.value(0).toLongLong() < n)
            eventsLeft = events.next();
        PauseBuilder pauses(facts);
        while (eventsLeft && events.value(0).toLongLong() == n) {
            pauses.add(events.value(1).toLongLong(), events.value(2).toString());
            eventsLeft = events.next();
        }
        const QDateTime pausedSince = fromEpoch(tickets.value(7));
        if (pausedSince.isValid())
            facts.pauses.append({pausedSince, QDateTime()});

        const domain::SlaDue due = domain::SlaDue::compute(clock, facts, now, mergedAway);
        const domain::SlaDue stored{optionalEpoch(tickets.value(9)), optionalEpoch(tickets.value(10)),
                                    optionalEpoch(tickets.value(11)), optionalEpoch(tickets.value(12))};
        if (due == stored)
            continue;
        update.bindValue(0, epochOrNull(due.firstResponse));
        update.bindValue(1, epochOrNull(due.resolution));
        update.bindValue(2, epochOrNull(due.next));
        update.bindValue(3, epochOrNull(due.warn));
        update.bindValue(4, n);
        if (!update.exec())
            return sqlError(update.lastError());
        ++changed;
    }
    if (tickets.lastError().isValid())
        return sqlError(tickets.lastError());
    if (events.lastError().isValid())
        return sqlError(events.lastError());
    return changed;
}

} // namespace sw::services
