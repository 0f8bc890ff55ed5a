#pragma once

// Users pane → Reset Password…: the administrator sets a new password for someone
// (twice). Hashing it is an Argon2id derivation, so the reset runs off the GUI thread.

#include "services/userservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sw::ui {

class BusyIndicator;

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(storage::Database& db, const services::Actor& actor, const services::UserInfo& user,
                        QWidget* parent = nullptr);

    QString userId() const { return m_userId; }
    bool isBusy() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordConfirmEdit() const { return m_confirm; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void updateValidity();
    void setBusy(bool busy);

    storage::Database& m_db;
    services::Actor m_actor;
    QString m_userId;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_hint;
    QLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
