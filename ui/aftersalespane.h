#pragma once

// After-sales approvals (售后审批): the queue of refund / exchange / repair requests for
// agents, leads, managers, administrators and auditors. Left: saved views with counts
// (AfterSalesViewList); top: search, filters (AfterSalesFilterBar), New Request (Ctrl+N)
// and CSV export; centre: the queue (AfterSalesQueueModel, loaded off the GUI thread,
// overdue rows highlighted); right: the selected request with its checklist, decisions
// and the steps this user may take (AfterSalesDetailWidget). The pane only wires them.

#include "clock.h"
#include "pane.h"
#include "services/actor.h"
#include "services/aftersalesquery.h"

#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace sw::models {
class AfterSalesQueueModel;
}

namespace sw::ui {

class AfterSalesDetailWidget;
class AfterSalesFilterBar;
class AfterSalesNotifier;
class AfterSalesRequestDialog;
class AfterSalesViewList;

class AfterSalesPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;

    // The readers of AfterSalesService: agents, leads, managers, administrators, auditors.
    static bool isAvailableFor(const services::Actor& actor);

    AfterSalesPane(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                   QWidget* parent = nullptr);
    ~AfterSalesPane() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool copySelection() override;

    services::AfterSalesView currentView() const;
    void setCurrentView(services::AfterSalesView view);
    services::AfterSalesFilter currentFilter() const;
    // Selects a request once the queue has it (refreshes first when it is not there).
    void selectRequest(const QString& id);
    QString selectedRequestId() const;

    // Standalone, or linked to a ticket when ticketId is given.
    AfterSalesRequestDialog* openNewRequestDialog();
    // Writes the rows of the current view (visible columns, as shown) to `path` off the
    // GUI thread; statusMessage() / an error box report the end.
    bool exportCsv(const QString& path);
    bool isExporting() const { return m_exporting; }
    bool waitForIdle(int timeoutMs = 30000);
    void applySearchNow();

    // Test-facing accessors.
    QTableView* tableView() const { return m_table; }
    models::AfterSalesQueueModel* model() const { return m_model; }
    AfterSalesDetailWidget* detail() const { return m_detail; }
    AfterSalesFilterBar* filterBar() const { return m_filterBar; }
    AfterSalesViewList* viewList() const { return m_views; }
    AfterSalesNotifier* notifier() const { return m_notifier; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_countLabel; }
    QAction* newRequestAction() const { return m_newRequest; }
    QAction* exportAction() const { return m_export; }
    QDialog* activeDialog() const { return m_dialog; }

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    // Coming back to the pane re-reads the queue: requests may have been created from a
    // ticket or decided elsewhere meanwhile (a few thousand rows, off the GUI thread).
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void currentRowChanged();
    void loaded();
    void updateCountLabel();
    void exportWithDialog();
    void requestChanged(const QString& id);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    models::AfterSalesQueueModel* m_model;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    AfterSalesFilterBar* m_filterBar;
    AfterSalesViewList* m_views;
    QTableView* m_table;
    AfterSalesDetailWidget* m_detail;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QTimer* m_searchTimer;
    AfterSalesNotifier* m_notifier;
    QAction* m_newRequest = nullptr;
    QAction* m_export = nullptr;
    QString m_appliedSearch;
    QString m_selectAfterLoad;
    bool m_exporting = false;
    bool m_shownOnce = false;
    QPointer<QDialog> m_dialog;
};

} // namespace sw::ui
