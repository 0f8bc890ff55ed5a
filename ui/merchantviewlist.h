#pragma once

// The saved views on the left of the merchant review pane ("Waiting for me", "Not taken
// yet", "Second review", "Info requested", "Overdue", "Re-reviews due this month", "All
// open", "All reviews"), each with its count, counted on their own query thread; a
// refresh overtaken by a newer one is dropped.

#include "clock.h"
#include "services/actor.h"
#include "services/merchantquery.h"

#include <QListWidget>

#include <memory>

namespace sw::models {
class QueryThread;
}

namespace sw::ui {

class MerchantViewList : public QListWidget
{
    Q_OBJECT
public:
    MerchantViewList(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                     QWidget* parent = nullptr);
    ~MerchantViewList() override;

    services::MerchantView currentView() const;
    void setCurrentView(services::MerchantView view);
    services::MerchantFilter currentFilter() const;

    void refreshCounts();
    bool isCounting() const { return m_countsPending; }
    QList<qint64> counts() const { return m_counts; } // -1 before the first arrive
    qint64 countOf(services::MerchantView view) const; // -1 before the counts arrive
    void waitForCountThread();

Q_SIGNALS:
    void countsChanged(); // new counts arrived

private:
    services::MerchantView viewAt(int row) const;
    int rowOf(services::MerchantView view) const; // -1 when the list has no such view

    std::unique_ptr<services::MerchantQuery> m_query;
    std::unique_ptr<models::QueryThread> m_countThread;
    quint64 m_countGeneration = 0;
    bool m_countsPending = false;
    QList<qint64> m_counts;
};

} // namespace sw::ui
