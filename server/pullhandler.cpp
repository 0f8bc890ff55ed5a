#include "pullhandler.h"

#include "rowstore.h"
#include "serverrules.h"

#include <QHash>
#include <QJsonDocument>

namespace sw::server {

namespace {

// The ticket deciding whether the user sees a row: the ticket itself, the ticket a
// following row belongs to, or none.
QString ticketOf(const sync::RowState& row)
{
    if (row.table == QLatin1String("tickets"))
        return row.rowId;
    const QString column = ServerRules::ticketColumn(row.table);
    return column.isEmpty() ? QString() : row.fields.value(column).toString();
}

} // namespace

PullOutcome PullHandler::handle(PgStore* store, const UserContext& user, qint64 after, int limit)
{
    PullOutcome out;
    QSqlDatabase db = store->connection();
    if (!db.isOpen()) {
        out.status = 503;
        return out;
    }
    QSqlQuery q(db);
    if (!PgStore::exec(q, QStringLiteral("SELECT table_name, row_id, fields::text, hlc, updated_by, deleted, server_seq "
                                         "FROM sync_rows WHERE server_seq > ? ORDER BY server_seq LIMIT ?"),
                       {after, limit + 1}))
        return out;
    QList<sync::RowState> page;
    while (q.next()) {
        if (page.size() == limit) {
            out.response.more = true;
            break;
        }
        sync::RowState row;
        row.table = q.value(0).toString();
        row.rowId = q.value(1).toString();
        row.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        row.hlc = q.value(3).toString();
        row.updatedBy = q.value(4).toString();
        row.deleted = q.value(5).toBool();
        row.serverSeq = q.value(6).toLongLong();
        page << row;
    }

    // Rows that follow a ticket share its answer: the tickets of the page decide for
    // themselves, the others are read in one go (users who see every ticket skip this).
    const bool seesAll = ServerRules::seesAllTickets(user);
    QHash<QString, bool> ticketVisible;
    if (!seesAll) {
        for (const sync::RowState& row : std::as_const(page))
            if (row.table == QLatin1String("tickets"))
                ticketVisible.insert(row.rowId, ServerRules::ticketInScope(user, row.fields));
        QStringList missing;
        for (const sync::RowState& row : std::as_const(page)) {
            const QString ticketId = ticketOf(row);
            if (!ticketId.isEmpty() && !ticketVisible.contains(ticketId)) {
                ticketVisible.insert(ticketId, true);
                missing << ticketId;
            }
        }
        QHash<QString, std::pair<QString, QString>> scopes;
        if (!RowStore::loadTicketScopes(db, missing, &scopes))
            return out;
        for (auto it = scopes.cbegin(); it != scopes.cend(); ++it)
            ticketVisible.insert(it.key(), ServerRules::ticketInScope(user, it.value().first, it.value().second));
    }

    qint64 next = after;
    for (sync::RowState& row : page) {
        next = row.serverSeq;
        if (!ServerRules::mayRead(user, row.table))
            continue;
        if (!seesAll && !ticketVisible.value(ticketOf(row), true)) {
            // A first pull needs no removals, and a row following a ticket needs none
            // ever: the ticket's own removal takes its timeline and files with it.
            if (after == 0 || row.table != QLatin1String("tickets"))
                continue;
            sync::RowState removal;
            removal.table = row.table;
            removal.rowId = row.rowId;
            removal.serverSeq = row.serverSeq;
            removal.removed = true;
            out.response.rows << removal;
            continue;
        }
        row.fields = ServerRules::visibleFields(user, row.table, row.fields);
        out.response.rows << std::move(row);
    }
    out.response.next = next;
    QSqlQuery last(db);
    if (out.response.more && PgStore::exec(last, QStringLiteral("SELECT coalesce(max(server_seq), 0) FROM sync_rows"))
        && last.next())
        out.response.last = last.value(0).toLongLong();
    out.status = 200;
    return out;
}

} // namespace sw::server
