#pragma once

// First start on this workstation: choose the database passphrase (twice) and create
// the first administrator. OK creates the encrypted database and the account off the
// GUI thread; the dialog shows a busy state meanwhile and keeps every input disabled.

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sw::storage {
class Database;
}

namespace sw::ui {

class BusyIndicator;

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // After accepted(): the new, open database (ownership passes to the caller).
    std::unique_ptr<storage::Database> takeDatabase();
    QString adminLogin() const;

    bool isBusy() const;
    bool isFormValid() const;

    // Test-facing accessors.
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* passphraseConfirmEdit() const { return m_passphraseConfirm; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordConfirmEdit() const { return m_passwordConfirm; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }
    QLabel* strengthLabel() const { return m_strength; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void updateValidity();
    void setBusy(bool busy);

    QString m_path;
    QWidget* m_form;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseConfirm;
    QLabel* m_strength;
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_passwordConfirm;
    QLabel* m_hint;
    QLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace sw::ui
