#pragma once

// The saved views on the left of the after-sales pane ("Awaiting my approval",
// "Eligibility failed", "Executed this week", "All open", "All requests"), each with its
// count. The counts run on their own query thread; a refresh overtaken by a newer one
// is dropped.

#include "clock.h"
#include "services/actor.h"
#include "services/aftersalesquery.h"

#include <QListWidget>

#include <memory>

namespace sw::models {
class QueryThread;
}

namespace sw::ui {

class AfterSalesViewList : public QListWidget
{
    Q_OBJECT
public:
    AfterSalesViewList(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                       QWidget* parent = nullptr);
    ~AfterSalesViewList() override;

    services::AfterSalesView currentView() const;
    void setCurrentView(services::AfterSalesView view);
    services::AfterSalesFilter currentFilter() const;

    void refreshCounts();
    bool isCounting() const { return m_countsPending; }
    // The last counts shown (-1 before the first arrive), allAfterSalesViews() order.
    QList<qint64> counts() const { return m_counts; }
    void waitForCountThread();

private:
    std::unique_ptr<services::AfterSalesQuery> m_query;
    std::unique_ptr<models::QueryThread> m_countThread;
    quint64 m_countGeneration = 0;
    bool m_countsPending = false;
    QList<qint64> m_counts;
};

} // namespace sw::ui
