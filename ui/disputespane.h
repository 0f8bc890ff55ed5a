#pragma once

// 纠纷调解 Disputes: every dispute between a buyer and a merchant (DisputeService), newest
// first — number, merchant, buyer, subject, status, evidence deadline (red once it has
// passed while the dispute is still open: waiting for the mediator), decision and appeal
// deadline (red once passed while not closed: waiting to be closed). The detail below shows
// the dispute and every statement per party; the buttons offer only what the signed-in
// user may do now (DisputeService::actions): add a statement, decide, appeal, close.
// "Open Dispute…" starts one from a ticket or after-sales number. Lists and details load
// off the GUI thread; each step is one small write done through its dialog.

#include "pane.h"
#include "services/actor.h"
#include "services/disputeservice.h"

#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class DisputeNotifier;
class DisputeStepDialog;
class DisputeOpenDialog;

class DisputesPane : public Pane
{
    Q_OBJECT
public:
    enum Column { Number, Merchant, Buyer, Subject, Status, EvidenceDue, Decision, AppealDue, ColumnCount };

    // Agents, leads and managers work with disputes; admins and auditors read them.
    static bool isAvailableFor(const services::Actor& actor);

    DisputesPane(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                 QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool copySelection() override;

    const QList<services::Dispute>& disputes() const { return m_disputes; }
    // The selected dispute as last loaded with its detail (empty id when none).
    const services::Dispute& current() const { return m_current; }
    const services::DisputeActions& actions() const { return m_actions; }
    bool isLoading() const { return m_loading > 0; }
    void selectDispute(const QString& id);
    // Reloads the list and selects this dispute (e.g. one just opened from a ticket or an
    // after-sales request elsewhere).
    void showDispute(const QString& id);
    // The overdue count for the navigation entry (checked again after every list load).
    DisputeNotifier* notifier() const { return m_notifier; }

    // Test-facing accessors.
    QTableWidget* table() const { return m_table; }
    QTableWidget* statementsTable() const { return m_statements; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* statementButton() const { return m_statement; }
    QPushButton* decideButton() const { return m_decide; }
    QPushButton* appealButton() const { return m_appeal; }
    QPushButton* closeButton() const { return m_close; }
    // The step or open dialog currently shown, if any.
    QDialog* activeDialog() const { return m_dialog; }

public Q_SLOTS:
    void openDispute();
    void addStatement();
    void decide();
    void appeal();
    void closeDispute();

Q_SIGNALS:
    void loaded(int count); // after every list load
    void detailLoaded();    // after the selected dispute's detail was loaded
    void statusMessage(const QString& text);

private:
    struct Detail
    {
        services::Dispute dispute;
        QList<services::DisputeStatement> statements;
        services::DisputeActions actions;
    };
    void fill(const QList<services::Dispute>& disputes);
    void loadDetail();
    void showDetail(const Detail& detail);
    void clearDetail();
    QString selectedId() const;
    void runStep(QDialog* dialog, const QString& done);
    QString decisionText(const services::Dispute& d) const;

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QList<services::Dispute> m_disputes;
    services::Dispute m_current;
    services::DisputeActions m_actions;
    QString m_wantedId; // select after the next load
    int m_loading = 0;
    QTableWidget* m_table;
    QLabel* m_summary;
    QTableWidget* m_statements;
    QPushButton* m_open;
    QPushButton* m_statement;
    QPushButton* m_decide;
    QPushButton* m_appeal;
    QPushButton* m_close;
    QPointer<QDialog> m_dialog;
    DisputeNotifier* m_notifier;
};

} // namespace sw::ui
