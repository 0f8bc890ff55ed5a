#pragma once

// The small dialogs of one dispute step (DisputesPane): a statement with evidence, the
// mediator's decision, an appeal, closing. One class with a mode, because they share the
// layout — an optional party or outcome choice, an optional amount, a text, an optional
// attachment count — and the behaviour: Save calls DisputeService; a refusal is shown in
// the dialog, nothing is saved, and the dialog stays open.

#include "domain/aftersalesenums.h"
#include "result.h"
#include "services/actor.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class DisputeStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Statement, Decision, Appeal, Close };

    // `parties`: the parties offered (Statement: those who may still submit; Appeal: buyer
    // and merchant). `claim` is shown with a decision (the partial refund's upper bound).
    DisputeStepDialog(Mode mode, storage::Database& db, const services::Actor& actor,
                      const QString& disputeId, const QString& disputeNumber, const Clock* clock = nullptr,
                      const QList<domain::DisputeParty>& parties = {}, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }

    // Test-facing accessors (nullptr where the mode has no such field).
    QComboBox* choiceCombo() const { return m_choice; } // party or outcome
    QLineEdit* amountEdit() const { return m_amount; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QSpinBox* attachmentsSpin() const { return m_attachments; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    Status submit();
    void updateAmount();

    Mode m_mode;
    storage::Database& m_db;
    services::Actor m_actor;
    QString m_disputeId;
    const Clock* m_clock;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_amount = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QSpinBox* m_attachments = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sw::ui
