#pragma once

// New ticket (新建工单) for a phone, e-mail or online contact: kind, channel, priority,
// subject, description (limit stated), customer, order number, merchant and the
// special-case flag with its reason. OK stays disabled until subject and customer are
// filled in; what only the service can check (phone format, owner, limits) is shown
// inline and the dialog stays open. Saving is one indexed insert, done on the GUI thread.

#include "services/actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                    QWidget* parent = nullptr);

    QString createdId() const { return m_createdId; }

    // Test-facing accessors.
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* priorityCombo() const { return m_priority; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* customerEdit() const { return m_customer; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* orderEdit() const { return m_order; }
    QLineEdit* merchantEdit() const { return m_merchant; }
    QCheckBox* specialCaseBox() const { return m_special; }
    QLineEdit* specialReasonEdit() const { return m_specialReason; }
    QCheckBox* assignToMeBox() const { return m_assignToMe; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_priority;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_bodyCounter;
    QLineEdit* m_customer;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_order;
    QLineEdit* m_merchant;
    QCheckBox* m_special;
    QLineEdit* m_specialReason;
    QCheckBox* m_assignToMe;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QString m_createdId;
};

} // namespace sw::ui
