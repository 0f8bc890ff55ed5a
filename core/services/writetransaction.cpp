#include "services/writetransaction.h"

#include "clock.h"
#include "services/auditlog.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/uuid.h"
#include "sync/hlc.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>

#include <mutex>

namespace sw::services {

namespace {

const QString kMask = QStringLiteral("***");

Error internalError(const QString& detail)
{
    // Identifiers come from code, never from users: a bad one is a bug.
    return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate("Services", "An internal error occurred; the change was not saved."),
        detail);
}

// One representation per value so that "unchanged" and the JSON form do not depend on
// whether a caller passed bool, int or qlonglong, or on what the driver returns.
QVariant normalised(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QVariant(qlonglong(v.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QVariant(v.toLongLong());
    case QMetaType::QDateTime:
        return QVariant(toDbTime(v.toDateTime()));
    case QMetaType::QString:
        // The driver binds a null QString as SQL NULL; NULL is asked for with QVariant().
        return v.toString().isNull() ? QVariant(QStringLiteral("")) : v;
    default:
        return v;
    }
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    const QVariant na = normalised(a);
    const QVariant nb = normalised(b);
    if (na.isNull() || nb.isNull())
        return na.isNull() && nb.isNull();
    if (na.typeId() == nb.typeId())
        return na == nb;
    // e.g. a TEXT column compared with a number a caller passed: compare as text.
    return na.toString() == nb.toString();
}

QString compactJson(const QVariantMap& map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap masked(const SyncedTable& table, QVariantMap values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (table.secretFields.contains(it.key()))
            it.value() = kMask;
    }
    return values;
}

Error finishedError()
{
    return internalError(QStringLiteral("WriteTransaction used after commit, failure or move"));
}

} // namespace

struct WriteTransaction::Impl
{
    QSqlDatabase db;
    Actor actor;
    QDateTime now;
    QString hlc;
    bool open = false;

    QString ident(const QString& name) const
    {
        return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
    }
    QString tableIdent(const QString& name) const
    {
        return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    }

    Result<const SyncedTable*> checkedTable(const QString& table, const QStringList& fieldNames) const
    {
        const SyncedTable* t = SyncedTables::find(table);
        if (!t)
            return internalError(QStringLiteral("table not declared as synced: %1").arg(table));
        for (const QString& f : fieldNames) {
            if (!t->fields.contains(f))
                return internalError(QStringLiteral("field not declared for %1: %2").arg(table, f));
        }
        return t;
    }

    Status writeOutbox(const QString& table, const QString& rowId, const QVariantMap& changed,
                       qint64 baseServerSeq)
    {
        QVariantMap json;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            json.insert(it.key(), normalised(it.value()));
        QSqlQuery q(db);
        return execQuery(q,
                         QStringLiteral("INSERT INTO sync_outbox (op_id, table_name, row_id, fields_json, "
                                        "base_server_seq, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {newUuid(), table, rowId, compactJson(json), baseServerSeq, hlc, toDbTime(now)});
    }

    Status writeAudit(const QString& action, const QString& entity, const QString& entityId,
                      const QVariantMap& before, const QVariantMap& after)
    {
        AuditEntry e;
        e.at = now;
        e.actorId = actor.userId;
        e.actorLogin = actor.login;
        e.action = action;
        e.entity = entity;
        e.entityId = entityId;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            e.before.insert(it.key(), normalised(it.value()));
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            e.after.insert(it.key(), normalised(it.value()));
        return AuditLog::append(db, e);
    }

    // Reads the row's declared fields plus server_seq; NotFound if missing or tombstoned.
    Result<QVariantMap> liveRow(const SyncedTable& t, const QString& id, qint64* serverSeq) const
    {
        QStringList cols;
        for (const QString& f : t.fields)
            cols << ident(f);
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT %1, server_seq, deleted FROM %2 WHERE id = ?")
                             .arg(cols.join(QStringLiteral(", ")), tableIdent(t.name)),
                         {id}));
        if (!q.next() || q.value(t.fields.size() + 1).toLongLong() != 0) {
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate(
                    "Services", "The record no longer exists; it may have been deleted meanwhile."),
                QStringLiteral("%1 %2").arg(t.name, id));
        }
        QVariantMap row;
        for (int i = 0; i < t.fields.size(); ++i)
            row.insert(t.fields.at(i), q.value(i));
        *serverSeq = q.value(t.fields.size()).toLongLong();
        return row;
    }
};

