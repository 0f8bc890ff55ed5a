#pragma once

// Tickets (工单): the queue of customer-service tickets for agents, leads, managers and
// administrators. Left: saved views with their counts (TicketViewList); top: search
// (debounced, results as you type), ad-hoc filters (TicketFilterBar), actions; centre:
// the windowed queue (TicketQueueModel, never the whole table in memory, shown by
// TicketQueueView); right: the selected ticket (TicketDetailWidget). The pane wires them
// together: it combines view, filters and search into one filter, follows the selection
// and opens the dialogs. Counts, pages, searches and exports run off the GUI thread;
// stale results are dropped.

#include "clock.h"
#include "pane.h"
#include "services/actor.h"
#include "services/ticketquery.h"
#include "ticketqueueview.h"
#include "ticketviewlist.h"

#include <QPointer>

class QAction;
class QInputDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;

namespace sw::models {
class TicketQueueModel;
}

namespace sw::ui {

class CsvExport;
class NewTicketDialog;
class SlaNotifier;
class TicketDetailWidget;
class TicketFilterBar;

class TicketsPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;

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
    TicketQueueView* tableView() const { return m_table; }
    models::TicketQueueModel* model() const { return m_model; }
    TicketDetailWidget* detail() const { return m_detail; }
    TicketFilterBar* filterBar() const { return m_filterBar; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* searchProblemLabel() const { return m_searchProblem; }
    QLabel* countLabel() const { return m_countLabel; }
    TicketViewList* viewList() const { return m_views; }
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
    void currentRowChanged();
    void pageLoaded();
    void updateCountLabel();
    void exportWithDialog();
    void ticketChanged(const QString& id);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    models::TicketQueueModel* m_model;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QLabel* m_searchProblem;
    TicketFilterBar* m_filterBar;
    TicketViewList* m_views;
    TicketQueueView* m_table;
    TicketDetailWidget* m_detail;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QTimer* m_searchTimer;
    SlaNotifier* m_notifier;
    CsvExport* m_csv;
    QAction* m_newTicket = nullptr;
    QAction* m_export = nullptr;
    QAction* m_reassign = nullptr;
    QAction* m_cannedReplies = nullptr;
    QAction* m_slaPolicy = nullptr;
    QString m_appliedSearch;
    QString m_selectAfterLoad;
    QPointer<QDialog> m_dialog;
};

} // namespace sw::ui
