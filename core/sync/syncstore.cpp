#include "sync/syncstore.h"

#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/uuid.h"
#include "sync/applyhooks.h"
#include "sync/hlc.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

namespace sw::sync {

using services::execQuery;
using services::SyncedTable;
using services::SyncedTables;

namespace {

const QString kCursor = QStringLiteral("sync_cursor");
const QString kCursorScope = QStringLiteral("sync_cursor_scope");
const QString kLastSyncAt = QStringLiteral("sync_last_at");

Error protocolError(const QString& detail)
{
    return makeError(ErrorCode::Network,
                     QCoreApplication::translate("Sync", "The server sent an answer this workstation cannot use; "
                                                         "nothing was changed."),
                     detail);
}

// Commits or rolls back one local transaction around a block of work. Rows from the
// server arrive in server_seq order, which is not the order of their references (a user
// changed after their team was renamed comes first): transactions that apply server rows
// switch this connection's foreign-key enforcement off for their duration (it cannot be
// switched inside a transaction). Only sync's own connection is affected.
class LocalTransaction
{
public:
    enum class Keys { Enforced, Relaxed };
    explicit LocalTransaction(QSqlDatabase db, Keys keys = Keys::Enforced) : m_db(db), m_keys(keys) {}
    ~LocalTransaction()
    {
        if (m_open)
            m_db.rollback();
        if (m_keys == Keys::Relaxed)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    Status begin()
    {
        if (m_keys == Keys::Relaxed) {
            QSqlQuery q(m_db);
            SW_TRY(execQuery(q, QStringLiteral("PRAGMA foreign_keys = OFF")));
        }
        if (!m_db.transaction())
            return services::sqlError(m_db.lastError());
        m_open = true;
        return {};
    }
    Status commit()
    {
        m_open = false;
        if (!m_db.commit()) {
            const Error e = services::sqlError(m_db.lastError());
            m_db.rollback();
            return e;
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    Keys m_keys;
    bool m_open = false;
};

// A null QString binds as SQL NULL; the sync columns are NOT NULL text.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant toSql(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return qlonglong(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        return double(i) == d ? QVariant(qlonglong(i)) : QVariant(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    default:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

// Columns whose live values are unique on a workstation (partial unique indexes of the
// schema): a row arriving from the server takes the value over.
QStringList uniqueColumns(const QString& table)
{
    if (table == QLatin1String("users"))
        return {QStringLiteral("login")};
    if (table == QLatin1String("teams"))
        return {QStringLiteral("name")};
    if (table == QLatin1String("calendar_days"))
        return {QStringLiteral("day")};
    return {};
}

// Applies rows of one page (or the current rows of refusals) inside a transaction.
class RowApplier
{
public:
    explicit RowApplier(QSqlDatabase db) : m_db(db) {}

    // A new page: the outbox may have grown since the last one, and the page's own
    // applied rows and clock start empty (the prepared statements stay).
    Status loadPending()
    {
        m_applied = {};
        m_maxHlc.clear();
        m_pending.clear();
        QSqlQuery q(m_db);
        SW_TRY(execQuery(q, QStringLiteral("SELECT table_name, row_id, fields_json FROM sync_outbox")));
        while (q.next()) {
            QSet<QString>& fields = m_pending[key(q.value(0).toString(), q.value(1).toString())];
            const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                fields.insert(it.key());
        }
        return {};
    }

    Status apply(const RowState& row)
    {
        const SyncedTable* t = SyncedTables::find(row.table);
        if (!t)
            return protocolError(QStringLiteral("row of an undeclared table: %1").arg(row.table));
        const QString tableIdent = ident(row.table, QSqlDriver::TableName);
        const auto pendingIt = m_pending.constFind(key(row.table, row.rowId));
        const bool hasPending = pendingIt != m_pending.cend();

        if (row.removed) {
            if (hasPending)
                return {}; // the pending change will be refused as out of scope and shown
            QSqlQuery q(m_db);
            SW_TRY(execQuery(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableIdent), {row.rowId}));
            if (q.numRowsAffected() > 0)
                m_applied.removed[row.table].insert(row.rowId);
            return {};
        }

        QStringList columns;
        QVariantList values;
        for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
            if (!t->fields.contains(it.key()))
                return protocolError(QStringLiteral("undeclared field %1.%2").arg(row.table, it.key()));
            if (hasPending && pendingIt->contains(it.key()))
                continue;
            columns << it.key();
            values << toSql(it.value());
        }
        const bool keepDeleted = hasPending && pendingIt->contains(QStringLiteral("deleted"));

        if (!row.deleted) {
            for (const QString& column : uniqueColumns(row.table)) {
                if (!row.fields.contains(column) || (hasPending && pendingIt->contains(column)))
                    continue;
                QSqlQuery q(m_db);
                SW_TRY(execQuery(q,
                                 QStringLiteral("UPDATE %1 SET deleted = 1 WHERE %2 = ? AND id <> ? AND deleted = 0")
                                     .arg(tableIdent, ident(column, QSqlDriver::FieldName)),
                                 {toSql(row.fields.value(column)), row.rowId}));
                if (q.numRowsAffected() > 0) {
                    QSqlQuery ids(m_db);
                    SW_TRY(execQuery(ids, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?")
                                              .arg(tableIdent, ident(column, QSqlDriver::FieldName)),
                                     {toSql(row.fields.value(column)), row.rowId}));
                    while (ids.next())
                        m_applied.upserted[row.table].insert(ids.value(0).toString());
                }
            }
        }

        QStringList sets;
        for (const QString& c : columns)
            sets << QStringLiteral("%1 = ?").arg(ident(c, QSqlDriver::FieldName));
        QVariantList updateValues = values;
        sets << QStringLiteral("hlc = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("server_seq = ?");
        updateValues << text(row.hlc) << text(row.updatedBy) << row.serverSeq;
        if (!keepDeleted) {
            sets << QStringLiteral("deleted = ?");
            updateValues << qlonglong(row.deleted ? 1 : 0);
        }
        updateValues << row.rowId;
        QSqlQuery& update = cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                       .arg(tableIdent, sets.join(QStringLiteral(", "))));
        SW_TRY(run(update, updateValues));
        const bool existed = update.numRowsAffected() > 0;
        if (!existed) {
            if (row.deleted)
                return {}; // a tombstone of a row this workstation never had
            QStringList names{QStringLiteral("id")};
            for (const QString& c : columns)
                names << ident(c, QSqlDriver::FieldName);
            names << QStringLiteral("hlc") << QStringLiteral("updated_by") << QStringLiteral("deleted")
                  << QStringLiteral("server_seq");
            QVariantList insertValues{row.rowId};
            insertValues << values << text(row.hlc) << text(row.updatedBy) << qlonglong(0) << row.serverSeq;
            QStringList marks;
            for (int i = 0; i < names.size(); ++i)
                marks << QStringLiteral("?");
            QSqlQuery& insert = cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(tableIdent, names.join(QStringLiteral(", ")),
                                                marks.join(QStringLiteral(", "))));
            SW_TRY(run(insert, insertValues));
        }
        m_applied.upserted[row.table].insert(row.rowId);
        if (!row.hlc.isEmpty() && (m_maxHlc.isEmpty() || m_maxHlc < row.hlc))
            m_maxHlc = row.hlc;
        return {};
    }