WriteTransaction::WriteTransaction()
    : d(std::make_unique<Impl>())
{}
WriteTransaction::WriteTransaction(WriteTransaction&&) noexcept = default;
WriteTransaction& WriteTransaction::operator=(WriteTransaction&& other) noexcept
{
    if (this != &other) {
        if (d && d->open)
            d->db.rollback();
        d = std::move(other.d);
    }
    return *this;
}

WriteTransaction::~WriteTransaction()
{
    if (d && d->open)
        d->db.rollback();
}

Result<WriteTransaction> WriteTransaction::begin(QSqlDatabase db, const Actor& actor, const Clock* clock)
{
    static std::once_flag declared;
    std::call_once(declared, [] { declareFoundationTables(); });

    if (!db.isOpen())
        return internalError(QStringLiteral("WriteTransaction::begin on a closed connection"));
    if (!db.transaction())
        return sqlError(db.lastError());

    WriteTransaction tx;
    tx.d->db = db;
    tx.d->actor = actor;
    tx.d->open = true; // from here on the destructor rolls back on every early return
    tx.d->now = Clock::nowOf(clock).toUTC();

    // The last HLC lives in the database, read and written inside this (write-locked)
    // transaction, so clocks stay monotonic across threads and processes on this file.
    QSqlQuery q(db);
    SW_TRY(execQuery(
        q, QStringLiteral("SELECT key, value FROM local_state WHERE key IN ('node_id', 'hlc_last')")));
    QString node;
    sync::Hlc last;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("node_id"))
            node = q.value(1).toString();
        else
            sync::Hlc::parse(q.value(1).toString(), &last);
    }
    q.finish();
    if (node.isEmpty())
        return internalError(QStringLiteral("local_state has no node_id"));
    const sync::Hlc next = sync::hlcTick(last, tx.d->now.toMSecsSinceEpoch(), node);
    tx.d->hlc = next.toString();
    QSqlQuery save(db);
    SW_TRY(execQuery(save,
                     QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES ('hlc_last', ?)"),
                     {tx.d->hlc}));
    return tx;
}

Result<QString> WriteTransaction::insert(const QString& table, QVariantMap fields, const QString& action)
{
    if (!d || !d->open)
        return finishedError();
    QString id = fields.take(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = newUuid();
    auto checked = d->checkedTable(table, fields.keys());
    if (!checked)
        return checked.error();
    const SyncedTable& t = **checked;

    QStringList cols{d->ident(QStringLiteral("id"))};
    QStringList marks{QStringLiteral("?")};
    QVariantList values{id};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        cols << d->ident(it.key());
        marks << QStringLiteral("?");
        values << normalised(it.value());
    }
    cols << QStringLiteral("hlc") << QStringLiteral("updated_by") << QStringLiteral("deleted")
         << QStringLiteral("server_seq");
    marks << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("0") << QStringLiteral("0");
    values << d->hlc << normalised(d->actor.userId);

    QSqlQuery q(d->db);
    SW_TRY(execQuery(
        q,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(d->tableIdent(table), cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        values));
    SW_TRY(d->writeOutbox(table, id, fields, 0));
    SW_TRY(d->writeAudit(action, table, id, {}, masked(t, fields)));
    return id;
}

Status WriteTransaction::update(const QString& table, const QString& id, const QVariantMap& fields,
                                const QString& action, Send send)
{
    if (!d || !d->open)
        return finishedError();
    auto checked = d->checkedTable(table, fields.keys());
    if (!checked)
        return checked.error();
    const SyncedTable& t = **checked;

    qint64 serverSeq = 0;
    auto current = d->liveRow(t, id, &serverSeq);
    if (!current)
        return current.error();

    QVariantMap before;
    QVariantMap after;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant old = current->value(it.key());
        if (send == Send::All || !sameValue(old, it.value())) {
            before.insert(it.key(), old);
            after.insert(it.key(), it.value());
        }
    }
    if (after.isEmpty())
        return {}; // nothing changed: no row touch, no outbox, no audit

    QStringList sets;
    QVariantList values;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        sets << QStringLiteral("%1 = ?").arg(d->ident(it.key()));
        values << normalised(it.value());
    }
    sets << QStringLiteral("hlc = ?") << QStringLiteral("updated_by = ?");
    values << d->hlc << normalised(d->actor.userId) << id;
    QSqlQuery q(d->db);
    SW_TRY(execQuery(q,
                     QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                         .arg(d->tableIdent(table), sets.join(QStringLiteral(", "))),
                     values));
    SW_TRY(d->writeOutbox(table, id, after, serverSeq));
    return d->writeAudit(action, table, id, masked(t, before), masked(t, after));
}

