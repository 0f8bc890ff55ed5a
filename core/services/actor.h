#pragma once

// Who is doing something: the signed-in user, as services see them.

#include "domain/roles.h"

#include <QString>

namespace sw::services {

struct Actor
{
    QString userId;
    QString login;
    QString displayName;
    QString teamId;
    QList<domain::Role> roles;

    bool has(domain::Role role) const { return roles.contains(role); }
    bool can(domain::Permission p) const { return domain::hasPermission(roles, p); }
    bool isSystem() const { return userId == systemId(); }

    // For setup, migrations and command-line maintenance.
    static QString systemId() { return QStringLiteral("00000000-0000-4000-8000-000000005157"); }
    static Actor system()
    {
        return Actor{systemId(), QStringLiteral("system"), QStringLiteral("system"), {},
                     {domain::Role::Admin}};
    }
};

} // namespace sw::services
