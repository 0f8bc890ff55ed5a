#include "querythread.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace sw::models {

QueryThread::QueryThread(storage::Database& db)
    : m_db(db)
    , m_thread([this] { loop(); })
{}

QueryThread::~QueryThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void QueryThread::post(std::function<void()> task)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void QueryThread::clearQueued()
{
    const std::lock_guard lock(m_mutex);
    m_queue.clear();
}

void QueryThread::waitForDone()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void QueryThread::loop()
{
    while (true) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            task = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        task();
        {
            const std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
    // The connection this thread opened (on its first query) closes with it.
    m_db.releaseThreadConnection();
    m_idle.notify_all();
}

bool QueryThread::waitWhile(const std::function<bool()>& busy, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (busy()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        waitForDone();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace sw::models
