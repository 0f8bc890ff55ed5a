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
    // Part of a large pull: note in sync_deferred what the derived data must be rebuilt
    // for, instead of rebuilding it now; the area's Finisher does it at the pull's end.
    bool deferred = false;

    bool isEmpty() const { return upserted.isEmpty() && removed.isEmpty(); }
    void clear()
    {
        upserted.clear();
        removed.clear();
        deferred = false;
    }
};

class ApplyHooks
{
public:
    using Hook = std::function<Status(QSqlDatabase db, const AppliedRows& rows, const QDateTime& now)>;
    // Rebuilds what the hook deferred (its rows in sync_deferred) and removes those rows.
    using Finisher = std::function<Status(QSqlDatabase db, const QDateTime& now)>;

    // Registers a hook (and the finisher of what it defers) under a name; registering the
    // same name again is ignored (thread-safe, callable from every place that declares
    // synced tables).
    static void add(const QString& name, Hook hook, Finisher finisher = {});
    // Runs every hook in registration order; the first failure is returned.
    static Status run(QSqlDatabase db, const AppliedRows& rows, const QDateTime& now);
    // Runs every finisher in registration order; the first failure is returned.
    static Status finish(QSqlDatabase db, const QDateTime& now);
};

} // namespace sw::sync
