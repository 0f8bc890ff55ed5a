#pragma once

// Shared by the demo-data files (demoaftersales.cpp, demodisputes.cpp): not part of the
// services' API.

#include "domain/roles.h"
#include "result.h"
#include "services/actor.h"

#include <QSqlDatabase>
#include <QString>

namespace sw::services::demo {

// The active demo user with this login, acting in the given role; NotFound when the demo
// staff is missing (the demo data is then left out).
Result<Actor> staff(QSqlDatabase db, const QString& login, domain::Role role);

// Whether the table already has rows (the demo data is then left alone).
Result<bool> hasRows(QSqlDatabase db, const QString& table);

} // namespace sw::services::demo
