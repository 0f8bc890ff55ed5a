#pragma once

// Roles as people read them: translated names, joined in the order DOMAIN.md lists them.

#include "domain/roles.h"

#include <QString>

namespace sw::ui {

QString roleList(const QList<domain::Role>& roles); // "Manager, Administrator" / "经理、系统管理员"

} // namespace sw::ui
