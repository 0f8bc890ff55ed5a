#pragma once

// Schema migrations (ARCHITECTURE.md "Storage"): numbered SQL files "NNNN_name.sql",
// statements separated by lines holding exactly "--;". PRAGMA user_version is the
// schema version; each pending file is applied in its own transaction together with
// the user_version bump, so a failing step leaves the database as it was before it.

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sw::storage {

class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString path;
    };

    // Where the compiled-in migrations live.
    static QString resourceDir() { return QStringLiteral(":/migrations"); }

    // The migration files in dir, sorted by number. Fails on a malformed name or a
    // duplicate number.
    static Result<QList<Step>> steps(const QString& dir = resourceDir());
    // The newest migration number in dir (0 when there is none).
    static int latestVersion(const QString& dir = resourceDir());

    // The statements of one migration file.
    static QStringList splitStatements(const QString& sql);

    static Result<int> schemaVersion(QSqlDatabase db);
    // SchemaTooNew with a message naming both versions when dbVersion > latest.
    static Status checkNotTooNew(int dbVersion, int latest);

    // Brings db up to the newest migration in dir.
    static Status apply(QSqlDatabase db, const QString& dir = resourceDir());
};

} // namespace sw::storage
