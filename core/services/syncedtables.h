#pragma once

// The one registry of tables that sync (SYNC.md). An area declares its tables
// once (name and the columns that travel); WriteTransaction then writes the
// outbox record for every change to them, and the sync client ships them.
// Column names used by WriteTransaction are checked against this registry, so no
// identifier ever comes from user input.

#include <QString>
#include <QStringList>

namespace sw::services {

struct SyncedTable
{
    QString name;
    QStringList fields;        // data columns (without id/hlc/updated_by/deleted/server_seq)
    QStringList secretFields;  // subset of fields never written to the audit log (e.g. password_hash)
    QStringList workflowFields; // subset the server validates against domain rules
};

class SyncedTables
{
public:
    // Declares (or re-declares identically) a table; thread-safe.
    static void declare(const SyncedTable& table);
    static const SyncedTable* find(const QString& name);
    static QStringList names();

    // The sync columns every synced table has.
    static QStringList metaColumns();
};

// Declares the foundation's tables (users, roles, user_roles, teams, settings).
// WriteTransaction::begin() calls it (once per process); later areas add a
// declareXxxTables() of their own next to their service and call it the same way.
void declareFoundationTables();

} // namespace sw::services

namespace sw::services {

// Every area's synced tables: the foundation's, the tickets' (and calendar days), and
// whatever later areas declare — add one call here for a new area. The sync client and
// the server both call it before parsing or applying any row, so the same registry
// decides on both ends which tables and fields may travel.
void declareAllSyncedTables();

} // namespace sw::services

namespace sw::services {

// The tickets' hook for rows that sync applies (core/sync/applyhooks.h): search
// documents, SLA due columns, children of tickets that left the scope. Called by
// declareAllSyncedTables().
void registerTicketSyncHooks();

// Merchant review's hook (merchantsynchooks.cpp): the local due times of pulled reviews,
// and of every open review after the calendar changed. Called by declareAllSyncedTables().
void registerMerchantSyncHooks();

} // namespace sw::services
