#pragma once

// Measurements 1, 2 and 4 of `bench sync` (syncbench.h): one real workstation — an
// empty encrypted database and a sync::SyncClient on its worker thread — signing in
// and pulling everything (while this thread's event loop is watched for stalls), then
// pushing local changes made through services::TicketService. Private to bench/.

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sw::storage { class Database; }
namespace sw::sync { class SyncClient; }

namespace sw::bench::syncbench {

// Where the server's request log is, to split a measurement's time into server and
// workstation (empty path: not available, e.g. a server given by URL).
struct ServerLog
{
    QString path;
    std::function<qint64()> size;
};

class Workstation
{
public:
    Workstation();
    ~Workstation(); // the client (its thread) before the database

    Status create(const QString& dir, const QUrl& server);

    // Measurement 1 + 4: sign in, wait for the first sync (the whole pull) on this
    // thread's event loop with a 5 ms timer running. `expectedRows` is what the server
    // holds for this user; the JSON says whether it all arrived.
    Result<QJsonObject> pullAll(const QString& login, const QString& password, qint64 expectedRows,
                                const ServerLog& log, int timeoutSecs, QJsonObject* gui);

    // Measurement 2: local changes through TicketService as the signed-in user until the
    // outbox holds ≥ ops records, then one sync; the push part is timed.
    Result<QJsonObject> pushLocal(const QString& login, int ops, quint64 seed, const ServerLog& log,
                                  int timeoutSecs);

private:
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::SyncClient> m_client;
};

// Figures of the server's request log lines added since `fromOffset` whose path starts
// with `pathPrefix`: count, total and percentiles of the server's own "ms".
QJsonObject serverSide(const ServerLog& log, qint64 fromOffset, const QString& pathPrefix);

} // namespace sw::bench::syncbench
