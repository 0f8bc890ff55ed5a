#include "sync/conflictservice.h"

#include "clock.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/writetransaction.h"
#include "storage/database.h"
#include "sync/applyhooks.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

namespace sw::sync {

using services::execQuery;
using services::WriteTransaction;

namespace {

const QString kColumns = QStringLiteral(
    "id, op_id, table_name, row_id, fields_json, code, server_row_json, server_seq, author_id, refused_at, "
    "resolved_at, resolution");

Conflict readConflict(const QSqlQuery& q)
{
    Conflict c;
    c.id = q.value(0).toString();
    c.opId = q.value(1).toString();
    c.table = q.value(2).toString();
    c.rowId = q.value(3).toString();
    c.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    c.code = q.value(5).toString();
    c.reason = ConflictService::reasonFor(c.code);
    const QJsonObject server = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    c.serverFields = server.value(QStringLiteral("fields")).toObject();
    c.serverSeq = q.value(7).toLongLong();
    c.authorId = q.value(8).toString();
    c.refusedAt = services::fromDbTime(q.value(9));
    c.resolvedAt = services::fromDbTime(q.value(10));
    c.resolution = q.value(11).toString();
    return c;
}

QVariant toVariant(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return qlonglong(v.toBool() ? 1 : 0);
    case QJsonValue::Double:
        return double(v.toInteger()) == v.toDouble() ? QVariant(qlonglong(v.toInteger())) : QVariant(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    default:
        return QVariant();
    }
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("Sync", "This conflict does not exist or was already resolved."));
}

} // namespace

ConflictService::ConflictService(storage::Database& db, services::Actor actor, const Clock* clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(clock ? clock : &Clock::system())
{
}

QString ConflictService::reasonFor(const QString& code)
{
    if (code == QLatin1String("forbidden"))
        return QCoreApplication::translate("Sync", "Your role does not allow this change.");
    if (code == QLatin1String("illegal_transition"))
        return QCoreApplication::translate(
            "Sync", "The status change is not allowed from the status the record has on the server.");
    if (code == QLatin1String("separation_of_duty"))
        return QCoreApplication::translate(
            "Sync", "Separation of duties: the same person may not take both steps (e.g. the four-eyes review).");
    if (code == QLatin1String("out_of_scope"))
        return QCoreApplication::translate("Sync", "The record is outside the records you may change.");
    if (code == QLatin1String("clock_ahead"))
        return QCoreApplication::translate(
            "Sync", "This computer's clock is more than 10 minutes ahead of the server; correct the clock.");
    if (code == QLatin1String("invalid_value"))
        return QCoreApplication::translate("Sync", "The server does not accept one of the values.");
    if (code == QLatin1String("row_deleted"))
        return QCoreApplication::translate("Sync", "The record was deleted on the server.");
    if (code == QLatin1String("duplicate"))
        return QCoreApplication::translate(
            "Sync", "Another record on the server already uses this value (login, name or day).");
    return QCoreApplication::translate("Sync", "The server refused the change (%1).").arg(code);
}

Result<QList<Conflict>> ConflictService::open() const
{
    QSqlQuery q(m_db.connection());
    const bool all = m_actor.has(domain::Role::Admin);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT %1 FROM sync_conflicts WHERE resolved_at IS NULL %2 "
                                    "ORDER BY refused_at DESC, id")
                         .arg(kColumns, all ? QString() : QStringLiteral("AND author_id = ?")),
                     all ? QVariantList{} : QVariantList{m_actor.userId}));
    QList<Conflict> out;
    while (q.next())
        out << readConflict(q);
    return out;
}

Result<int> ConflictService::openCount() const
{
    QSqlQuery q(m_db.connection());
    const bool all = m_actor.has(domain::Role::Admin);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL %1")
                         .arg(all ? QString() : QStringLiteral("AND author_id = ?")),
                     all ? QVariantList{} : QVariantList{m_actor.userId}));
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {

// The open conflict, if this actor may resolve it.
Result<Conflict> loadOpen(QSqlDatabase db, const services::Actor& actor, const QString& id)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ?").arg(kColumns), {id}));
    if (!q.next())
        return notFound();
    Conflict c = readConflict(q);
    if (c.resolvedAt.isValid())
        return notFound();
    if (c.authorId != actor.userId && !actor.has(domain::Role::Admin))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("Sync", "Only the author of a change (or an administrator) "
                                                             "may resolve its conflict."));
    if (!services::SyncedTables::find(c.table))
        return makeError(ErrorCode::Internal, QCoreApplication::translate("Sync", "This conflict cannot be resolved."),
                         QStringLiteral("undeclared table %1").arg(c.table));
    return c;
}

