#include "pushhandler.h"

#include "rowstore.h"
#include "serverrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace sw::server {

namespace {

// Verdicts are stored in the wire format, so a retry gets byte-for-byte the same answer.
QString verdictJson(const sync::Verdict& v)
{
    return QString::fromUtf8(sync::protocol::pushResponse({v}));
}

std::optional<sync::Verdict> storedVerdict(QSqlDatabase db, const QString& opId, bool* failed)
{
    QSqlQuery q(db);
    if (!PgStore::exec(q, QStringLiteral("SELECT verdict::text FROM applied_ops WHERE op_id = ?"), {opId})) {
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const Result<QList<sync::Verdict>> parsed = sync::protocol::parsePushResponse(q.value(0).toString().toUtf8());
    if (!parsed || parsed.value().size() != 1) {
        *failed = true;
        return std::nullopt;
    }
    return parsed.value().first();
}

sync::Verdict refuse(const sync::Op& op, const QString& code, const QString& reason,
                     const std::optional<StoredRow>& current)
{
    sync::Verdict v;
    v.opId = op.opId;
    v.code = code;
    v.reason = reason;
    if (current)
        v.current = current->state;
    return v;
}

// The scope check of ticket rows and rows that follow a ticket.
bool inScope(QSqlDatabase db, const UserContext& user, const sync::Op& op, const std::optional<StoredRow>& current,
             const QJsonObject& merged, bool* failed)
{
    if (op.table == QLatin1String("tickets"))
        return ServerRules::ticketInScope(user, current ? current->state.fields : merged);
    const QString column = ServerRules::ticketColumn(op.table);
    if (column.isEmpty())
        return true;
    const std::optional<StoredRow> ticket =
        RowStore::load(db, QStringLiteral("tickets"), merged.value(column).toString(), false, failed);
    return !ticket || ServerRules::ticketInScope(user, ticket->state.fields);
}

// Values that are unique among live rows on every workstation (a login, a team name):
// another live row holding it makes the op a "duplicate" refusal.
bool uniqueTaken(QSqlDatabase db, const sync::Op& op, const QJsonObject& merged, bool deleted, bool* failed)
{
    QString column;
    if (op.table == QLatin1String("users"))
        column = QStringLiteral("login");
    else if (op.table == QLatin1String("teams"))
        column = QStringLiteral("name");
    if (column.isEmpty() || deleted || !op.fields.contains(column) || !merged.value(column).isString())
        return false;
    QSqlQuery q(db);
    if (!PgStore::exec(q,
                       QStringLiteral("SELECT 1 FROM sync_rows WHERE table_name = ? AND fields->>'%1' = ? "
                                      "AND row_id <> ? AND NOT deleted LIMIT 1")
                           .arg(column),
                       {op.table, merged.value(column).toString(), op.rowId})) {
        *failed = true;
        return false;
    }
    return q.next();
}

// One op; false on a database fault (the caller rolls back to the savepoint).
bool applyOp(QSqlDatabase db, const UserContext& user, const sync::Op& op, sync::Verdict* out)
{
    bool failed = false;
    if (std::optional<sync::Verdict> stored = storedVerdict(db, op.opId, &failed)) {
        *out = *stored;
        return true;
    }
    if (failed)
        return false;
    std::optional<StoredRow> current = RowStore::load(db, op.table, op.rowId, true, &failed);
    if (failed)
        return false;

    const qint64 opMs = op.hlc.left(13).toLongLong();
    if (opMs > QDateTime::currentMSecsSinceEpoch() + PushHandler::kMaxClockAheadMs) {
        *out = refuse(op, QStringLiteral("clock_ahead"),
                      QStringLiteral("The workstation clock is more than 10 minutes ahead of the server."), current);
    } else if (const RuleVerdict may = ServerRules::mayWrite(user, op.table); !may.ok) {
        *out = refuse(op, may.code, may.reason, current);
    } else {
        StoredRow row = current.value_or(StoredRow{});
        row.state.table = op.table;
        row.state.rowId = op.rowId;
        QJsonObject merged = row.state.fields;
        bool deleted = row.state.deleted;
        // Per-field last writer wins by HLC (HLC strings sort in clock order).
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
            if (op.hlc <= row.fieldHlc.value(it.key()).toString())
                continue;
            row.fieldHlc.insert(it.key(), op.hlc);
            if (it.key() == QLatin1String("deleted"))
                deleted = it.value().isBool() ? it.value().toBool() : it.value().toInteger() != 0;
            else
                merged.insert(it.key(), it.value());
        }
        const bool undeletes = op.fields.contains(QStringLiteral("deleted")) && !deleted;
        if (!inScope(db, user, op, current, merged, &failed)) {
            if (failed)
                return false;
            *out = refuse(op, QStringLiteral("out_of_scope"),
                          QStringLiteral("The row is outside your scope."), current);
        } else if (uniqueTaken(db, op, merged, deleted, &failed) || failed) {
            if (failed)
                return false;
            *out = refuse(op, QStringLiteral("duplicate"),
                          QStringLiteral("Another row already uses this %1.").arg(op.table == QLatin1String("users")
                                                                                      ? QStringLiteral("login")
                                                                                      : QStringLiteral("name")),
                          current);
        } else if (current && current->state.deleted && !undeletes) {
            *out = refuse(op, QStringLiteral("row_deleted"), QStringLiteral("The row was deleted on the server."),
                          current);
        } else if (const RuleVerdict wf = op.table == QLatin1String("tickets") && current
                                              ? ServerRules::ticketWorkflow(current->state.fields, merged)
                                              : RuleVerdict{};
                   !wf.ok) {
            *out = refuse(op, wf.code, wf.reason, current);
        } else {
            row.state.fields = merged;
            row.state.deleted = deleted;
            if (op.hlc > row.state.hlc)
                row.state.hlc = op.hlc;
            row.state.updatedBy = user.id;
            row.state.serverSeq = RowStore::nextSeq(db);
            if (row.state.serverSeq <= 0 || !RowStore::save(db, row))
                return false;
            out->opId = op.opId;
            out->accepted = true;
            out->serverSeq = row.state.serverSeq;
            out->code.clear();
            out->reason.clear();
            out->current.reset();
        }
    }
    // The server's row goes back to its author as that user may see it.
    if (out->current)
        out->current->fields = ServerRules::visibleFields(user, out->current->table, out->current->fields);
    QSqlQuery q(db);
    return PgStore::exec(q, QStringLiteral("INSERT INTO applied_ops (op_id, verdict) VALUES (?, ?::jsonb)"),
                         {op.opId, verdictJson(*out)});
}

} // namespace

PushOutcome PushHandler::handle(PgStore* store, const UserContext& user, const QList<sync::Op>& ops)
{
    PushOutcome out;
    QSqlDatabase db = store->connection();
    if (!db.isOpen()) {
        out.status = 503;
        return out;
    }
    QSqlQuery q(db);
    if (!db.transaction())
        return out;
    // Serializes seq assignment with commit: a reader never sees seq N+1 before N.
    if (!PgStore::exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSeqLockKey})) {
        db.rollback();
        return out;
    }
    for (const sync::Op& op : ops) {
        q.exec(QStringLiteral("SAVEPOINT op"));
        sync::Verdict v;
        if (!applyOp(db, user, op, &v)) {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT op"));
            db.rollback();
            return out;
        }
        q.exec(QStringLiteral("RELEASE SAVEPOINT op"));
        out.verdicts << v;
    }
    if (!db.commit())
        return out;
    out.status = 200;
    return out;
}

} // namespace sw::server
