#pragma once

// The small dialog behind the after-sales decisions that need words: reject (a reason
// from the RejectionReason catalogue plus an explanation), return for more information
// (what is missing), manager override of failed checks (why), and withdrawal (why). It
// only collects the input and calls the service; a refusal is shown inline with the
// service's translated message, the dialog stays open and nothing changes.

#include "services/actor.h"

#include <QDialog>

#include <functional>

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

class AfterSalesDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Reject, ReturnForInfo, Override, Withdraw };

    AfterSalesDecisionDialog(storage::Database& db, const services::Actor& actor, const QString& requestId,
                             const QString& requestNumber, Mode mode, const Clock* clock = nullptr,
                             QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }

    // Test-facing accessors.
    QComboBox* reasonCombo() const { return m_reason; } // Reject only (hidden otherwise)
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