    // hlcReceive over the largest clock applied, then the area hooks.
    Status finish(const QDateTime& now)
    {
        Hlc remote;
        if (!m_maxHlc.isEmpty() && Hlc::parse(m_maxHlc, &remote)) {
            QSqlQuery q(m_db);
            SW_TRY(execQuery(
                q, QStringLiteral("SELECT key, value FROM local_state WHERE key IN ('node_id', 'hlc_last')")));
            QString node;
            Hlc last;
            while (q.next()) {
                if (q.value(0).toString() == QLatin1String("node_id"))
                    node = q.value(1).toString();
                else
                    Hlc::parse(q.value(1).toString(), &last);
            }
            q.finish();
            const Hlc next = hlcReceive(last, remote, now.toMSecsSinceEpoch(), node);
            QSqlQuery save(m_db);
            SW_TRY(execQuery(save,
                             QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES ('hlc_last', ?)"),
                             {next.toString()}));
        }
        return ApplyHooks::run(m_db, m_applied, now);
    }

private:
    static QString key(const QString& table, const QString& rowId) { return table + QLatin1Char('\x1f') + rowId; }
    QString ident(const QString& name, QSqlDriver::IdentifierType type) const
    {
        return m_db.driver()->escapeIdentifier(name, type);
    }
    QSqlQuery& cached(const QString& sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            it = m_queries.insert(sql, QSqlQuery(m_db));
            if (!it->prepare(sql))
                m_prepareFailed.insert(sql);
        }
        return *it;
    }
    Status run(QSqlQuery& q, const QVariantList& values)
    {
        if (m_prepareFailed.contains(q.lastQuery()))
            return services::sqlError(q.lastError());
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return services::sqlError(q.lastError());
        return {};
    }

    QSqlDatabase m_db;
    QHash<QString, QSet<QString>> m_pending;
    QHash<QString, QSqlQuery> m_queries;
    QSet<QString> m_prepareFailed;
    AppliedRows m_applied;
    QString m_maxHlc;
};

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

Status SyncStore::PageApplier::apply(const PullResponse& page, const QDateTime& now)
{
    LocalTransaction tx(d->db, LocalTransaction::Keys::Relaxed);
    SW_TRY(tx.begin());
    SW_TRY(d->rows.loadPending());
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

namespace {

// The synced tables whose rows carry a file: the same columns (id, sha256, content,
// deleted, server_seq); the content is not a declared field and travels as a blob.
const QStringList& blobTables()
{
    static const QStringList tables{QStringLiteral("attachments"), QStringLiteral("aftersales_evidence")};
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
