#pragma once

// File → Change Passphrase (administrators). The database is already open, so only
// the new passphrase is asked for, twice. Re-keying derives a new key and rewrites
// the file: it runs off the GUI thread while the dialog shows a busy state.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sw::storage {
class Database;
}

namespace sw::ui {

class BusyIndicator;

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(storage::Database& db, QWidget* parent = nullptr);

    bool isBusy() const;
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* passphraseConfirmEdit() const { return m_confirm; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void updateValidity();
    void setBusy(bool busy);

    storage::Database& m_db;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QLabel* m_strength;
    QLabel* m_hint;
    QLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
