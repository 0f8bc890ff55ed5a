#include "sync/syncstore.h"

#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/uuid.h"
#include "sync/applyhooks.h"
#include "sync/syncstore_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

namespace sw::sync {

using detail::LocalTransaction;
using detail::protocolError;
using detail::RowApplier;
using detail::text;

using services::execQuery;
using services::SyncedTable;
using services::SyncedTables;

namespace {

const QString kCursor = QStringLiteral("sync_cursor");
const QString kCursorScope = QStringLiteral("sync_cursor_scope");
const QString kLastSyncAt = QStringLiteral("sync_last_at");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<Op>> SyncStore::nextBatch(QSqlDatabase db, int maxOps, qint64 maxBytes)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT op_id, table_name, row_id, fields_json, base_server_seq, hlc "
                                    "FROM sync_outbox ORDER BY seq LIMIT ?"),
                     {maxOps}));
    QList<Op> ops;
    qint64 bytes = 0;
    while (q.next()) {
        const QString json = q.value(3).toString();
        bytes += json.size() + 200;
        if (!ops.isEmpty() && bytes > maxBytes)
            break;
        Op op;
        op.opId = q.value(0).toString();
        op.table = q.value(1).toString();
        op.rowId = q.value(2).toString();
        op.fields = QJsonDocument::fromJson(json.toUtf8()).object();
        op.baseSeq = q.value(4).toLongLong();
        op.hlc = q.value(5).toString();
        ops << op;
    }
    return ops;
}

Result<qint64> SyncStore::pendingCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT count(*) FROM sync_outbox")));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<int> SyncStore::applyVerdicts(QSqlDatabase db, const QList<Op>& ops, const QList<Verdict>& verdicts,
                                     const QString& userId, const QDateTime& now)
{
    if (ops.size() != verdicts.size())
        return protocolError(QStringLiteral("%1 verdicts for %2 ops").arg(verdicts.size()).arg(ops.size()));
    for (int i = 0; i < ops.size(); ++i) {
        if (ops.at(i).opId != verdicts.at(i).opId)
            return protocolError(QStringLiteral("verdict %1 is for another op").arg(i));
    }
    LocalTransaction tx(db, LocalTransaction::Keys::Relaxed);
    SW_TRY(tx.begin());
    int refused = 0;
    QList<RowState> currentRows;
    for (int i = 0; i < ops.size(); ++i) {
        const Op& op = ops.at(i);
        const Verdict& v = verdicts.at(i);
        QSqlQuery q(db);
        if (v.accepted) {
            SW_TRY(execQuery(q, QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?"), {op.opId}));
            const SyncedTable* t = SyncedTables::find(op.table);
            if (!t)
                return protocolError(QStringLiteral("op of an undeclared table"));
            QSqlQuery seq(db);
            SW_TRY(execQuery(seq,
                             QStringLiteral("UPDATE %1 SET server_seq = ? WHERE id = ? AND server_seq < ?")
                                 .arg(db.driver()->escapeIdentifier(op.table, QSqlDriver::TableName)),
                             {v.serverSeq, op.rowId, v.serverSeq}));
            continue;
        }
        ++refused;
        SW_TRY(execQuery(q,
                         QStringLiteral("INSERT INTO sync_conflicts (id, op_id, table_name, row_id, "
                                        "fields_json, code, server_row_json, server_seq, author_id, refused_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {services::newUuid(), op.opId, op.table, op.rowId, compact(op.fields), text(v.code),
                          v.current ? compact(protocol::toJson(*v.current)) : QStringLiteral(""),
                          v.current ? v.current->serverSeq : qint64(0), text(userId), services::toDbTime(now)}));
        QSqlQuery del(db);
        SW_TRY(execQuery(del, QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?"), {op.opId}));
        if (v.current)
            currentRows << *v.current;
    }
    if (!currentRows.isEmpty()) {
        RowApplier applier(db);
        SW_TRY(applier.loadPending()); // after the refused ops left the outbox
        for (const RowState& row : currentRows)
            SW_TRY(applier.apply(row));
        SW_TRY(applier.finish(now));
    }
    SW_TRY(tx.commit());
    return refused;
}

struct SyncStore::PageApplier::Impl
{
    QSqlDatabase db;
    RowApplier rows;
};

SyncStore::PageApplier::PageApplier(QSqlDatabase db) : d(new Impl{db, RowApplier(db)}) {}

SyncStore::PageApplier::~PageApplier() = default;

Status SyncStore::PageApplier::apply(const PullResponse& page, const QDateTime& now, bool deferDerived)
{
    LocalTransaction tx(d->db, LocalTransaction::Keys::Relaxed);
    SW_TRY(tx.begin());
    SW_TRY(d->rows.loadPending(deferDerived));
    for (const RowState& row : page.rows)
        SW_TRY(d->rows.apply(row));
    SW_TRY(d->rows.finish(now));
    QSqlQuery q(d->db);
    SW_TRY(execQuery(q, QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)"),
                     {kCursor, QString::number(page.next)}));
    return tx.commit();
}

Status SyncStore::applyPage(QSqlDatabase db, const PullResponse& page, const QDateTime& now)
{
    return PageApplier(db).apply(page, now);
}

bool SyncStore::hasDeferred(QSqlDatabase db)
{
    QSqlQuery q(db);
    return execQuery(q, QStringLiteral("SELECT 1 FROM sync_deferred LIMIT 1")).ok() && q.next();
}

Status SyncStore::finishDeferred(QSqlDatabase db, const QDateTime& now)
{
    if (!hasDeferred(db))
        return {};
    LocalTransaction tx(db, LocalTransaction::Keys::Relaxed);
    SW_TRY(tx.begin());
    SW_TRY(ApplyHooks::finish(db, now));
    return tx.commit();
}

bool SyncStore::worthDeferring(qint64 rowsToCome)
{
    // Below this, rebuilding per page costs less than one pass at the end.
    return rowsToCome >= 5000;
}

namespace {

// The synced tables whose rows carry a file: the same columns (id, sha256, content,
// deleted, server_seq); the content is not a declared field and travels as a blob.
const QStringList& blobTables()
{
    static const QStringList tables{QStringLiteral("attachments"), QStringLiteral("aftersales_evidence"),
                                    QStringLiteral("merchant_documents")};
    return tables;
}

// One SELECT per blob table joined by UNION; %1 in `perTable` is the table name (a
// constant above, never user input).
QString unionOverBlobTables(const QString& perTable)
{
    QStringList parts;
    for (const QString& table : blobTables())
        parts << perTable.arg(table);
    return parts.join(QStringLiteral(" UNION "));
}

} // namespace

Result<QStringList> SyncStore::blobsToUpload(QSqlDatabase db, int limit)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     unionOverBlobTables(
                         QStringLiteral("SELECT a.sha256 FROM %1 a "
                                        "WHERE a.content IS NOT NULL AND a.deleted = 0 "
                                        "AND (a.server_seq > 0 OR EXISTS (SELECT 1 FROM sync_outbox o "
                                        "WHERE o.table_name = '%1' AND o.row_id = a.id)) "
                                        "AND NOT EXISTS (SELECT 1 FROM sync_blobs_sent s WHERE s.sha256 = a.sha256)")) +
                         QStringLiteral(" LIMIT ?"),
                     {limit}));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QByteArray> SyncStore::blobContent(QSqlDatabase db, const QString& sha256)
{
    for (const QString& table : blobTables()) {
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT content FROM %1 WHERE sha256 = ? AND content IS NOT NULL LIMIT 1")
                             .arg(table),
                         {sha256}));
        if (q.next())
            return q.value(0).toByteArray();
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("Sync", "The attachment is missing."), sha256);
}

