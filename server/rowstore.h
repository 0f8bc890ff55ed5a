#pragma once

// The generic synced-row storage (server/README.md): sync_rows holds every declared
// table's rows as JSON with one HLC per field.

#include "pgstore.h"

#include "sync/protocol.h"

namespace sw::server {

struct StoredRow
{
    sync::RowState state;   // fields unmasked
    QJsonObject fieldHlc;
};

class RowStore
{
public:
    // The row, locked FOR UPDATE when forUpdate; nullopt when missing (or on error: *failed).
    static std::optional<StoredRow> load(QSqlDatabase db, const QString& table, const QString& rowId,
                                         bool forUpdate, bool* failed);
    static bool save(QSqlDatabase db, const StoredRow& row);
    static qint64 nextSeq(QSqlDatabase db);
};

} // namespace sw::server
