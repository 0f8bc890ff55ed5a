#include "domain/roles.h"

#include <QCoreApplication>

namespace sw::domain {

QList<Role> allRoles()
{
    return {Role::Agent, Role::Lead, Role::Auditor, Role::Trainer, Role::Manager, Role::Admin};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
    return {};
}

bool roleFromCode(const QString& code, Role* out)
{
    for (Role role : allRoles()) {
        if (roleCode(role) == code) {
            if (out)
                *out = role;
            return true;
        }
    }
    return false;
}

QString roleId(Role role)
{
    // Must match the fixed ids inserted by resources/migrations/0001_foundation.sql.
    switch (role) {
    case Role::Agent:
        return QStringLiteral("00000000-0000-4000-8000-000000000001");
    case Role::Lead:
        return QStringLiteral("00000000-0000-4000-8000-000000000002");
    case Role::Auditor:
        return QStringLiteral("00000000-0000-4000-8000-000000000003");
    case Role::Trainer:
        return QStringLiteral("00000000-0000-4000-8000-000000000004");
    case Role::Manager:
        return QStringLiteral("00000000-0000-4000-8000-000000000005");
    case Role::Admin:
        return QStringLiteral("00000000-0000-4000-8000-000000000006");
    }
    Q_UNREACHABLE();
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("Roles", "Customer-service agent");
    case Role::Lead:
        return QCoreApplication::translate("Roles", "Customer-service lead");
    case Role::Auditor:
        return QCoreApplication::translate("Roles", "Merchant auditor");
    case Role::Trainer:
        return QCoreApplication::translate("Roles", "Trainer");
    case Role::Manager:
        return QCoreApplication::translate("Roles", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Roles", "Administrator");
    }
    Q_UNREACHABLE();
    return {};
}

bool hasPermission(const QList<Role>& roles, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ManageTeams:
    case Permission::ManageSettings:
    case Permission::BackupRestore:
        return roles.contains(Role::Admin);
    case Permission::ViewAuditLog:
        // Managers see everything (DOMAIN.md), including who did what.
        return roles.contains(Role::Admin) || roles.contains(Role::Manager);
    }
    return false;
}

bool violatesSeparationOfDuty(const QList<Role>& roles)
{
    return roles.contains(Role::Admin) && roles.contains(Role::Manager);
}

} // namespace sw::domain
