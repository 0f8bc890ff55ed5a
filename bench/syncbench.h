#pragma once

// The sync benchmark behind `shopwarden-admin bench sync` (docs/performance.md, "Sync"),
// against the real shopwarden-server and PostgreSQL on loopback — a running one
// (url + login + password + pgConnInfo) or a throwaway one it starts and stops itself
// (syncbenchenv.h). In one run:
//   0. loads N tickets with their timelines into sync_rows with PostgreSQL COPY
//      (syncbenchdata.h), timed: the physical reference for the pull;
//   1. the initial pull of all of it into an empty encrypted workstation database
//      through the real sync::SyncClient (sign in, wait for syncFinished), while
//   4. this (GUI) thread only runs its event loop with a 5 ms timer and records how late
//      the ticks come — the stall a window would show;
//   2. then ≥ pushOps local changes made through services::TicketService (new tickets and
//      replies by the signed-in user) and one SyncClient sync until the outbox is empty;
//   3. then many simulated clients at once for a while (syncbenchclients.h).
// Prints the figures, the targets and whether each was met. A benchmark, never a timed test.

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace sw::bench {

struct SyncBenchOptions
{
    // A running server (url and pgConnInfo); empty url = start PostgreSQL and the server here.
    QUrl url;
    QString pgConnInfo; // libpq "host=… port=… dbname=… user=…" of the server's database
    // The measured workstation's user: must see and work every ticket (a manager). Empty:
    // a manager the bench adds with its data.
    QString login;
    QString password;

    QString pgScript;  // scripts/pg-test-cluster (empty: looked for near the executable)
    QString serverBin; // shopwarden-server (empty: next to the executable or ../server/)
    QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin");
    int serverThreads = 0; // threads of the server started here; 0 = its default (64)
    QString workDir;       // parent of the temporary folder (databases, COPY file, logs)

    qint64 tickets = 100000;
    int pushOps = 10000;
    int clients = 50;
    int seconds = 60;
    int batchOps = 5; // ops per push of a simulated client
    int thinkMs = 0;  // pause of a simulated client after each request
    quint64 seed = 20261128;
    int timeoutSecs = 7200; // per measurement

    std::function<void(const QString&)> log; // progress lines (stderr in the CLI)
};

// The JSON shape is documented in docs/performance.md ("Sync").
Result<QJsonObject> runSyncBench(const SyncBenchOptions& options);

// A readable summary of a runSyncBench() result (what the CLI prints without --json).
QString formatSyncBench(const QJsonObject& result);

} // namespace sw::bench