// -1 missing, 0 live, 1 tombstoned; serverSeq of the local row.
Result<int> localRowState(QSqlDatabase db, const Conflict& c, qint64* serverSeq)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT deleted, server_seq FROM %1 WHERE id = ?")
                         .arg(db.driver()->escapeIdentifier(c.table, QSqlDriver::TableName)),
                     {c.rowId}));
    if (!q.next())
        return -1;
    *serverSeq = q.value(1).toLongLong();
    return q.value(0).toLongLong() != 0 ? 1 : 0;
}

Status markResolved(WriteTransaction& tx, const Conflict& c, const QString& resolution, const QDateTime& now)
{
    QSqlQuery q(tx.database());
    SW_TRY(execQuery(q, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"),
                     {services::toDbTime(now), resolution, c.id}));
    return tx.audit(QStringLiteral("sync.conflict_") + resolution, c.table, c.rowId, {},
                    {{QStringLiteral("conflict"), c.id}, {QStringLiteral("code"), c.code}});
}

Status runHooks(WriteTransaction& tx, const Conflict& c, const QDateTime& now)
{
    AppliedRows rows;
    rows.upserted[c.table].insert(c.rowId);
    return ApplyHooks::run(tx.database(), rows, now);
}

Status reapplyIn(WriteTransaction& tx, const Conflict& c, const QDateTime& now);
Status discardIn(WriteTransaction& tx, const Conflict& c, const QDateTime& now);

} // namespace

Status ConflictService::reapply(const QString& conflictId)
{
    return resolve(conflictId, [](WriteTransaction& tx, const Conflict& c, const QDateTime& now) -> Status {
        return reapplyIn(tx, c, now);
    });
}

Status ConflictService::discard(const QString& conflictId)
{
    return resolve(conflictId, [](WriteTransaction& tx, const Conflict& c, const QDateTime& now) -> Status {
        return discardIn(tx, c, now);
    });
}

Status ConflictService::resolve(const QString& conflictId,
                                const std::function<Status(WriteTransaction&, const Conflict&, const QDateTime&)>& how)
{
    QSqlDatabase db = m_db.connection();
    const QDateTime now = m_clock->now().toUTC();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto conflict = loadOpen(db, m_actor, conflictId);
    if (!conflict)
        return conflict.error();
    SW_TRY(how(*tx, *conflict, now));
    return tx->commit();
}

namespace {

Status reapplyIn(WriteTransaction& tx, const Conflict& c, const QDateTime& now)
{
    QSqlDatabase db = tx.database();

    QVariantMap fields;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        fields.insert(it.key(), toVariant(it.value()));
    const bool deletes = fields.take(QStringLiteral("deleted")).toLongLong() != 0;
    const QString action = QStringLiteral("sync.reapply");

    qint64 serverSeq = 0;
    auto state = localRowState(db, c, &serverSeq);
    if (!state)
        return state.error();
    if (deletes) {
        if (*state == 0)
            SW_TRY(tx.remove(c.table, c.rowId, action));
    } else if (*state == 1) {
        SW_TRY(tx.restore(c.table, c.rowId, fields, action));
    } else if (*state == -1) {
        fields.insert(QStringLiteral("id"), c.rowId);
        auto id = tx.insert(c.table, fields, action);
        if (!id)
            return id.error();
    } else if (!fields.isEmpty()) {
        // Sent whole, even where the row already holds the value (a refused new row stays
        // here with the user's values): the server decides again.
        SW_TRY(tx.update(c.table, c.rowId, fields, action, services::WriteTransaction::Send::All));
    }
    SW_TRY(runHooks(tx, c, now));
    return markResolved(tx, c, QStringLiteral("reapplied"), now);
}

Status discardIn(WriteTransaction& tx, const Conflict& c, const QDateTime& now)
{
    QSqlDatabase db = tx.database();

    // A row the server never had (a refused new row) goes: nothing else will ever sync
    // it. It is tombstoned locally, not deleted, so that rows referring to it stay valid.
    qint64 serverSeq = 0;
    auto state = localRowState(db, c, &serverSeq);
    if (!state)
        return state.error();
    if (*state == 0 && serverSeq == 0 && c.serverSeq == 0) {
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ? AND server_seq = 0")
                             .arg(db.driver()->escapeIdentifier(c.table, QSqlDriver::TableName)),
                         {c.rowId}));
        // Its own later changes, still waiting, would only be refused again.
        QSqlQuery outbox(db);
        SW_TRY(execQuery(outbox, QStringLiteral("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ?"),
                         {c.table, c.rowId}));
        SW_TRY(runHooks(tx, c, now));
    }
    return markResolved(tx, c, QStringLiteral("discarded"), now);
}

} // namespace

} // namespace sw::sync
