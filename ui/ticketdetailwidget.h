#pragma once

// One ticket, right of the queue: header fields, the timeline (服务跟踪), the reply /
// internal-note editor with canned replies, status buttons (only the transitions the
// service allows), take / assign, triage, merge / unmerge, attachments and the
// satisfaction rating. Every change goes through TicketService, which checks role and
// scope again; a refusal is shown with its translated message and nothing changes.
//
// Single-ticket reads and writes are indexed one-row statements and run on the GUI
// thread; attachments (up to 20 MB, hashed) and merges run off it.

#include "services/actor.h"
#include "services/ticketservice.h"
#include "services/tickettypes.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace sw {
class Clock;
}

namespace sw::ui {

class AfterSalesRequestDialog;
class DisputeOpenDialog;
class SatisfactionDialog;
class TicketAttachmentsWidget;

class TicketDetailWidget : public QWidget
{
    Q_OBJECT
public:
    TicketDetailWidget(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                       QWidget* parent = nullptr);
    ~TicketDetailWidget() override;

    // Loads and shows a ticket; an empty id shows the "no ticket selected" page.
    void showTicket(const QString& id);
    void reload();
    QString ticketId() const { return m_ticket ? m_ticket->id : QString(); }
    std::optional<services::Ticket> ticket() const { return m_ticket; }
    void focusEditor();

    // Sends the editor's text as a public reply or an internal note (the toggle).
    bool send();
    bool changeStatus(domain::TicketStatus to);
    SatisfactionDialog* openSatisfactionDialog();
    // New after-sales request pre-filled from this ticket (order no., ticket link).
    AfterSalesRequestDialog* openAfterSalesDialog();
    // A dispute 纠纷调解 about this ticket, pre-filled from it (nullptr when not offered:
    // the roles, or an unfinished dispute about the ticket itself).
    DisputeOpenDialog* openDisputeDialog();

    // Test-facing accessors.
    QLabel* headerLabel() const { return m_header; }
    QLabel* fieldLabel(const QString& key) const { return m_fields.value(key); }
    QTextBrowser* timelineView() const { return m_timeline; }
    QPlainTextEdit* editor() const { return m_editor; }
    QRadioButton* replyButton() const { return m_replyMode; }
    QRadioButton* noteButton() const { return m_noteMode; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* counterLabel() const { return m_counter; }
    QComboBox* cannedCombo() const { return m_canned; }
    QPushButton* statusButton(domain::TicketStatus to) const;
    QList<QPushButton*> statusButtons() const { return m_statusButtons; }
    QPushButton* takeButton() const { return m_take; }
    QComboBox* assignCombo() const { return m_assignOwner; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* rateButton() const { return m_rate; }
    QPushButton* afterSalesButton() const { return m_afterSales; }
    QPushButton* disputeButton() const { return m_openDispute; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* unmergeButton() const { return m_unmerge; }
    QLineEdit* mergeTargetEdit() const { return m_mergeTarget; }
    TicketAttachmentsWidget* attachments() const { return m_attachments; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // After a successful write (the queue refreshes its rows and view counts).
    void ticketChanged(const QString& id);
    void statusMessage(const QString& text);
    // A dispute about the ticket was opened (the main window shows it in Disputes).
    void disputeOpened(const QString& disputeId);

private:
    QWidget* createTimelineTab();
    QWidget* createHandlingTab();
    void fillHeader();
    void rebuildStatusButtons(const QList<domain::TicketStatus>& allowed);
    void updateEditorState();
    void insertCanned(int index);
    void take();
    void assign();
    void applyTriage();
    void mergeInto();
    void unmerge();
    // Runs a write, reports an error or reloads and announces the change.
    bool applied(const Status& status, const QString& title);
    void setBusy(bool busy);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    services::TicketService m_service;
    std::optional<services::Ticket> m_ticket;

    QStackedWidget* m_pages;
    QLabel* m_header;
    QMap<QString, QLabel*> m_fields;
    QHBoxLayout* m_statusRow;
    QList<QPushButton*> m_statusButtons;
    QPushButton* m_take;
    QPushButton* m_rate;
    QPushButton* m_afterSales;
    QPushButton* m_openDispute;
    QTabWidget* m_tabs;
    QTextBrowser* m_timeline;
    QRadioButton* m_replyMode;
    QRadioButton* m_noteMode;
    QComboBox* m_canned;
    QPlainTextEdit* m_editor;
    QLabel* m_counter;
    QPushButton* m_send;
    QComboBox* m_assignOwner;
    QPushButton* m_assign;
    QComboBox* m_triageKind;
    QComboBox* m_triagePriority;
    QCheckBox* m_triageSpecial;
    QLineEdit* m_triageReason;
    QPushButton* m_triageApply;
    QLineEdit* m_mergeTarget;
    QPushButton* m_merge;
    QPushButton* m_unmerge;
    TicketAttachmentsWidget* m_attachments;
    QPointer<SatisfactionDialog> m_ratingDialog;
};

} // namespace sw::ui
