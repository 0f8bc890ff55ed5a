#pragma once

// Small helpers shared by the services: how times are stored, how SQL errors become
// Errors, and the permission check every service method starts with.

#include "domain/roles.h"
#include "result.h"
#include "services/actor.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sw::services {

// Times are stored as ISO 8601 UTC text with milliseconds ("2025-03-01T08:00:00.000Z"):
// they sort as text and read back exactly.
QString toDbTime(const QDateTime& t);
QDateTime fromDbTime(const QVariant& v); // null QDateTime for NULL/empty/garbage

// An SQL error not caused by the user: a generic translated message, the driver's
// text as detail. A unique-constraint failure becomes ErrorCode::Conflict.
Error sqlError(const QSqlError& error);
bool isUniqueViolation(const QSqlError& error);

// Prepares and executes; on failure returns the mapped error.
Status execQuery(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

// ErrorCode::PermissionDenied with a message naming what is missing, or Ok.
Status requirePermission(const Actor& actor, domain::Permission permission);

} // namespace sw::services
