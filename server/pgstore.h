#pragma once

// PostgreSQL access: one QPSQL connection per worker thread (QSqlDatabase objects are
// bound to the thread that opened them), the compiled-in migrations, and small helpers.

#include "serverconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace sw::server {

class PgStore
{
public:
    explicit PgStore(const ServerConfig& config);

    // This thread's connection, opened on first use; invalid when PostgreSQL is down.
    QSqlDatabase connection();
    bool healthy();
    // Applies server/migrations/*.sql not applied yet (schema_version).
    bool migrate(QString* why);

    // Runs sql with positional ? values in one round trip: each value becomes the
    // driver's escaped literal (what QPSQL's prepared statements send anyway, minus the
    // PREPARE and DEALLOCATE round trips). False (and logs) on error.
    static bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

private:
    ServerConfig m_config;
};

} // namespace sw::server
