#include "disputenotifier.h"

#include "offthread.h"
#include "services/disputeservice.h"

#include <QThreadPool>
#include <QTimer>

namespace sw::ui {

DisputeNotifier::DisputeNotifier(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                 QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DisputeNotifier::check);
}

DisputeNotifier::~DisputeNotifier()
{
    // The running check reads the database on a pool thread: it must not outlive its owner,
    // who may close the database next.
    if (m_checking)
        QThreadPool::globalInstance()->waitForDone();
}

bool DisputeNotifier::isActive() const
{
    return m_timer->isActive();
}

void DisputeNotifier::start()
{
    m_timer->start();
    check();
}

void DisputeNotifier::stop()
{
    m_timer->stop();
}

void DisputeNotifier::check()
{
    if (m_checking) {
        m_again = true; // a step just changed something the running check may have missed
        return;
    }
    m_checking = true;
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    runOffThread(
        this,
        [db, actor, clock]() {
            return withThreadConnection(
                *db, [&] { return services::DisputeService(*db, actor, clock).overdueCount(); });
        },
        [this](Result<int> count) {
            m_checking = false;
            if (count.ok() && *count != m_badge) {
                m_badge = *count;
                Q_EMIT badgeChanged(m_badge);
            }
            Q_EMIT checked();
            if (m_again) {
                m_again = false;
                check();
            }
        });
}

} // namespace sw::ui
