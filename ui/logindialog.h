#pragma once

// Sign-in to the unlocked database. The password check is an Argon2id derivation
// and runs off the GUI thread; failures (wrong credentials, locked account) are
// shown inline in the dialog, never in a message box.

#include "result.h"
#include "services/actor.h"

#include <QDialog>

#include <optional>

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

class BusyIndicator;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(storage::Database& db, const Clock* clock = nullptr, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // After accepted(): who signed in.
    services::Actor actor() const { return m_actor; }
    // After accepted(): the password that signed in, handed over once (the session signs
    // in to the sync server with the same account) and forgotten here; empty afterwards.
    QString takePassword();
    // The code of the last failed attempt, if the last attempt failed.
    std::optional<ErrorCode> lastError() const { return m_lastError; }
    bool isBusy() const;

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void signedIn(const sw::services::Actor& actor);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);
    void updateOk();

    storage::Database& m_db;
    const Clock* m_clock;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    services::Actor m_actor;
    QString m_acceptedPassword;
    std::optional<ErrorCode> m_lastError;
};

} // namespace sw::ui
