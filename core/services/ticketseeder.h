#pragma once

// Demo tickets for `shopwarden-admin seed` and `./scripts/run --demo` (issue 3, "Scale
// and speed"): customers, merchants, orders and tickets with Chinese texts, 3–8 timeline
// events each, every status, SLA due columns computed with the SLA policy of the database
// (so the queue shows ok, warning, breached, paused and met tickets), and the search
// index filled exactly as TicketService fills it (ticketSearchText + SearchText).
//
// Demo data is local: seeded rows carry sync columns (one seed HLC, updated_by = system,
// server_seq 0) but no sync_outbox records and no audit entry per row; one audit entry
// "tickets.seed" records the run. It writes with one connection, prepared statements,
// large transactions and PRAGMA synchronous = OFF (restored afterwards), so a million
// tickets take minutes, not hours; a crash in the middle leaves the committed batches.

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace sw::storage {
class Database;
}

namespace sw::services {

struct SeedOptions
{
    qint64 tickets = 20000;
    quint64 seed = 20261128; // same seed, same "now" → same data
    bool demoUsers = false;  // add the demo teams and agents even if the database has staff
    QDateTime now;           // receipt times lie before this; null = the system clock
    int ticketsPerCommit = 50000;
    qint64 customers = -1; // -1: tickets / 3 (at least 10)
    int merchants = 2000;
    int verifyEvery = 1000; // every Nth ticket's index document is re-tokenised with SearchText
    // From this many tickets on, the secondary ticket indexes whose keys arrive in random
    // order are dropped during the load and rebuilt (same definitions) at the end.
    qint64 deferIndexesFrom = 50000;
    // Called after each commit and at the end (done == total).
    std::function<void(qint64 done, qint64 total)> progress;
};

struct SeedReport
{
    qint64 tickets = 0;
    qint64 events = 0;
    qint64 customers = 0;
    qint64 merchants = 0;
    int usersCreated = 0;
    QStringList createdLogins; // demo accounts made by this run (password: demoPassword())
    double seconds = 0;
    QJsonObject phases; // seconds per phase (generate, insert, index, …)

    QJsonObject toJson() const;
};

// Seeds `options.tickets` tickets into an open, migrated database. Creates the demo
// people first when the database has no users (createDemoData) or too few ticket
// handlers; appends to tickets already there.
Result<SeedReport> seedTickets(storage::Database& db, const SeedOptions& options);

} // namespace sw::services
