#pragma once

// Merchant review 商家审核 for merchant auditors (and managers and administrators, who
// read): left, the saved views with counts (MerchantViewList); top, search (number,
// credit code or legal name), status / category / kind filters, "documents expiring",
// New Application (Ctrl+N, auditors) and CSV export of every row of the current view;
// centre, the queue (MerchantQueueModel, paged off the GUI thread, overdue rows
// highlighted); right, the selected review (MerchantReviewDetail). When the pane is first
// shown, and every hour after that (a session left open over midnight), an auditor's
// workstation creates the periodic re-reviews due today (off the GUI thread). The pane
// only wires these together.

#include "clock.h"
#include "pane.h"
#include "services/actor.h"
#include "services/merchantquery.h"

#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sw::models {
class MerchantQueueModel;
}

namespace sw::ui {

class MerchantApplicationDialog;
class MerchantReviewDetail;
class MerchantViewList;

class MerchantsPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;
    static constexpr int kRereviewCheckMs = 60 * 60 * 1000;
    static bool isAvailableFor(const services::Actor& actor); // auditors, managers, admins

    MerchantsPane(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                  QWidget* parent = nullptr);
    ~MerchantsPane() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool copySelection() override;

    services::MerchantView currentView() const;
    void setCurrentView(services::MerchantView view);
    services::MerchantFilter currentFilter() const;
    void selectReview(const QString& id);
    QString selectedReviewId() const;
    MerchantApplicationDialog* openNewApplicationDialog();
    bool exportCsv(const QString& path);
    bool isExporting() const { return m_exporting; }
    bool waitForIdle(int timeoutMs = 30000);
    void applySearchNow();
    // Creates today's re-reviews off the GUI thread (auditors; done once when first shown).
    void generateRereviews();

    QTableView* tableView() const { return m_table; }
    models::MerchantQueueModel* model() const { return m_model; }
    MerchantReviewDetail* detail() const { return m_detail; }
    MerchantViewList* viewList() const { return m_views; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* categoryCombo() const { return m_category; }
    QCheckBox* expiringCheck() const { return m_expiring; }
    QLabel* countLabel() const { return m_countLabel; }
    QAction* newApplicationAction() const { return m_newApplication; }
    QTimer* rereviewTimer() const { return m_rereviewTimer; }

Q_SIGNALS:
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void currentRowChanged();
    void loaded();
    void reviewChanged(const QString& id);
    void exportWithDialog();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    models::MerchantQueueModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_kind;
    QCheckBox* m_expiring;
    MerchantViewList* m_views;
    QTableView* m_table;
    MerchantReviewDetail* m_detail;
    QLabel* m_countLabel;
    QTimer* m_searchTimer;
    QTimer* m_rereviewTimer;
    QAction* m_newApplication = nullptr;
    QAction* m_export = nullptr;
    QString m_selectAfterLoad;
    bool m_exporting = false;
    bool m_generating = false;
    bool m_shownOnce = false;
    QPointer<QDialog> m_dialog;
};

} // namespace sw::ui
