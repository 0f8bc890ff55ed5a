#pragma once

// Unlocks the workstation's encrypted database with its passphrase. The key
// derivation runs off the GUI thread; a wrong passphrase shows the reason in the
// dialog and the user simply tries again.

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

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<storage::Database> takeDatabase();
    bool isBusy() const;

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);

    QString m_path;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace sw::ui
