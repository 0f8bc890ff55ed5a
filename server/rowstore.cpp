#include "rowstore.h"

#include <QJsonDocument>

namespace sw::server {

std::optional<StoredRow> RowStore::load(QSqlDatabase db, const QString& table, const QString& rowId,
                                        bool forUpdate, bool* failed)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT fields::text, field_hlc::text, hlc, updated_by, deleted, server_seq "
                                       "FROM sync_rows WHERE table_name = ? AND row_id = ?")
                        + (forUpdate ? QStringLiteral(" FOR UPDATE") : QString());
    if (!PgStore::exec(q, sql, {table, rowId})) {
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredRow row;
    row.state.table = table;
    row.state.rowId = rowId;
    row.state.fields = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    row.fieldHlc = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    row.state.hlc = q.value(2).toString();
    row.state.updatedBy = q.value(3).toString();
    row.state.deleted = q.value(4).toBool();
    row.state.serverSeq = q.value(5).toLongLong();
    return row;
}

bool RowStore::save(QSqlDatabase db, const StoredRow& row)
{
    QSqlQuery q(db);
    const auto json = [](const QJsonObject& o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    return PgStore::exec(
        q,
        QStringLiteral("INSERT INTO sync_rows (table_name, row_id, fields, field_hlc, hlc, updated_by, deleted, server_seq) "
                       "VALUES (?, ?, ?::jsonb, ?::jsonb, ?, COALESCE(?, ''), ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET "
                       "fields = EXCLUDED.fields, field_hlc = EXCLUDED.field_hlc, hlc = EXCLUDED.hlc, "
                       "updated_by = EXCLUDED.updated_by, deleted = EXCLUDED.deleted, server_seq = EXCLUDED.server_seq"),
        {row.state.table, row.state.rowId, json(row.state.fields), json(row.fieldHlc), row.state.hlc,
         row.state.updatedBy, row.state.deleted, row.state.serverSeq});
}

qint64 RowStore::nextSeq(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!PgStore::exec(q, QStringLiteral("SELECT nextval('sync_seq')")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace sw::server
