#pragma once

// Opens a dispute 纠纷调解 (DisputeService::open): the user gives the number of the ticket
// (CS-…) or after-sales request (AS-…) it is about and presses "Look Up", which fills in
// the buyer, merchant, subject and claimed amount from it; everything stays editable.
// Save opens the dispute; a refusal is shown in the dialog and nothing is saved.

#include "services/actor.h"
#include "services/disputeservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class DisputeOpenDialog : public QDialog
{
    Q_OBJECT
public:
    DisputeOpenDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                      QWidget* parent = nullptr);

    // "Open Dispute…" in a ticket's or after-sales request's detail is offered when the
    // actor's roles open disputes (DisputeService::canOpen) and no unfinished dispute exists
    // about it (DisputeService::unfinishedFor; one indexed row, read on the GUI thread like
    // the rest of those details).
    static bool isOfferedFor(storage::Database& db, const services::Actor& actor, const Clock* clock,
                             const QString& aftersalesId, const QString& ticketId);
    // The dialog for the ticket or request with this number, pre-filled (setSource),
    // window-modal, deleted when closed, shown; nullptr with the service's message shown
    // when the number cannot be read.
    static DisputeOpenDialog* openFor(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                      const QString& number, QWidget* parent);

    // Pre-fills from a draft (e.g. DisputeService::draftFor of the current ticket).
    void setDraft(const services::DisputeDraft& draft);
    // Pre-fills from the ticket or request with this number and keeps the number fixed
    // (opened from that ticket's or request's detail).
    void setSource(const QString& number, const services::DisputeDraft& draft);
    QString openedId() const { return m_openedId; }

    // Test-facing accessors.
    QLineEdit* numberEdit() const { return m_number; }
    QPushButton* lookUpButton() const { return m_lookUp; }
    QLineEdit* buyerEdit() const { return m_buyer; }
    QLineEdit* merchantEdit() const { return m_merchant; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QLineEdit* claimEdit() const { return m_claim; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void lookUp();
    void accept() override;

private:
    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    services::DisputeDraft m_draft; // the ids found by lookUp()
    QString m_openedId;
    QLineEdit* m_number;
    QPushButton* m_lookUp;
    QLineEdit* m_buyer;
    QLineEdit* m_merchant;
    QLineEdit* m_subject;
    QLineEdit* m_claim;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
