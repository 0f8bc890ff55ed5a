// The tickets' derived local data after sync applied rows from the server
// (core/sync/applyhooks.h): search documents, SLA due columns, and the timeline and
// attachments of tickets that left this user's scope. ticket_counts follows by trigger.
// Pages of a large pull only note their tickets in sync_deferred; finishDeferred()
// rebuilds their search documents and SLA columns in two ordered passes at the end.

#include "domain/searchtext.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketstore.h"
#include "services/ticketsupport.h"
#include "services/tickettypes.h"
#include "storage/rawstatement.h"
#include "sync/applyhooks.h"

#include <QSet>
#include <QSqlError>
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

const QString kDeferredArea = QStringLiteral("tickets");
const QString kDeferredSlaArea = QStringLiteral("tickets.sla"); // id "": every ticket's SLA

// The tickets whose timeline or attachments changed: into `tickets`, or (deferred) noted
// in sync_deferred.
Status addParentTickets(QSqlDatabase db, const QString& table, const QSet<QString>& ids, QSet<QString>* tickets,
                        bool deferred = false)
{
    const QList<QString> all(ids.cbegin(), ids.cend());
    for (qsizetype i = 0; i < all.size(); i += 500) {
        const QList<QString> chunk = all.mid(i, 500);
        QSqlQuery q(db);
        const QString select = QStringLiteral("SELECT DISTINCT ticket_id FROM %1 WHERE id IN (%2)")
                                   .arg(table, placeholders(int(chunk.size())));
        if (deferred) {
            QVariantList values{kDeferredArea};
            values.append(QVariantList(chunk.cbegin(), chunk.cend()));
            SW_TRY(execQuery(q, QStringLiteral("INSERT OR IGNORE INTO sync_deferred (area, id) SELECT ?, ticket_id FROM (") +
                                    select + QLatin1Char(')'),
                             values));
            continue;
        }
        SW_TRY(execQuery(q, select, QVariantList(chunk.cbegin(), chunk.cend())));
        while (q.next())
            tickets->insert(q.value(0).toString());
    }
    return {};
}

Status noteDeferred(QSqlDatabase db, const QString& area, const QSet<QString>& ids)
{
    storage::RawStatement note(storage::rawHandle(db), "INSERT OR IGNORE INTO sync_deferred (area, id) VALUES (?1, ?2)");
    if (!note.ok())
        return note.prepareError();
    note.textCopy(1, area);
    for (const QString& id : ids) {
        note.textCopy(2, id);
        SW_TRY(note.run());
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
    auto recomputeAll = clocksChanged(db, rows);
    if (!recomputeAll)
        return recomputeAll.error();
    if (rows.deferred) {
        SW_TRY(noteDeferred(db, kDeferredArea, tickets));
        SW_TRY(addParentTickets(db, TicketStore::kEvents, rows.upserted.value(TicketStore::kEvents), nullptr, true));
        return *recomputeAll ? noteDeferred(db, kDeferredSlaArea, {QString(QLatin1String(""))}) : Status{};
    }
    SW_TRY(addParentTickets(db, TicketStore::kEvents, rows.upserted.value(TicketStore::kEvents), &tickets));
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

// The search documents of the noted tickets: the tickets and their message texts, both
// in ticket id order, merged; the same document refreshSearch() writes.
Status rebuildNotedSearch(QSqlDatabase db)
{
    QSqlQuery tickets(db);
    tickets.setForwardOnly(true);
    SW_TRY(execQuery(tickets,
                     QStringLiteral("SELECT t.id, t.n, t.number, t.subject, t.body, t.customer_name, t.customer_phone, "
                                    "t.order_no, t.merchant_name FROM sync_deferred d JOIN tickets t ON t.id = d.id "
                                    "WHERE d.area = ? AND t.deleted = 0 ORDER BY d.id"),
                     {kDeferredArea}));
    QSqlQuery texts(db);
    texts.setForwardOnly(true);
    SW_TRY(execQuery(texts,
                     QStringLiteral("SELECT e.ticket_id, e.body FROM sync_deferred d JOIN ticket_events e "
                                    "ON e.ticket_id = d.id WHERE d.area = ? AND e.deleted = 0 AND e.kind IN (?, ?, ?) "
                                    "ORDER BY d.id, e.at, e.n"),
                     {kDeferredArea, code(TicketEventKind::CustomerMessage), code(TicketEventKind::Reply),
                      code(TicketEventKind::Note)}));
    sqlite3* raw = storage::rawHandle(db);
    storage::RawStatement remove(raw, "DELETE FROM ticket_search WHERE docid = ?1");
    storage::RawStatement insert(raw, "INSERT INTO ticket_search (docid, tokens) VALUES (?1, ?2)");
    if (!remove.ok() || !insert.ok())
        return remove.ok() ? insert.prepareError() : remove.prepareError();
    bool textsLeft = texts.next();
    while (tickets.next()) {
        const QString id = tickets.value(0).toString();
        while (textsLeft && texts.value(0).toString() < id)
            textsLeft = texts.next();
        QStringList messages;
        while (textsLeft && texts.value(0).toString() == id) {
            messages << texts.value(1).toString();
            textsLeft = texts.next();
        }
        const qint64 n = tickets.value(1).toLongLong();
        const QString tokens = domain::SearchText::indexTokens(ticketSearchText(
            tickets.value(2).toString(), tickets.value(3).toString(), tickets.value(4).toString(),
            tickets.value(5).toString(), tickets.value(6).toString(), tickets.value(7).toString(),
            tickets.value(8).toString(), messages));
        remove.integer(1, n);
        SW_TRY(remove.run());
        insert.integer(1, n);
        insert.textCopy(2, tokens);
        SW_TRY(insert.run());
    }
    if (tickets.lastError().isValid())
        return sqlError(tickets.lastError());
    if (texts.lastError().isValid())
        return sqlError(texts.lastError());
    return {};
}

// The finisher of what afterApply() noted: search documents of the noted tickets, their
// SLA columns (every ticket's after a policy or calendar change), then the notes go.
Status finishDeferred(QSqlDatabase db, const QDateTime& now)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT area, count(*) FROM sync_deferred WHERE area IN (?, ?) GROUP BY area"),
                     {kDeferredArea, kDeferredSlaArea}));
    bool noted = false;
    bool allClocks = false;
    while (q.next()) {
        noted = noted || q.value(0).toString() == kDeferredArea;
        allClocks = allClocks || q.value(0).toString() == kDeferredSlaArea;
    }
    q.finish();
    if (!noted && !allClocks)
        return {};
    if (noted)
        SW_TRY(rebuildNotedSearch(db));
    auto clock = currentClock(db);
    if (!clock)
        return clock.error();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    auto changed = TicketStore::recomputeAllSla(
        db, *clock, at, allClocks ? TicketStore::SlaScope::AllTickets : TicketStore::SlaScope::SyncDeferred);
    if (!changed)
        return changed.error();
    return execQuery(q, QStringLiteral("DELETE FROM sync_deferred WHERE area IN (?, ?)"),
                     {kDeferredArea, kDeferredSlaArea});
}

} // namespace

void registerTicketSyncHooks()
{
    sync::ApplyHooks::add(QStringLiteral("tickets"), afterApply, finishDeferred);
}

} // namespace sw::services
