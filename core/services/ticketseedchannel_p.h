#pragma once

// The seeder's hand-over between its threads (ticketseeder.cpp): tickets travel from the
// generator thread to the writer, and their search tokens to the side-index thread, in
// batches through bounded channels. Private to the seeder.

#include "result.h"
#include "services/ticketseedgen.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sw::services::seed {

// Tickets travel from the generator thread to the writer (and their search tokens to
// the side-index thread) in batches; at most a few batches wait, so memory stays flat
// however many tickets are seeded.
using Batch = std::vector<GenTicket>;
using TokenBatch = std::vector<std::pair<qint64, std::string>>; // docid, tokens
constexpr std::size_t kBatchTickets = 2000;
constexpr std::size_t kMaxWaitingBatches = 4;

template <typename T>
class Channel
{
public:
    // False when the channel was finished or the consumer gave up (the producer stops).
    bool push(std::unique_ptr<T> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < kMaxWaitingBatches || m_aborted || m_finished; });
        if (m_aborted || m_finished)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // nullptr at the end (finish() was called and everything was taken).
    std::unique_ptr<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return nullptr;
        auto batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    // The producer is done; an error (the first one) ends the run.
    void finish(std::optional<Error> error = std::nullopt)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        if (!m_error)
            m_error = std::move(error);
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }
    // The consumer gives up.
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_notFull.notify_all();
    }
    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::unique_ptr<T>> m_queue;
    bool m_finished = false;
    bool m_aborted = false;
    std::optional<Error> m_error;
};

} // namespace sw::services::seed
