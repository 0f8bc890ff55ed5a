#include "querythread.h"

#include "storage/database.h"

namespace sw::models {

QueryThread::QueryThread(storage::Database& db)
    : m_db(db)
{
    // One thread that never expires: it keeps its connection (and SQLCipher's page
    // cache) warm between pages; work is serialised, which is what stale-dropping needs.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

QueryThread::~QueryThread()
{
    m_pool.clear();
    m_pool.waitForDone();
    // The only thread of the pool is idle now, so this runs on it and closes the
    // connection it opened; the thread itself ends with the pool.
    storage::Database* db = &m_db;
    m_pool.start([db] { db->releaseThreadConnection(); });
    m_pool.waitForDone();
}

} // namespace sw::models
