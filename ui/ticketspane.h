#pragma once

// Tickets (工单): the queue of customer-service tickets for agents, leads, managers and
// administrators. Left: saved views with their counts; top: search (debounced, results
// as you type), ad-hoc filters, actions; centre: the windowed queue (TicketQueueModel,
// never the whole table in memory); right: the selected ticket (TicketDetailWidget).
// Counts, pages, searches and exports run off the GUI thread; stale results are dropped.

#include "clock.h"
#include "pane.h"
#include "services/actor.h"
#include "services/ticketquery.h"

#include <QPointer>

#include <memory>

class QAction;
class QInputDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace sw::models {
class QueryThread;
class TicketQueueModel;
}

namespace sw::ui {

class CsvExport;
class HighlightDelegate;
class NewTicketDialog;
class SlaNotifier;
class TicketDetailWidget;
class TicketFilterBar;

class TicketsPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;
    static constexpr int kViewCountIntervalMs = 60 * 1000;

    // Agents, leads, managers and administrators work with tickets.
    static bool isAvailableFor(const services::Actor& actor);

    // `clock` (optional, must outlive the pane) is "now" for SLA times and views.
    TicketsPane(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                QWidget* parent = nullptr);
    ~TicketsPane() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool copySelection() override;

    services::TicketView currentView() const;
    void setCurrentView(services::TicketView view);
    // The filter the queue shows: saved view + filter bar + search.
    services::TicketFilter currentFilter() const;
    // Selects a ticket's row once its page is loaded (refreshes the queue first if asked).
    void selectTicket(const QString& id);
    QString selectedTicketId() const;

    NewTicketDialog* openNewTicketDialog();
    QInputDialog* openReassignDialog();
    // Exports the current view to `path` (the action asks for the path first).
    CsvExport* exportCsv(const QString& path);
    // The header menu's column chooser; the choice is kept in QSettings.
    void setColumnVisible(int column, bool visible);
    // Test hook: waits until the queue, the view counts and the search are idle.
    bool waitForIdle(int timeoutMs = 30000);
    // Applies the search box text now instead of after the debounce delay.
    void applySearchNow();

    // Test-facing accessors.
    QTableView* tableView() const { return m_table; }
    models::TicketQueueModel* model() const { return m_model; }
    TicketDetailWidget* detail() const { return m_detail; }
    TicketFilterBar* filterBar() const { return m_filterBar; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* searchProblemLabel() const { return m_searchProblem; }
    QLabel* countLabel() const { return m_countLabel; }
    QListWidget* viewList() const { return m_views; }
    SlaNotifier* notifier() const { return m_notifier; }
    QAction* newTicketAction() const { return m_newTicket; }
    QAction* exportAction() const { return m_export; }
    QAction* reassignAction() const { return m_reassign; }
    QAction* cannedRepliesAction() const { return m_cannedReplies; }
    QAction* slaPolicyAction() const { return m_slaPolicy; }
    QDialog* activeDialog() const { return m_dialog; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void createActions();
    void applyFilter();
    void refreshViewCounts();
    void currentRowChanged();
    void pageLoaded();
    void updateCountLabel();
    void showColumnMenu(const QPoint& pos);
    void saveHeader();
    void exportWithDialog();
    void ticketChanged(const QString& id);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    std::unique_ptr<services::TicketQuery> m_query;
    std::unique_ptr<models::QueryThread> m_countThread;
    models::TicketQueueModel* m_model;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QLabel* m_searchProblem;
    TicketFilterBar* m_filterBar;
    QListWidget* m_views;
    QTableView* m_table;
    HighlightDelegate* m_highlight;
    TicketDetailWidget* m_detail;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QTimer* m_searchTimer;
    QTimer* m_viewTimer;
    SlaNotifier* m_notifier;
    CsvExport* m_csv;
    QAction* m_newTicket = nullptr;
    QAction* m_export = nullptr;
    QAction* m_reassign = nullptr;
    QAction* m_cannedReplies = nullptr;
    QAction* m_slaPolicy = nullptr;
    QString m_appliedSearch;
    QString m_selectAfterLoad;
    quint64 m_viewCountGeneration = 0;
    bool m_viewCountsPending = false;
    QPointer<QDialog> m_dialog;
};

} // namespace sw::ui
