#pragma once

// One after-sales request, right of the queue: its facts, the eligibility checklist
// (each rule passed / failed / not applicable with its explanation), the decisions so far,
// and the buttons for the steps this user may take now — submit, override (a manager,
// with a reason), approve, reject, return for information, mark executed, close or
// withdraw — and "Open Dispute…" (纠纷调解, DisputeOpenDialog) while no dispute about the
// request is unfinished. Buttons are offered only when the workflow and the approval ladder allow
// the step for this user; the service checks again, and a refusal is shown with its
// translated message while nothing changes.
//
// A request is a handful of indexed rows: reads and writes run on the GUI thread, like
// the ticket detail.

#include "services/actor.h"
#include "services/aftersalesservice.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sw {
class Clock;
}

namespace sw::ui {

class AfterSalesDecisionDialog;
class AfterSalesEvidenceBox;
class DisputeOpenDialog;

class AfterSalesDetailWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Submit, Override, Approve, Reject, ReturnForInfo, MarkExecuted, Close, Withdraw };

    AfterSalesDetailWidget(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                           QWidget* parent = nullptr);

    // Loads and shows a request; an empty id shows the "nothing selected" page.
    void showRequest(const QString& id);
    void reload();
    QString requestId() const { return m_request ? m_request->id : QString(); }
    std::optional<services::AfterSalesRequest> request() const { return m_request; }

    // The actions offered to this user for the shown request.
    QList<Action> offeredActions() const;
    // Runs an action as its button does: direct steps write at once, the others open
    // their dialog (returned, window-modal; nullptr for direct steps).
    AfterSalesDecisionDialog* trigger(Action action);
    // "Open Dispute…": the dialog pre-filled from the request (nullptr when not offered).
    DisputeOpenDialog* openDisputeDialog();

    // Test-facing accessors.
    QPushButton* actionButton(Action action) const { return m_buttons.value(action); }
    QPushButton* disputeButton() const { return m_openDispute; }
    QLabel* headerLabel() const { return m_header; }
    QLabel* fieldLabel(const QString& key) const { return m_fields.value(key); }
    QTableWidget* checklistTable() const { return m_checklist; }
    QTableWidget* decisionsTable() const { return m_decisions; }
    QLabel* checklistSummary() const { return m_checkSummary; }
    AfterSalesEvidenceBox* evidenceBox() const { return m_evidence; }

Q_SIGNALS:
    // After a successful write (the pane refreshes its rows and view counts).
    void requestChanged(const QString& id);
    void statusMessage(const QString& text);
    // A dispute about the request was opened (the main window shows it in Disputes).
    void disputeOpened(const QString& disputeId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fill(const services::AfterSalesRequest& r);
    void fillChecklist();
    void fillDecisions(const QList<services::AfterSalesDecision>& decisions,
                       const QHash<QString, QString>& names);
    void updateButtons(const QList<services::AfterSalesDecision>& decisions);
    bool applied(const Status& status, const QString& title, const QString& done);
    // The offered buttons in rows as wide as the panel allows (at most three to a row).
    void layOutButtons();
    int buttonColumns() const;

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    std::optional<services::AfterSalesRequest> m_request;
    std::optional<domain::EligibilityResult> m_eligibility;
    domain::ApprovalLadder m_ladder; // the one in force, read with the request
    QStackedWidget* m_pages;
    QLabel* m_header;
    QMap<QString, QLabel*> m_fields;
    QLabel* m_checkSummary;
    QTableWidget* m_checklist;
    QTableWidget* m_decisions;
    QMap<Action, QPushButton*> m_buttons;
    QPushButton* m_openDispute;
    QGridLayout* m_buttonGrid;
    QList<Action> m_offered;
    static constexpr int kPageMargin = 4;
    int m_buttonColumns = 0; // of the current layout
    QPointer<AfterSalesDecisionDialog> m_dialog;
    AfterSalesEvidenceBox* m_evidence;
};

} // namespace sw::ui
