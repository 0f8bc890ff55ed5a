#pragma once

// The generic synced-row storage (server/README.md): sync_rows holds every declared
// table's rows as JSON with one HLC per field.

#include "pgstore.h"

#include "sync/protocol.h"

#include <QHash>

namespace sw::server {

struct StoredRow
{
    sync::RowState state;   // fields unmasked
    QJsonObject fieldHlc;
};

// Rows by key (RowStore::key): a missing row is present as nullopt once it was asked for.
using RowMap = QHash<QString, std::optional<StoredRow>>;

class RowStore
{
public:
    static QString key(const QString& table, const QString& rowId);
    // The values as the text of one JSON array: how a list travels as a single statement
    // parameter (`… IN (SELECT jsonb_array_elements_text(?::jsonb))`).
    static QString jsonArray(const QStringList& values);
    // Loads the rows of keys (pairs of table and row id) into *into, one statement per
    // kChunk keys; rows not found become nullopt. False on a database error.
    static bool loadMany(QSqlDatabase db, const QList<std::pair<QString, QString>>& keys, bool forUpdate,
                         RowMap* into);
    // Loads the live rows of `table` whose field `column` (text) is one of values into
    // *into, one statement per kChunk values. False on a database error.
    static bool loadWhere(QSqlDatabase db, const QString& table, const QString& column,
                          const QStringList& values, RowMap* into);
    // The owner and team of the tickets with these ids (columns ticket_owner_id and
    // ticket_team_id, migration 0006), deleted ones included, by id into *into; one
    // statement per kChunk ids. False on a database error.
    static bool loadTicketScopes(QSqlDatabase db, const QStringList& ticketIds,
                                 QHash<QString, std::pair<QString, QString>>* into);
    // Upserts rows, one statement per kChunk rows (each row at most once).
    static bool saveMany(QSqlDatabase db, const QList<const StoredRow*>& rows);
    // n fresh server_seq values, ascending; empty on error.
    static QList<qint64> nextSeqs(QSqlDatabase db, int n);
    static constexpr int kChunk = 250;

    // The row, locked FOR UPDATE when forUpdate; nullopt when missing (or on error: *failed).
    static std::optional<StoredRow> load(QSqlDatabase db, const QString& table, const QString& rowId,
                                         bool forUpdate, bool* failed);
    static bool save(QSqlDatabase db, const StoredRow& row);
    static qint64 nextSeq(QSqlDatabase db);
};

} // namespace sw::server
