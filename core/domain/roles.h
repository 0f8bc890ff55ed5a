#pragma once

// Roles and permissions (DOMAIN.md "People and roles"). The service layer checks
// permissions; the UI only hides what a role cannot do.

#include <QList>
#include <QString>

namespace sw::domain {

enum class Role { Agent, Lead, Auditor, Trainer, Manager, Admin };

enum class Permission {
    ManageUsers,       // create/edit/deactivate users, reset passwords, assign roles/teams
    ManageTeams,
    ManageSettings,    // shared policies
    ViewAuditLog,
    BackupRestore,
};

QList<Role> allRoles();
QString roleCode(Role role);                       // "agent", … (stable, stored)
bool roleFromCode(const QString& code, Role* out); // false for an unknown code
QString roleId(Role role);                         // fixed UUID of the roles table row
QString roleDisplayName(Role role);                // translated, e.g. "客服专员" in zh_CN
bool hasPermission(const QList<Role>& roles, Permission permission);

// Separation of duties: holding both admin and manager concentrates the power to
// change the rules and to approve under them. Allowed, but warned about.
bool violatesSeparationOfDuty(const QList<Role>& roles);

} // namespace sw::domain
