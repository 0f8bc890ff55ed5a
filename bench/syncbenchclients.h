#pragma once

// Measurement 3 of `bench sync` (syncbench.h): many simulated workstations at once.
// Each client is a thread with its own QNetworkAccessManager that signs in as its own
// user, then loops until the time is up: push a small batch of new timeline notes on
// tickets in its scope (built with sync::protocol::pushRequest, as SyncWorker sends
// them), pull from its cursor (what the others pushed meanwhile). Every request's
// latency is recorded. No local database: this measures the server under load, not the
// workstation. Private to bench/.

#include "result.h"
#include "syncbenchdata.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace sw::bench::syncbench {

struct ClientsOptions
{
    QUrl url;
    QString password;      // every bench agent's
    int seconds = 60;
    int batchOps = 5;      // ops per push
    int thinkMs = 0;       // pause after each request (0 = back to back)
    qint64 startCursor = 0; // pull cursor at the start (the newest server_seq: the clients are up to date)
};

struct ClientSpec
{
    BenchUser user;
    QStringList tickets; // tickets in this user's scope to add notes to
};

// Runs one client per spec for options.seconds; the JSON object of the result.
Result<QJsonObject> runClients(const QList<ClientSpec>& clients, const ClientsOptions& options);

} // namespace sw::bench::syncbench
