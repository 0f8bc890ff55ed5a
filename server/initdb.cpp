#include "initdb.h"

#include "pushhandler.h"
#include "rowstore.h"

#include "domain/password.h"
#include "domain/roles.h"
#include "sync/hlc.h"

#include <QDateTime>
#include <QUuid>

namespace sw::server {

namespace {

// The server's own node id in HLC values it makes.
const QString kServerNode = QStringLiteral("0000000000000000");

bool insertRow(QSqlDatabase db, const QString& table, const QString& rowId, const QJsonObject& fields,
               const QString& hlc)
{
    StoredRow row;
    row.state.table = table;
    row.state.rowId = rowId;
    row.state.fields = fields;
    row.state.hlc = hlc;
    row.state.updatedBy = QString();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.fieldHlc.insert(it.key(), hlc);
    row.state.serverSeq = RowStore::nextSeq(db);
    return row.state.serverSeq > 0 && RowStore::save(db, row);
}

} // namespace

bool initDatabase(PgStore* store, const QString& adminLogin, const QString& adminPassword, QString* why)
{
    if (!store->migrate(why))
        return false;
    QSqlDatabase db = store->connection();
    QSqlQuery q(db);
    if (!PgStore::exec(q, QStringLiteral("SELECT count(*) FROM sync_rows WHERE table_name = 'users'")) || !q.next()) {
        *why = QStringLiteral("cannot read the users rows");
        return false;
    }
    if (q.value(0).toLongLong() > 0) {
        *why = QStringLiteral("the database already has users; --init-db only creates the first administrator");
        return false;
    }
    const QString hash = domain::hashPassword(adminPassword);
    if (hash.isEmpty()) {
        *why = QStringLiteral("password hashing failed");
        return false;
    }
    sync::Hlc clock;
    clock.wallMs = QDateTime::currentMSecsSinceEpoch();
    clock.node = kServerNode;
    db.transaction();
    PgStore::exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {PushHandler::kSeqLockKey});
    bool ok = true;
    for (domain::Role role : domain::allRoles()) {
        ok = ok && insertRow(db, QStringLiteral("roles"), domain::roleId(role),
                             {{QStringLiteral("code"), domain::roleCode(role)}}, clock.toString());
    }
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ok = ok && insertRow(db, QStringLiteral("users"), userId,
                         {{QStringLiteral("login"), adminLogin},
                          {QStringLiteral("display_name"), adminLogin},
                          {QStringLiteral("password_hash"), hash},
                          {QStringLiteral("team_id"), QJsonValue::Null},
                          {QStringLiteral("active"), 1},
                          {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
                         clock.toString());
    ok = ok && insertRow(db, QStringLiteral("user_roles"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                         {{QStringLiteral("user_id"), userId},
                          {QStringLiteral("role_id"), domain::roleId(domain::Role::Admin)}},
                         clock.toString());
    if (!ok || !db.commit()) {
        db.rollback();
        *why = QStringLiteral("cannot create the administrator");
        return false;
    }
    return true;
}

} // namespace sw::server
