// SyncStore's local transaction and the applier of server rows (syncstore_p.h).

#include "sync/syncstore_p.h"

#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "storage/rawstatement.h"
#include "sync/hlc.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace sw::sync::detail {

using services::execQuery;
using services::SyncedTable;
using services::SyncedTables;

Error protocolError(const QString& detail)
{
    return makeError(ErrorCode::Network,
                     QCoreApplication::translate("Sync", "The server sent an answer this workstation cannot use; "
                                                         "nothing was changed."),
                     detail);
}

LocalTransaction::LocalTransaction(QSqlDatabase db, Keys keys)
    : m_db(db)
    , m_keys(keys)
{
}

LocalTransaction::~LocalTransaction()
{
    if (m_open)
        m_db.rollback();
    if (m_keys == Keys::Relaxed)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status LocalTransaction::begin()
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

Status LocalTransaction::commit()
{
    m_open = false;
    if (!m_db.commit()) {
        const Error e = services::sqlError(m_db.lastError());
        m_db.rollback();
        return e;
    }
    return {};
}

namespace {

QString rowKey(const QString& table, const QString& rowId)
{
    return table + QLatin1Char('\x1f') + rowId;
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

// Binds a JSON value as toSql() would convert it: booleans and whole numbers as integers,
// other numbers as reals, objects as compact JSON text, null as NULL.
void bindJson(storage::RawStatement& s, int i, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        s.integer(i, v.toBool() ? 1 : 0);
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 n = v.toInteger();
        if (double(n) == d)
            s.integer(i, n);
        else
            s.real(i, d);
        return;
    }
    case QJsonValue::String:
        s.textCopy(i, v.toString());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        s.null(i);
        return;
    default:
        s.textCopy(i, QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        return;
    }
}

} // namespace

RowApplier::RowApplier(QSqlDatabase db)
    : m_db(db)
    , m_raw(storage::rawHandle(db))
{
}

RowApplier::~RowApplier() = default;

Status RowApplier::loadPending(bool deferred)
{
    m_applied = {};
    m_deferred = deferred;
    m_maxHlc.clear();
    m_pending.clear();
    QSqlQuery q(m_db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT table_name, row_id, fields_json FROM sync_outbox")));
    while (q.next()) {
        QSet<QString>& fields = m_pending[rowKey(q.value(0).toString(), q.value(1).toString())];
        const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            fields.insert(it.key());
    }
    return {};
}

storage::RawStatement* RowApplier::statement(const QString& key, const std::function<QString()>& sql)
{
    auto it = m_statements.constFind(key);
    if (it == m_statements.cend())
        it = m_statements.insert(key, std::make_shared<storage::RawStatement>(m_raw, sql().toUtf8()));
    return it->get();
}

Status RowApplier::takeOverUniqueValues(const RowState& row, const QString& tableIdent, const QSet<QString>* pending)
{
    for (const QString& column : uniqueColumns(row.table)) {
        if (!row.fields.contains(column) || (pending && pending->contains(column)))
            continue;
        const QString columnIdent = m_db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
        QSqlQuery q(m_db);
        SW_TRY(execQuery(q,
                         QStringLiteral("UPDATE %1 SET deleted = 1 WHERE %2 = ? AND id <> ? AND deleted = 0")
                             .arg(tableIdent, columnIdent),
                         {toSql(row.fields.value(column)), row.rowId}));
        if (q.numRowsAffected() > 0) {
            QSqlQuery ids(m_db);
            SW_TRY(execQuery(ids, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(tableIdent, columnIdent),
                             {toSql(row.fields.value(column)), row.rowId}));
            while (ids.next())
                m_applied.upserted[row.table].insert(ids.value(0).toString());
        }
    }
    return {};
}

Status RowApplier::apply(const RowState& row)
{
    if (!m_raw)
        return makeError(ErrorCode::Internal, QCoreApplication::translate("Sync", "Sync needs the encrypted database driver."));
    const SyncedTable* t = SyncedTables::find(row.table);
    if (!t)
        return protocolError(QStringLiteral("row of an undeclared table: %1").arg(row.table));
    const QString tableIdent = m_db.driver()->escapeIdentifier(row.table, QSqlDriver::TableName);
    const auto pendingIt = m_pending.constFind(rowKey(row.table, row.rowId));
    const QSet<QString>* pending = pendingIt != m_pending.cend() ? &*pendingIt : nullptr;

    if (row.removed) {
        if (pending)
            return {}; // the pending change will be refused as out of scope and shown
        storage::RawStatement* remove = statement(row.table + QStringLiteral("\x1f-"), [&] {
            return QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableIdent);
        });
        if (!remove->ok())
            return remove->prepareError();
        remove->textCopy(1, row.rowId);
        SW_TRY(remove->run());
        if (remove->changes() > 0)
            m_applied.removed[row.table].insert(row.rowId);
        return {};
    }

    // The columns that travel (declared, without the ones a pending local change holds),
    // in the page's (sorted) order; statements are cached per table and column set.
    std::vector<QJsonObject::const_iterator> fields;
    fields.reserve(size_t(row.fields.size()));
    const bool keepDeleted = pending && pending->contains(QStringLiteral("deleted"));
    QString columnsKey;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
        if (!t->fields.contains(it.key()))
            return protocolError(QStringLiteral("undeclared field %1.%2").arg(row.table, it.key()));
        if (pending && pending->contains(it.key()))
            continue;
        fields.push_back(it);
        columnsKey += QLatin1Char('\x1f');
        columnsKey += it.key();
    }
    const auto columnIdents = [&] {
        QStringList names;
        for (const auto& it : fields)
            names << m_db.driver()->escapeIdentifier(it.key(), QSqlDriver::FieldName);
        return names;
    };

    if (!row.deleted)
        SW_TRY(takeOverUniqueValues(row, tableIdent, pending));

    // A live row is inserted when it is new (most rows of a first pull), else updated; a
    // tombstone only updates a row this workstation has. (This SQLite has no upsert.)
    // The insert ignores conflicts, so when it inserted nothing and the update changed
    // nothing either, a plain insert reports whatever constraint refused the row.
    const auto insertSql = [&](const QString& verb) {
        QStringList names{QStringLiteral("id")};
        names << columnIdents() << QStringLiteral("hlc") << QStringLiteral("updated_by")
              << QStringLiteral("server_seq") << QStringLiteral("deleted");
        QStringList marks;
        for (int i = 0; i < names.size() - 1; ++i)
            marks << QStringLiteral("?");
        marks << QStringLiteral("0");
        return QStringLiteral("%1 INTO %2 (%3) VALUES (%4)")
            .arg(verb, tableIdent, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    };
    const auto bindInsert = [&](storage::RawStatement& s) {
        int i = 1;
        s.textCopy(i++, row.rowId);
        for (const auto& it : fields)
            bindJson(s, i++, it.value());
        s.textCopy(i++, text(row.hlc));
        s.textCopy(i++, text(row.updatedBy));
        s.integer(i++, row.serverSeq);
    };
    if (!row.deleted) {
        storage::RawStatement* insert =
            statement(row.table + QStringLiteral("\x1fi") + columnsKey, [&] { return insertSql(QStringLiteral("INSERT OR IGNORE")); });
        if (!insert->ok())
            return insert->prepareError();
        bindInsert(*insert);
        SW_TRY(insert->run());
        if (insert->changes() > 0) {
            noteApplied(row);
            return {};
        }
    }
    storage::RawStatement* update =
        statement(row.table + (keepDeleted ? QStringLiteral("\x1fuk") : QStringLiteral("\x1fu")) + columnsKey, [&] {
            QStringList sets;
            for (const QString& c : columnIdents())
                sets << c + QStringLiteral(" = ?");
            sets << QStringLiteral("hlc = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("server_seq = ?");
            if (!keepDeleted)
                sets << QStringLiteral("deleted = ?");
            return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(tableIdent, sets.join(QStringLiteral(", ")));
        });
    if (!update->ok())
        return update->prepareError();
    int i = 1;
    for (const auto& it : fields)
        bindJson(*update, i++, it.value());
    update->textCopy(i++, text(row.hlc));
    update->textCopy(i++, text(row.updatedBy));
    update->integer(i++, row.serverSeq);
    if (!keepDeleted)
        update->integer(i++, row.deleted ? 1 : 0);
    update->textCopy(i++, row.rowId);
    SW_TRY(update->run());
    if (update->changes() == 0) {
        if (row.deleted)
            return {}; // a tombstone of a row this workstation never had
        storage::RawStatement* strict =
            statement(row.table + QStringLiteral("\x1fI") + columnsKey, [&] { return insertSql(QStringLiteral("INSERT")); });
        if (!strict->ok())
            return strict->prepareError();
        bindInsert(*strict);
        SW_TRY(strict->run());
    }
    noteApplied(row);
    return {};
}

void RowApplier::noteApplied(const RowState& row)
{
    m_applied.upserted[row.table].insert(row.rowId);
    if (!row.hlc.isEmpty() && (m_maxHlc.isEmpty() || m_maxHlc < row.hlc))
        m_maxHlc = row.hlc;
}

Status RowApplier::finish(const QDateTime& now)
{
    Hlc remote;
    if (!m_maxHlc.isEmpty() && Hlc::parse(m_maxHlc, &remote)) {
        QSqlQuery q(m_db);
        SW_TRY(execQuery(q, QStringLiteral("SELECT key, value FROM local_state WHERE key IN ('node_id', 'hlc_last')")));
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
        SW_TRY(execQuery(save, QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES ('hlc_last', ?)"),
                         {next.toString()}));
    }
    m_applied.deferred = m_deferred;
    return ApplyHooks::run(m_db, m_applied, now);
}

} // namespace sw::sync::detail
