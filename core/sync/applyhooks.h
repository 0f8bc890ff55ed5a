#pragma once

// Derived local data that must follow rows arriving from the server (core/sync/README.md).
// Sync writes pulled rows with plain SQL (they are not local changes: no outbox record,
// no audit entry), so the areas whose tables carry derived data — the tickets' search
// documents and SLA due columns, for instance — register a hook here. After each pulled
// page (and after the server rows of refused pushes) the hooks run inside the same local
// transaction with the ids that changed, so the derived data commits with the rows.

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sw::sync {

struct AppliedRows
{
    QHash<QString, QSet<QString>> upserted; // table → ids inserted, updated or tombstoned
    QHash<QString, QSet<QString>> removed;  // table → ids deleted locally (left the scope)

    bool isEmpty() const { return upserted.isEmpty() && removed.isEmpty(); }
    void clear()
    {
        upserted.clear();
        removed.clear();
    }
};

class ApplyHooks
{
public:
    using Hook = std::function<Status(QSqlDatabase db, const AppliedRows& rows, const QDateTime& now)>;

    // Registers a hook under a name; registering the same name again is ignored
    // (thread-safe, callable from every place that declares synced tables).
    static void add(const QString& name, Hook hook);
    // Runs every hook in registration order; the first failure is returned.
    static Status run(QSqlDatabase db, const AppliedRows& rows, const QDateTime& now);
};

} // namespace sw::sync
