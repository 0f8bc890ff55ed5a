#pragma once

// Users (用户管理), for administrators: every user with login, name, roles, team,
// active flag and last sign-in; create, edit, deactivate/activate, reset password
// and unlock. Every action goes through the UserService of the signed-in actor,
// which checks the permission again; a refusal is shown with its translated reason.

#include "pane.h"
#include "services/userservice.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace sw::models {
class UserTableModel;
}

namespace sw::ui {

class ResetPasswordDialog;
class UserEditDialog;

class UsersPane : public Pane
{
    Q_OBJECT
public:
    UsersPane(storage::Database& db, const services::Actor& actor, QWidget* parent = nullptr);
    ~UsersPane() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool copySelection() override;

    std::optional<services::UserInfo> selectedUser() const;
    // Selects the row of that user (through the filter); false if it is not shown.
    bool selectUser(const QString& userId);

    // The actions open their dialogs window-modal without blocking (open(), not
    // exec()); these return the dialog so callers and tests can drive it.
    UserEditDialog* openNewUserDialog();
    UserEditDialog* openEditDialog();
    ResetPasswordDialog* openResetPasswordDialog();
    QDialog* activeDialog() const { return m_dialog; }

    // Test-facing accessors.
    QTableView* tableView() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    models::UserTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QAction* newUserAction() const { return m_newUser; }
    QAction* editAction() const { return m_edit; }
    QAction* toggleActiveAction() const { return m_toggleActive; }
    QAction* resetPasswordAction() const { return m_resetPassword; }
    QAction* unlockAction() const { return m_unlock; }
    QAction* refreshAction() const { return m_refresh; }

Q_SIGNALS:
    // A user was created or changed (after the table has been reloaded).
    void userSaved(const QString& userId);

private:
    void createActions();
    void updateActions();
    void reloadAndSelect(const QString& userId);
    void toggleActive();
    void unlockSelected();

    storage::Database& m_db;
    services::Actor m_actor;
    services::UserService m_service;
    models::UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QToolBar* m_toolBar;
    QLineEdit* m_filter;
    QTableView* m_table;
    QAction* m_newUser = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_toggleActive = nullptr;
    QAction* m_resetPassword = nullptr;
    QAction* m_unlock = nullptr;
    QAction* m_refresh = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace sw::ui
