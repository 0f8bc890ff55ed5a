#include "rowstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sw::server {

namespace {

const QString kSelect = QStringLiteral("SELECT r.table_name, r.row_id, r.fields::text, r.field_hlc::text, r.hlc, "
                                       "r.updated_by, r.deleted, r.server_seq FROM sync_rows r ");
const QString kInsert = QStringLiteral("INSERT INTO sync_rows (table_name, row_id, fields, field_hlc, hlc, updated_by, "
                                       "deleted, server_seq) VALUES ");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StoredRow rowFrom(const QSqlQuery& q)
{
    StoredRow row;
    row.state.table = q.value(0).toString();
    row.state.rowId = q.value(1).toString();
    row.state.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    row.fieldHlc = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    row.state.hlc = q.value(4).toString();
    row.state.updatedBy = q.value(5).toString();
    row.state.deleted = q.value(6).toBool();
    row.state.serverSeq = q.value(7).toLongLong();
    return row;
}

const QString kUpsertTail = QStringLiteral(
    " ON CONFLICT (table_name, row_id) DO UPDATE SET fields = EXCLUDED.fields, field_hlc = EXCLUDED.field_hlc, "
    "hlc = EXCLUDED.hlc, updated_by = EXCLUDED.updated_by, deleted = EXCLUDED.deleted, "
    "server_seq = EXCLUDED.server_seq");

} // namespace

QString RowStore::key(const QString& table, const QString& rowId)
{
    return table + QChar(0x1f) + rowId;
}

QString RowStore::jsonArray(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

bool RowStore::loadMany(QSqlDatabase db, const QList<std::pair<QString, QString>>& keys, bool forUpdate,
                        RowMap* into)
{
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        QJsonArray wanted;
        for (qsizetype i = from; i < std::min(keys.size(), from + kChunk); ++i) {
            wanted.append(QJsonArray{keys[i].first, keys[i].second});
            into->insert(key(keys[i].first, keys[i].second), std::nullopt);
        }
        // Locks are taken in key order, so two pushes never wait on each other in a circle.
        const QString sql =
            kSelect + QStringLiteral("JOIN (SELECT x->>0 AS t, x->>1 AS id FROM jsonb_array_elements(?::jsonb) x) k "
                             "ON r.table_name = k.t AND r.row_id = k.id ORDER BY r.table_name, r.row_id")
            + (forUpdate ? QStringLiteral(" FOR UPDATE OF r") : QString());
        QSqlQuery q(db);
        if (!PgStore::exec(q, sql, {QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact))}))
            return false;
        while (q.next()) {
            StoredRow row = rowFrom(q);
            const QString k = key(row.state.table, row.state.rowId); // before the move
            into->insert(k, std::move(row));
        }
    }
    return true;
}

bool RowStore::loadWhere(QSqlDatabase db, const QString& table, const QString& column,
                         const QStringList& values, RowMap* into)
{
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const QStringList part = values.mid(from, kChunk);
        const QString sql = kSelect + QStringLiteral("WHERE r.table_name = ? AND NOT r.deleted AND "
                                                     "r.fields->>(?::text) IN "
                                                     "(SELECT jsonb_array_elements_text(?::jsonb))");
        const QString wanted = jsonArray(part);
        QSqlQuery q(db);
        if (!PgStore::exec(q, sql, {table, column, wanted}))
            return false;
        while (q.next()) {
            StoredRow row = rowFrom(q);
            const QString k = key(row.state.table, row.state.rowId); // before the move
            into->insert(k, std::move(row));
        }
    }
    return true;
}

bool RowStore::loadTicketScopes(QSqlDatabase db, const QStringList& ticketIds,
                                QHash<QString, std::pair<QString, QString>>* into)
{
    for (qsizetype from = 0; from < ticketIds.size(); from += kChunk) {
        const QString wanted = jsonArray(ticketIds.mid(from, kChunk));
        QSqlQuery q(db);
        if (!PgStore::exec(q, QStringLiteral("SELECT row_id, ticket_owner_id, ticket_team_id FROM sync_rows "
                                             "WHERE table_name = 'tickets' AND row_id IN "
                                             "(SELECT jsonb_array_elements_text(?::jsonb))"),
                           {wanted}))
            return false;
        while (q.next())
            into->insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    }
    return true;
}

bool RowStore::saveMany(QSqlDatabase db, const QList<const StoredRow*>& rows)
{
    for (qsizetype from = 0; from < rows.size(); from += kChunk) {
        QString sql = kInsert;
        QVariantList values;
        for (qsizetype i = from; i < std::min(rows.size(), from + kChunk); ++i) {
            const StoredRow& row = *rows[i];
            if (i > from)
                sql += QLatin1Char(',');
            sql += QStringLiteral("(?, ?, ?::json, ?::json, ?, COALESCE(?, ''), ?, ?)");
            values << row.state.table << row.state.rowId << compact(row.state.fields) << compact(row.fieldHlc)
                   << row.state.hlc << row.state.updatedBy << row.state.deleted << row.state.serverSeq;
        }
        QSqlQuery q(db);
        if (!PgStore::exec(q, sql + kUpsertTail, values))
            return false;
    }
    return true;
}

QList<qint64> RowStore::nextSeqs(QSqlDatabase db, int n)
{
    QList<qint64> out;
    QSqlQuery q(db);
    if (n <= 0 || !PgStore::exec(q, QStringLiteral("SELECT nextval('sync_seq') FROM generate_series(1, ?)"), {n}))
        return out;
    while (q.next())
        out << q.value(0).toLongLong();
    std::sort(out.begin(), out.end());
    if (out.size() != n)
        out.clear();
    return out;
}

std::optional<StoredRow> RowStore::load(QSqlDatabase db, const QString& table, const QString& rowId,
                                        bool forUpdate, bool* failed)
{
    QSqlQuery q(db);
    const QString sql = kSelect + QStringLiteral("WHERE r.table_name = ? AND r.row_id = ?")
                        + (forUpdate ? QStringLiteral(" FOR UPDATE") : QString());
    if (!PgStore::exec(q, sql, {table, rowId})) {
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

bool RowStore::save(QSqlDatabase db, const StoredRow& row)
{
    return saveMany(db, {&row});
}

qint64 RowStore::nextSeq(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!PgStore::exec(q, QStringLiteral("SELECT nextval('sync_seq')")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace sw::server
