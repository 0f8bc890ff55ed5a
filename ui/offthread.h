#pragma once

// Runs slow work (key derivation, password hashing) on the thread pool and hands the
// result back on the GUI thread (ARCHITECTURE.md "Threads": the GUI thread never waits
// on a KDF). The work must only capture values or objects that outlive it; it runs on
// a pool thread, so anything that touches the database must end with
// Database::releaseThreadConnection() — use withThreadConnection() for that.

#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace sw::ui {

// `done` runs on `context`'s thread unless `context` was destroyed meanwhile, in which
// case the result is dropped. Results travel in a shared_ptr so move-only and
// non-default-constructible types (Result<std::unique_ptr<Database>>) work.
template <typename Work, typename Done> void runOffThread(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work&>;
    using Shared = std::shared_ptr<R>;
    auto* watcher = new QFutureWatcher<Shared>(context);
    QObject::connect(watcher, &QFutureWatcher<Shared>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         Shared result = watcher->result();
                         watcher->deleteLater();
                         done(std::move(*result));
                     });
    auto shared = std::make_shared<Work>(std::move(work));
    watcher->setFuture(QtConcurrent::run([shared]() { return std::make_shared<R>((*shared)()); }));
}

// Calls `fn()` and then closes the calling (pool) thread's connection of `db`, so a
// reused pool thread never keeps a keyed connection around.
template <typename Fn> auto withThreadConnection(storage::Database& db, Fn&& fn)
{
    struct Release
    {
        storage::Database& db;
        ~Release() { db.releaseThreadConnection(); }
    } release{db};
    return fn();
}

} // namespace sw::ui
