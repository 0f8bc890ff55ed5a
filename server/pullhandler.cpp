#include "pullhandler.h"

#include "rowstore.h"
#include "serverrules.h"

#include <QHash>
#include <QJsonDocument>

namespace sw::server {

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
    QHash<QString, bool> ticketVisible; // per request: rows that follow a ticket share its answer
    qint64 next = after;
    int count = 0;
    while (q.next()) {
        if (count == limit) {
            out.response.more = true;
            break;
        }
        ++count;
        sync::RowState row;
        row.table = q.value(0).toString();
        row.rowId = q.value(1).toString();
        row.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        row.hlc = q.value(3).toString();
        row.updatedBy = q.value(4).toString();
        row.deleted = q.value(5).toBool();
        row.serverSeq = q.value(6).toLongLong();
        next = row.serverSeq;
        bool visible = true;
        if (row.table == QLatin1String("tickets")) {
            visible = ServerRules::ticketInScope(user, row.fields);
        } else if (const QString column = ServerRules::ticketColumn(row.table); !column.isEmpty()) {
            const QString ticketId = row.fields.value(column).toString();
            if (!ticketVisible.contains(ticketId)) {
                bool failed = false;
                const std::optional<StoredRow> t = RowStore::load(db, QStringLiteral("tickets"), ticketId, false, &failed);
                if (failed)
                    return out;
                ticketVisible.insert(ticketId, !t || ServerRules::ticketInScope(user, t->state.fields));
            }
            visible = ticketVisible.value(ticketId);
        }
        if (!visible) {
            if (after == 0)
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
        out.response.rows << row;
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