Status SyncStore::markBlobSent(QSqlDatabase db, const QString& sha256)
{
    QSqlQuery q(db);
    return execQuery(q, QStringLiteral("INSERT OR IGNORE INTO sync_blobs_sent (sha256) VALUES (?)"), {sha256});
}

Result<QStringList> SyncStore::blobsToDownload(QSqlDatabase db, int limit, const QStringList& skip)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     unionOverBlobTables(QStringLiteral("SELECT sha256 FROM %1 WHERE content IS NULL AND deleted = 0")) +
                         QStringLiteral(" LIMIT ?"),
                     {limit + int(skip.size())}));
    QStringList out;
    while (q.next() && out.size() < limit) {
        const QString sha = q.value(0).toString();
        if (!skip.contains(sha))
            out << sha;
    }
    return out;
}

Status SyncStore::storeBlob(QSqlDatabase db, const QString& sha256, const QByteArray& content)
{
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256)
        return protocolError(QStringLiteral("blob %1 does not match its hash").arg(sha256));
    LocalTransaction tx(db);
    SW_TRY(tx.begin());
    // The same file may be a ticket attachment and an after-sales evidence file.
    for (const QString& table : blobTables()) {
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("UPDATE %1 SET content = ? WHERE sha256 = ? AND content IS NULL").arg(table),
                         {content, sha256}));
    }
    SW_TRY(markBlobSent(db, sha256)); // the server has it: never upload it back
    return tx.commit();
}

qint64 SyncStore::cursor(QSqlDatabase db)
{
    return stateValue(db, kCursor).toLongLong();
}

Result<bool> SyncStore::bindCursor(QSqlDatabase db, const QString& serverUrl, const QString& userId)
{
    const QString scope = serverUrl + QLatin1Char(' ') + userId;
    if (stateValue(db, kCursorScope) == scope)
        return false;
    SW_TRY(setStateValues(db, {{kCursorScope, scope}, {kCursor, QStringLiteral("0")}}));
    return true;
}

QDateTime SyncStore::lastSyncAt(QSqlDatabase db)
{
    return services::fromDbTime(stateValue(db, kLastSyncAt));
}

Status SyncStore::setLastSyncAt(QSqlDatabase db, const QDateTime& at)
{
    return setStateValues(db, {{kLastSyncAt, services::toDbTime(at)}});
}

QString SyncStore::stateValue(QSqlDatabase db, const QString& key)
{
    QSqlQuery q(db);
    if (!execQuery(q, QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {key}) || !q.next())
        return {};
    return q.value(0).toString();
}

Status SyncStore::setStateValues(QSqlDatabase db, const QList<QPair<QString, QString>>& values)
{
    LocalTransaction tx(db);
    SW_TRY(tx.begin());
    for (const auto& [key, value] : values) {
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)"),
                         {key, text(value)}));
    }
    return tx.commit();
}

Result<int> SyncStore::openConflictCount(QSqlDatabase db, const QString& authorId)
{
    QSqlQuery q(db);
    if (authorId.isEmpty())
        SW_TRY(execQuery(q, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")));
    else
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL "
                                        "AND author_id = ?"),
                         {authorId}));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace sw::sync
