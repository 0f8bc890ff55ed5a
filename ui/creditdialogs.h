#pragma once

// The two dialogs of a credit file (信用档案): recording an event — with the "what-if" of
// the chosen kind shown before anything is saved (the score and level it would give,
// scored exactly as recording does) — and adding a measure (warning, listing restriction,
// suspension, revocation) with its reason and dates. Refusals are shown inline with the
// service's translated message; nothing is saved.

#include "services/actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
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

class CreditEventDialog : public QDialog
{
    Q_OBJECT
public:
    CreditEventDialog(storage::Database& db, const services::Actor& actor, const QString& merchantId,
                      const QString& merchantName, const Clock* clock = nullptr, QWidget* parent = nullptr);

    QComboBox* kindCombo() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* explanationEdit() const { return m_text; }
    QLabel* whatIfLabel() const { return m_whatIf; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateWhatIf();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QString m_merchantId;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QPlainTextEdit* m_text;
    QLabel* m_whatIf;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

class CreditActionDialog : public QDialog
{
    Q_OBJECT
public:
    CreditActionDialog(storage::Database& db, const services::Actor& actor, const QString& merchantId,
                       const QString& merchantName, const Clock* clock = nullptr, QWidget* parent = nullptr);

    QComboBox* kindCombo() const { return m_kind; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QString m_merchantId;
    QComboBox* m_kind;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QPlainTextEdit* m_reason;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
