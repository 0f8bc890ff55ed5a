#pragma once

// The saved views on the left of the Tickets pane ("My open tickets", "Unassigned", …),
// each with its ticket count. The counts run on their own query thread, are refreshed
// on demand and every kCountIntervalMs, and a refresh that was overtaken by a newer one
// is dropped. The pane combines the selected view's filter with its own filters.

#include "clock.h"
#include "services/actor.h"
#include "services/ticketquery.h"

#include <QListWidget>

#include <memory>

class QTimer;

namespace sw::models {
class QueryThread;
}

namespace sw::ui {

class TicketViewList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int kCountIntervalMs = 60 * 1000;

    // `clock` (optional, must outlive the list) is "now" for time-based views.
    TicketViewList(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                   QWidget* parent = nullptr);
    ~TicketViewList() override;

    // The selected view; All when none is selected.
    services::TicketView currentView() const;
    void setCurrentView(services::TicketView view);
    services::TicketView viewAt(int row) const;
    // The selected view's filter; an empty filter when none is selected.
    services::TicketFilter currentFilter() const;

    // Counts every view again off the GUI thread; the texts change when they arrive.
    void refreshCounts();
    // True from refreshCounts() until its counts are shown.
    bool isCounting() const { return m_countsPending; }
    // Blocks until the count thread is idle (test hook; results still need the event loop).
    void waitForCountThread();

private:
    std::unique_ptr<services::TicketQuery> m_query;
    std::unique_ptr<models::QueryThread> m_countThread;
    QTimer* m_timer;
    quint64 m_countGeneration = 0;
    bool m_countsPending = false;
};

} // namespace sw::ui
