#pragma once

// The data of `bench sync` (syncbench.h), written as one PostgreSQL COPY text file for
// sync_rows — the rows exactly as pushes from workstations would have left them: the
// declared fields as JSON (services::SyncedTables, checked at run time), one HLC per
// field, a server_seq each. Tickets come from the demo-ticket generator of `seed`
// (Chinese subjects and texts, every status, 3–8 timeline events each), each ticket
// followed by its events, after the bench's teams, agents, customers and merchants.
// Private to bench/.

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw::bench::syncbench {

struct BenchUser
{
    QString id;
    QString login;
    QString displayName;
    QString teamId;
};

struct DataOptions
{
    qint64 tickets = 0;
    int agents = 3;          // the simulated clients sign in as these (a manager is added)
    quint64 seed = 1;
    QString tag;             // makes logins and team names unique per run
    QString passwordHash;    // every bench agent's (Argon2id, computed once)
    qint64 firstSeq = 1;     // server_seq of the first row
    qint64 nowSecs = 0;      // receipt times lie before this
    QString path;            // the COPY file to write
    int keepTicketsPerAgent = 400; // ticket ids remembered per agent (for the clients' pushes)
};

struct DataSet
{
    BenchUser manager; // sees and works every ticket: the measured workstation signs in as this user
    QList<BenchUser> agents;
    QStringList teamIds;
    QHash<QString, qint64> rowsByTable;
    qint64 rows = 0;
    qint64 tickets = 0;
    qint64 events = 0;
    qint64 bytes = 0;
    double generateSecs = 0;
    QList<QStringList> ownTickets; // per agent: ids of tickets it owns (at most keepTicketsPerAgent)
    QStringList unassigned;        // ids of tickets without owner (in every agent's scope)
};

// The sync_rows columns in the order of the file.
QString copyColumns();
// At most how many rows writeCopyFile() writes for these options (for reserving seqs).
qint64 maxRows(const DataOptions& options);
Result<DataSet> writeCopyFile(const DataOptions& options);

} // namespace sw::bench::syncbench
