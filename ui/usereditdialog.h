#pragma once

// Create or edit a user: login (fixed once created), display name, team, roles,
// active flag and — when creating — the initial password. OK stays disabled until
// the form is valid; the save runs off the GUI thread (creating hashes a password)
// and a refusal from the service is shown in the dialog, which then stays open.

#include "domain/roles.h"
#include "services/userservice.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class UserEditDialog;
}

namespace sw::ui {

class BusyIndicator;

class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    // Creates a new user when `existing` is empty, else edits that user.
    UserEditDialog(storage::Database& db, const services::Actor& actor,
                   const std::optional<services::UserInfo>& existing = std::nullopt,
                   QWidget* parent = nullptr);
    ~UserEditDialog() override;

    bool isCreating() const { return !m_existing.has_value(); }
    // After accepted(): the id of the user that was created or edited.
    QString savedUserId() const { return m_savedUserId; }
    services::UserDraft draft() const;
    bool isBusy() const;
    bool isFormValid() const;

    // Test-facing accessors.
    QLineEdit* loginEdit() const;
    QLineEdit* displayNameEdit() const;
    QComboBox* teamCombo() const;
    QPushButton* newTeamButton() const;
    QCheckBox* roleCheckBox(domain::Role role) const { return m_roleBoxes.value(role); }
    QCheckBox* activeCheckBox() const;
    QLineEdit* passwordEdit() const;
    QLineEdit* passwordConfirmEdit() const;
    QLabel* separationOfDutyWarning() const;
    QLabel* hintLabel() const;
    QLabel* errorLabel() const;
    QPushButton* okButton() const;

    // Creates a team through the service and selects it (the "New Team…" button asks
    // for the name, then calls this).
    bool addTeam(const QString& name);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void loadTeams(const QString& selectTeamId);
    void askForNewTeam();
    void updateValidity();
    void setBusy(bool busy);
    void showError(const QString& message);

    std::unique_ptr<Ui::UserEditDialog> m_ui;
    storage::Database& m_db;
    services::Actor m_actor;
    std::optional<services::UserInfo> m_existing;
    QMap<domain::Role, QCheckBox*> m_roleBoxes;
    BusyIndicator* m_busy;
    QString m_savedUserId;
};

} // namespace sw::ui
