#include "services/sqlsupport.h"

#include <QCoreApplication>

namespace sw::services {

QString toDbTime(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

bool isUniqueViolation(const QSqlError& error)
{
    // SQLite reports SQLITE_CONSTRAINT (19) or, with extended codes, SQLITE_CONSTRAINT_UNIQUE
    // (2067) / SQLITE_CONSTRAINT_PRIMARYKEY (1555); the text names the constraint kind.
    const QString native = error.nativeErrorCode();
    if (native == QLatin1String("2067") || native == QLatin1String("1555"))
        return true;
    return error.databaseText().contains(QLatin1String("UNIQUE constraint failed"), Qt::CaseInsensitive) ||
           error.text().contains(QLatin1String("UNIQUE constraint failed"), Qt::CaseInsensitive);
}

Error sqlError(const QSqlError& error)
{
    if (isUniqueViolation(error)) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("Services", "The change was not saved because another record already "
                                                    "uses the same value where values must be unique."),
            error.text());
    }
    return makeError(
        ErrorCode::Database,
        QCoreApplication::translate("Services", "The database could not complete the operation."),
        error.text());
}

Status execQuery(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

Status requirePermission(const Actor& actor, domain::Permission permission)
{
    if (actor.can(permission))
        return {};
    QString message;
    switch (permission) {
    case domain::Permission::ManageUsers:
        message = QCoreApplication::translate(
            "Services", "You do not have permission to manage users. Ask an administrator.");
        break;
    case domain::Permission::ManageTeams:
        message = QCoreApplication::translate(
            "Services", "You do not have permission to manage teams. Ask an administrator.");
        break;
    case domain::Permission::ManageSettings:
        message = QCoreApplication::translate(
            "Services", "You do not have permission to change shared settings. Ask an administrator.");
        break;
    case domain::Permission::ViewAuditLog:
        message =
            QCoreApplication::translate("Services", "You do not have permission to view the audit log.");
        break;
    case domain::Permission::BackupRestore:
        message = QCoreApplication::translate(
            "Services", "You do not have permission to back up or restore the database.");
        break;
    }
    return makeError(ErrorCode::PermissionDenied, message);
}

} // namespace sw::services
