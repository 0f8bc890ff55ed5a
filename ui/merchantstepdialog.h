#pragma once

// The small dialog behind the merchant-review steps that take words: request information
// (a reason from its catalogue and what is missing), record the information received,
// first approval and second review (an optional note), and rejection (a reason from the
// rejection catalogue and an explanation the merchant is given). It collects the input
// and calls MerchantService; a refusal — the four-eyes rule, a missing reason — is shown
// inline with the service's translated message, the dialog stays open and nothing changes.

#include "services/actor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class MerchantStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { RequestInfo, InfoReceived, FirstApprove, SecondApprove, Reject };

    MerchantStepDialog(storage::Database& db, const services::Actor& actor, const QString& reviewId,
                       const QString& reviewNumber, Mode mode, const Clock* clock = nullptr, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QComboBox* reasonCombo() const { return m_reason; } // RequestInfo and Reject only
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QString m_id;
    Mode m_mode;
    QComboBox* m_reason;
    QPlainTextEdit* m_text;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