Status WriteTransaction::remove(const QString& table, const QString& id, const QString& action)
{
    if (!d || !d->open)
        return finishedError();
    auto checked = d->checkedTable(table, {});
    if (!checked)
        return checked.error();
    const SyncedTable& t = **checked;

    qint64 serverSeq = 0;
    auto current = d->liveRow(t, id, &serverSeq);
    if (!current)
        return current.error();

    QSqlQuery q(d->db);
    SW_TRY(execQuery(q,
                     QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?, updated_by = ? WHERE id = ?")
                         .arg(d->tableIdent(table)),
                     {d->hlc, normalised(d->actor.userId), id}));
    const QVariantMap tombstone{{QStringLiteral("deleted"), qlonglong(1)}};
    SW_TRY(d->writeOutbox(table, id, tombstone, serverSeq));
    // The audit keeps what the row held, so a removal can be understood later.
    QVariantMap before = masked(t, *current);
    before.insert(QStringLiteral("deleted"), qlonglong(0));
    return d->writeAudit(action, table, id, before, tombstone);
}

Status WriteTransaction::restore(const QString& table, const QString& id, const QVariantMap& fields,
                                 const QString& action)
{
    if (!d || !d->open)
        return finishedError();
    auto checked = d->checkedTable(table, fields.keys());
    if (!checked)
        return checked.error();
    const SyncedTable& t = **checked;

    QStringList cols;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        cols << d->ident(it.key());
    cols << QStringLiteral("server_seq") << QStringLiteral("deleted");
    QSqlQuery read(d->db);
    SW_TRY(execQuery(read,
                     QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                         .arg(cols.join(QStringLiteral(", ")), d->tableIdent(table)),
                     {id}));
    if (!read.next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "Services", "The record no longer exists; it may have been deleted meanwhile."),
                         QStringLiteral("%1 %2").arg(table, id));
    }
    const int n = int(fields.size());
    if (read.value(n + 1).toLongLong() == 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("Services",
                                                     "The record was changed meanwhile; reload and try again."),
                         QStringLiteral("restore of a live row: %1 %2").arg(table, id));
    }
    QVariantMap before;
    int i = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it, ++i)
        before.insert(it.key(), read.value(i));
    before.insert(QStringLiteral("deleted"), qlonglong(1));
    const qint64 serverSeq = read.value(n).toLongLong();
    read.finish();

    QStringList sets{QStringLiteral("deleted = 0")};
    QVariantList values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        sets << QStringLiteral("%1 = ?").arg(d->ident(it.key()));
        values << normalised(it.value());
    }
    sets << QStringLiteral("hlc = ?") << QStringLiteral("updated_by = ?");
    values << d->hlc << normalised(d->actor.userId) << id;
    QSqlQuery q(d->db);
    SW_TRY(execQuery(q,
                     QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                         .arg(d->tableIdent(table), sets.join(QStringLiteral(", "))),
                     values));
    QVariantMap after = fields;
    after.insert(QStringLiteral("deleted"), qlonglong(0));
    SW_TRY(d->writeOutbox(table, id, after, serverSeq));
    return d->writeAudit(action, table, id, masked(t, before), masked(t, after));
}

Status WriteTransaction::audit(const QString& action, const QString& entity, const QString& entityId,
                               const QVariantMap& before, const QVariantMap& after)
{
    if (!d || !d->open)
        return finishedError();
    return d->writeAudit(action, entity, entityId, before, after);
}

Status WriteTransaction::commit()
{
    if (!d || !d->open)
        return finishedError();
    if (!d->db.commit()) {
        const QSqlError error = d->db.lastError();
        d->db.rollback();
        d->open = false;
        return sqlError(error);
    }
    d->open = false;
    return {};
}

QSqlDatabase WriteTransaction::database() const
{
    return d->db;
}

const Actor& WriteTransaction::actor() const
{
    return d->actor;
}

QString WriteTransaction::hlc() const
{
    return d->hlc;
}

} // namespace sw::services
