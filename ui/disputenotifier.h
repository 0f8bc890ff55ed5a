#pragma once

// The count on the Disputes navigation entry, like AfterSalesNotifier's for approvals:
// every minute (and on check()) it asks DisputeService::overdueCount(), off the GUI thread,
// how many disputes are overdue — open past the evidence deadline (a decision is due) or
// decided past the appeal period (closing is due) — that this user can act on now. Only
// mediators (leads and managers) get a count; for everyone else it stays 0.

#include "services/actor.h"

#include <QObject>

class QTimer;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class DisputeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 1000;

    DisputeNotifier(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                    QObject* parent = nullptr);
    ~DisputeNotifier() override;

    void start(); // periodic checks (the first one at once)
    void stop();
    void check(); // one check now, in the background (skipped while one runs)
    bool isChecking() const { return m_checking; }
    bool isActive() const; // started and not stopped
    int badgeCount() const { return m_badge; }

Q_SIGNALS:
    void badgeChanged(int count);
    void checked();

private:
    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QTimer* m_timer;
    bool m_checking = false;
    bool m_again = false; // check() came while one ran: run once more after it
    int m_badge = 0;
};

} // namespace sw::ui
