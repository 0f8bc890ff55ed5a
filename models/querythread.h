#pragma once

// One background thread for read queries, keeping its own database connection for its
// whole life. The queue model, view counts, notifications and CSV export each own one,
// so their queries never run on the GUI thread and a new page or count does not pay for
// opening and keying a fresh connection (a pool thread that releases its connection
// after every task would start each page on a cold, still encrypted page cache).
//
// Work runs in submission order. The connection is closed on the same thread when the
// QueryThread is destroyed, so the Database must outlive it.

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>

namespace sw::storage {
class Database;
}

namespace sw::models {

class QueryThread
{
public:
    explicit QueryThread(storage::Database& db);
    ~QueryThread();
    QueryThread(const QueryThread&) = delete;
    QueryThread& operator=(const QueryThread&) = delete;

    storage::Database& database() const { return m_db; }

    // Runs `work()` on the query thread and `done(result)` on `context`'s thread; the
    // result is dropped when `context` is gone by then.
    template <typename Work, typename Done> void run(QObject* context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work&>;
        QPointer<QObject> guard(context);
        post([guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work());
            QObject* target = guard.data();
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target, [done = std::move(done), result]() mutable { done(std::move(*result)); },
                Qt::QueuedConnection);
        });
    }

    // Drops work that has not started yet (e.g. pages of a filter that was replaced).
    void clearQueued();
    // Blocks until the thread is idle (tests only).
    void waitForDone();
    // Test hook of the models: runs the event loop, letting this thread finish its work,
    // while `busy()` holds; false when it still holds after timeoutMs.
    bool waitWhile(const std::function<bool()>& busy, int timeoutMs);

private:
    // A plain thread rather than a QThreadPool: QThreadPool::waitForDone() ends its
    // threads, and a thread that ends without closing its connection would leave it
    // registered under a thread id the system may hand to the next thread.
    void post(std::function<void()> task);
    void loop();

    storage::Database& m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace sw::models
