// The tickets' derived local data after sync applied rows from the server
// (core/sync/applyhooks.h): search documents, SLA due columns, and the timeline and
// attachments of tickets that left this user's scope. ticket_counts follows by trigger.

#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketstore.h"
#include "sync/applyhooks.h"

#include <QSet>
#include <QSqlQuery>

namespace sw::services {

namespace {

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The tickets whose timeline or attachments changed.
Status addParentTickets(QSqlDatabase db, const QString& table, const QSet<QString>& ids, QSet<QString>* tickets)
{
    const QList<QString> all(ids.cbegin(), ids.cend());
    for (qsizetype i = 0; i < all.size(); i += 500) {
        const QList<QString> chunk = all.mid(i, 500);
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT DISTINCT ticket_id FROM %1 WHERE id IN (%2)")
                             .arg(table, placeholders(int(chunk.size()))),
                         QVariantList(chunk.cbegin(), chunk.cend())));
        while (q.next())
            tickets->insert(q.value(0).toString());
    }
    return {};
}

Result<domain::SlaClock> currentClock(QSqlDatabase db)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT value FROM settings WHERE key = ? AND deleted = 0"),
                     {TicketStore::kSlaPolicyKey}));
    const QString json = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return TicketStore::slaClock(db, TicketStore::policyFromText(json));
}

// Did the SLA policy or the business-day calendar change? Then every running clock moves.
Result<bool> clocksChanged(QSqlDatabase db, const sync::AppliedRows& rows)
{
    if (rows.upserted.contains(QStringLiteral("calendar_days")))
        return true;
    const QSet<QString> settings = rows.upserted.value(QStringLiteral("settings"));
    for (const QString& id : settings) {
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("SELECT key FROM settings WHERE id = ?"), {id}));
        if (q.next() && q.value(0).toString() == TicketStore::kSlaPolicyKey)
            return true;
    }
    return false;
}

Status afterApply(QSqlDatabase db, const sync::AppliedRows& rows, const QDateTime& now)
{
    // Tickets that left the scope take their timeline and files with them.
    for (const QString& ticketId : rows.removed.value(TicketStore::kTickets)) {
        for (const QString& child : {TicketStore::kEvents, TicketStore::kAttachments}) {
            QSqlQuery q(db);
            SW_TRY(execQuery(q,
                             QStringLiteral("DELETE FROM %1 WHERE ticket_id = ? AND id NOT IN "
                                            "(SELECT row_id FROM sync_outbox WHERE table_name = ?)")
                                 .arg(child),
                             {ticketId, child}));
        }
    }

    QSet<QString> tickets = rows.upserted.value(TicketStore::kTickets);
    SW_TRY(addParentTickets(db, TicketStore::kEvents, rows.upserted.value(TicketStore::kEvents), &tickets));
    auto recomputeAll = clocksChanged(db, rows);
    if (!recomputeAll)
        return recomputeAll.error();
    if (tickets.isEmpty() && !*recomputeAll)
        return {};

    auto clock = currentClock(db);
    if (!clock)
        return clock.error();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    for (const QString& id : tickets) {
        auto ticket = TicketStore::load(db, id);
        if (!ticket) {
            if (ticket.code() == ErrorCode::NotFound)
                continue; // tombstoned, or an event whose ticket has not arrived yet
            return ticket.error();
        }
        SW_TRY(TicketStore::computeSla(db, *clock, *ticket, at));
        SW_TRY(TicketStore::writeSla(db, *ticket));
        SW_TRY(TicketStore::refreshSearch(db, *ticket));
    }
    if (*recomputeAll) {
        auto changed = TicketStore::recomputeAllSla(db, *clock, at);
        if (!changed)
            return changed.error();
    }
    return {};
}

} // namespace

void registerTicketSyncHooks()
{
    sync::ApplyHooks::add(QStringLiteral("tickets"), afterApply);
}

} // namespace sw::services
