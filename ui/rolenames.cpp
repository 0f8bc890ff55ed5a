#include "rolenames.h"

#include <QCoreApplication>
#include <QStringList>

namespace sw::ui {

QString roleList(const QList<domain::Role>& roles)
{
    QStringList names;
    for (domain::Role role : domain::allRoles()) {
        if (roles.contains(role))
            names << domain::roleDisplayName(role);
    }
    //: Separator between role names in a list; Chinese uses the enumeration comma "、".
    return names.join(QCoreApplication::translate("RoleNames", ", "));
}

} // namespace sw::ui
