#include "pushhandler.h"

#include "rowstore.h"
#include "serverrules.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace sw::server {

namespace {

// Verdicts are stored in the wire format, so a retry gets byte-for-byte the same answer.
QString verdictJson(const sync::Verdict& v)
{
    return QString::fromUtf8(sync::protocol::pushResponse({v}));
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

// One push, set-based: the verdicts already given and every row the ops touch are read
// in a few statements, the ops are decided one after another in memory (each sees the
// rows as the ops before it left them, exactly as if they had been written), and the
// changed rows and new verdicts are written in a few statements at the end.
class Batch : public RowLookup
{
public:
    Batch(QSqlDatabase db, const UserContext& user) : m_db(db), m_user(user) {}

    std::optional<sync::RowState> row(const QString& table, const QString& rowId) const override;
    QList<sync::RowState> rowsWhere(const QString& table, const QString& column,
                                    const QString& value) const override;

    bool load(const QList<sync::Op>& ops);
    bool decide(const QList<sync::Op>& ops, QList<sync::Verdict>* verdicts);
    bool write();

private:
    sync::Verdict decideOne(const sync::Op& op, bool* failed);
    bool inScope(const sync::Op& op, const std::optional<StoredRow>& current, const QJsonObject& merged) const;
    bool uniqueTaken(const sync::Op& op, const QJsonObject& merged, bool deleted, bool* failed) const;
    static QString uniqueColumn(const QString& table);
    bool loadNeeds(const QList<sync::Op>& ops, QSet<QString>* asked);
    void indexRow(const QString& k);
    static QString indexKey(const QString& table, const QString& column, const QString& value);

    QSqlDatabase m_db;
    const UserContext& m_user;
    QHash<QString, sync::Verdict> m_given; // op id → verdict (stored before, or given in this push)
    RowMap m_rows;                          // the rows as this push leaves them
    QHash<QString, QStringList> m_index;    // indexKey → keys of m_rows (ServerRules::lookupColumns)
    QSet<QString> m_dirty;                  // keys of m_rows to write
    QStringList m_dirtyOrder;
    QList<std::pair<QString, QString>> m_newVerdicts; // op id, verdict JSON
    QList<qint64> m_seqs;                   // fresh server_seq values, used in order
    qsizetype m_nextSeq = 0;
};

bool Batch::load(const QList<sync::Op>& ops)
{
    QStringList opIds;
    for (const sync::Op& op : ops)
        opIds << op.opId;
    QSqlQuery q(m_db);
    if (!PgStore::exec(q, QStringLiteral("SELECT op_id, verdict::text FROM applied_ops WHERE op_id IN "
                                         "(SELECT jsonb_array_elements_text(?::jsonb))"),
                       {RowStore::jsonArray(opIds)}))
        return false;
    while (q.next()) {
        const Result<QList<sync::Verdict>> parsed = sync::protocol::parsePushResponse(q.value(1).toString().toUtf8());
        if (!parsed || parsed.value().size() != 1)
            return false;
        m_given.insert(q.value(0).toString(), parsed.value().first());
    }

    QList<std::pair<QString, QString>> keys;
    QSet<QString> asked;
    int fresh = 0;
    for (const sync::Op& op : ops) {
        if (m_given.contains(op.opId))
            continue;
        ++fresh;
        const QString k = RowStore::key(op.table, op.rowId);
        if (!asked.contains(k)) {
            asked.insert(k);
            keys.append({op.table, op.rowId});
        }
    }
    if (!RowStore::loadMany(m_db, keys, true, &m_rows))
        return false;

    // The tickets that decide the scope of rows following a ticket.
    QList<std::pair<QString, QString>> tickets;
    for (const sync::Op& op : ops) {
        const QString column = ServerRules::ticketColumn(op.table);
        if (column.isEmpty() || m_given.contains(op.opId))
            continue;
        // The op's ticket or the stored one, whichever wins the merge.
        const std::optional<StoredRow> current = m_rows.value(RowStore::key(op.table, op.rowId));
        for (const QString& ticketId : {op.fields.value(column).toString(),
                                        current ? current->state.fields.value(column).toString() : QString()}) {
            const QString k = RowStore::key(QStringLiteral("tickets"), ticketId);
            if (!ticketId.isEmpty() && !asked.contains(k)) {
                asked.insert(k);
                tickets.append({QStringLiteral("tickets"), ticketId});
            }
        }
    }
    if (!RowStore::loadMany(m_db, tickets, false, &m_rows) || !loadNeeds(ops, &asked))
        return false;
    // At most one fresh server_seq per op; the ones a refused op leaves unused are gaps,
    // which pull never relies on.
    if (fresh > 0) {
        m_seqs = RowStore::nextSeqs(m_db, fresh);
        if (m_seqs.isEmpty())
            return false;
    }
    return true;
}

// The other rows the per-table rules read (ServerRules::needs): a few statements for the
// whole push, never one per op.
bool Batch::loadNeeds(const QList<sync::Op>& ops, QSet<QString>* asked)
{
    RowNeeds needs;
    for (const sync::Op& op : ops) {
        if (m_given.contains(op.opId))
            continue;
        const std::optional<StoredRow> current = m_rows.value(RowStore::key(op.table, op.rowId));
        ServerRules::needs(op.table, op.rowId, op.fields,
                           current ? std::optional<sync::RowState>(current->state) : std::nullopt, &needs);
    }
    QList<std::pair<QString, QString>> rows;
    for (const auto& [table, rowId] : std::as_const(needs.rows)) {
        const QString k = RowStore::key(table, rowId);
        if (!asked->contains(k)) {
            asked->insert(k);
            rows.append({table, rowId});
        }
    }
    if (!RowStore::loadMany(m_db, rows, false, &m_rows))
        return false;
    QHash<std::pair<QString, QString>, QStringList> where; // (table, column) → values
    QList<std::pair<QString, QString>> whereOrder;
    for (const auto& [table, column, value] : std::as_const(needs.where)) {
        const std::pair<QString, QString> tc{table, column};
        if (!where.contains(tc))
            whereOrder.append(tc);
        QStringList& values = where[tc];
        if (!values.contains(value))
            values.append(value);
    }
    for (const auto& tc : std::as_const(whereOrder)) {
        RowMap found;
        if (!RowStore::loadWhere(m_db, tc.first, tc.second, where.value(tc), &found))
            return false;
        for (auto it = found.begin(); it != found.end(); ++it)
            if (!m_rows.contains(it.key()))
                m_rows.insert(it.key(), it.value());
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        indexRow(it.key());
    return true;
}

QString Batch::indexKey(const QString& table, const QString& column, const QString& value)
{
    return table + QChar(0x1f) + column + QChar(0x1f) + value;
}

void Batch::indexRow(const QString& k)
{
    const std::optional<StoredRow> row = m_rows.value(k);
    if (!row)
        return;
    for (const auto& [table, column] : ServerRules::lookupColumns()) {
        if (row->state.table != table)
            continue;
        QStringList& keys = m_index[indexKey(table, column, row->state.fields.value(column).toString())];
        if (!keys.contains(k))
            keys.append(k);
    }
}

std::optional<sync::RowState> Batch::row(const QString& table, const QString& rowId) const
{
    const std::optional<StoredRow> found = m_rows.value(RowStore::key(table, rowId));
    if (!found)
        return std::nullopt;
    return found->state;
}

QList<sync::RowState> Batch::rowsWhere(const QString& table, const QString& column,
                                       const QString& value) const
{
    QList<sync::RowState> out;
    for (const QString& k : m_index.value(indexKey(table, column, value))) {
        const std::optional<StoredRow>& found = *m_rows.constFind(k);
        // A row whose value changed later in the push stays in the old index entry.
        if (found && !found->state.deleted && found->state.fields.value(column).toString() == value)
            out.append(found->state);
    }
    return out;
}

bool Batch::decide(const QList<sync::Op>& ops, QList<sync::Verdict>* verdicts)
{
    for (const sync::Op& op : ops) {
        if (const auto it = m_given.constFind(op.opId); it != m_given.constEnd()) {
            verdicts->append(*it);
            continue;
        }
        bool failed = false;
        sync::Verdict v = decideOne(op, &failed);
        if (failed)
            return false;
        // The server's row goes back to its author as that user may see it.
        if (v.current)
            v.current->fields = ServerRules::visibleFields(m_user, v.current->table, v.current->fields);
        m_given.insert(op.opId, v);
        m_newVerdicts.append({op.opId, verdictJson(v)});
        verdicts->append(v);
    }
    return true;
}

sync::Verdict Batch::decideOne(const sync::Op& op, bool* failed)
{
    const QString k = RowStore::key(op.table, op.rowId);
    const std::optional<StoredRow> current = m_rows.value(k);

    const qint64 opMs = op.hlc.left(13).toLongLong();
    if (opMs > QDateTime::currentMSecsSinceEpoch() + PushHandler::kMaxClockAheadMs)
        return refuse(op, QStringLiteral("clock_ahead"),
                      QStringLiteral("The workstation clock is more than 10 minutes ahead of the server."), current);
    if (const RuleVerdict may = ServerRules::mayWrite(m_user, op.table); !may.ok)
        return refuse(op, may.code, may.reason, current);

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
    if (!inScope(op, current, merged))
        return refuse(op, QStringLiteral("out_of_scope"), QStringLiteral("The row is outside your scope."), current);
    if (uniqueTaken(op, merged, deleted, failed) || *failed)
        return refuse(op, QStringLiteral("duplicate"),
                      QStringLiteral("Another row already uses this %1.").arg(uniqueColumn(op.table)), current);
    if (current && current->state.deleted && !undeletes)
        return refuse(op, QStringLiteral("row_deleted"), QStringLiteral("The row was deleted on the server."), current);
    const std::optional<sync::RowState> before =
        current ? std::optional<sync::RowState>(current->state) : std::nullopt;
    const RuleVerdict wf = ServerRules::checkRow(m_user, op.table, before, merged, deleted, *this);
    if (!wf.ok)
        return refuse(op, wf.code, wf.reason, current);

    row.state.fields = merged;
    row.state.deleted = deleted;
    if (op.hlc > row.state.hlc)
        row.state.hlc = op.hlc;
    row.state.updatedBy = m_user.id;
    row.state.serverSeq = m_seqs.at(m_nextSeq++);
    m_rows.insert(k, row);
    indexRow(k);
    if (!m_dirty.contains(k)) {
        m_dirty.insert(k);
        m_dirtyOrder << k;
    }
    sync::Verdict v;
    v.opId = op.opId;
    v.accepted = true;
    v.serverSeq = row.state.serverSeq;
    return v;
}

// The scope check of ticket rows and rows that follow a ticket.
bool Batch::inScope(const sync::Op& op, const std::optional<StoredRow>& current, const QJsonObject& merged) const
{
    if (op.table == QLatin1String("tickets"))
        return ServerRules::ticketInScope(m_user, current ? current->state.fields : merged);
    const QString column = ServerRules::ticketColumn(op.table);
    if (column.isEmpty())
        return true;
    const std::optional<StoredRow> ticket =
        m_rows.value(RowStore::key(QStringLiteral("tickets"), merged.value(column).toString()));
    return !ticket || ServerRules::ticketInScope(m_user, ticket->state.fields);
}

QString Batch::uniqueColumn(const QString& table)
{
    if (table == QLatin1String("users"))
        return QStringLiteral("login");
    if (table == QLatin1String("teams"))
        return QStringLiteral("name");
    return {};
}

// Values that are unique among live rows on every workstation (a login, a team name):
// another live row holding it — stored, or as this push left it — makes the op a
// "duplicate" refusal.
bool Batch::uniqueTaken(const sync::Op& op, const QJsonObject& merged, bool deleted, bool* failed) const
{
    const QString column = uniqueColumn(op.table);
    if (column.isEmpty() || deleted || !op.fields.contains(column) || !merged.value(column).isString())
        return false;
    const QString value = merged.value(column).toString();
    QStringList changedHere{op.rowId};
    for (const QString& k : m_dirtyOrder) {
        const std::optional<StoredRow>& other = m_rows.value(k);
        if (!other || other->state.table != op.table || other->state.rowId == op.rowId)
            continue;
        if (!other->state.deleted && other->state.fields.value(column).toString() == value)
            return true;
        changedHere << other->state.rowId;
    }
    QSqlQuery q(m_db);
    if (!PgStore::exec(q,
                       QStringLiteral("SELECT 1 FROM sync_rows WHERE table_name = ? AND fields->>'%1' = ? AND NOT deleted "
                                      "AND row_id NOT IN (SELECT jsonb_array_elements_text(?::jsonb)) LIMIT 1")
                           .arg(column),
                       {op.table, value, RowStore::jsonArray(changedHere)})) {
        *failed = true;
        return false;
    }
    return q.next();
}

bool Batch::write()
{
    QList<const StoredRow*> rows;
    rows.reserve(m_dirtyOrder.size());
    for (const QString& k : std::as_const(m_dirtyOrder))
        rows << &*m_rows.constFind(k).value();
    if (!RowStore::saveMany(m_db, rows))
        return false;
    for (qsizetype from = 0; from < m_newVerdicts.size(); from += RowStore::kChunk) {
        QString sql = QStringLiteral("INSERT INTO applied_ops (op_id, verdict) VALUES ");
        QVariantList values;
        for (qsizetype i = from; i < std::min(m_newVerdicts.size(), from + RowStore::kChunk); ++i) {
            sql += i > from ? QStringLiteral(",(?, ?::jsonb)") : QStringLiteral("(?, ?::jsonb)");
            values << m_newVerdicts[i].first << m_newVerdicts[i].second;
        }
        QSqlQuery q(m_db);
        if (!PgStore::exec(q, sql, values))
            return false;
    }
    return true;
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
    if (!db.transaction())
        return out;
    // Serializes pushes, and seq assignment with commit: a reader never sees seq N+1
    // before N, and two pushes never merge into the same row from stale copies.
    QSqlQuery lock(db);
    Batch batch(db, user);
    if (!PgStore::exec(lock, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSeqLockKey}) || !batch.load(ops)
        || !batch.decide(ops, &out.verdicts) || !batch.write() || !db.commit()) {
        db.rollback();
        out.verdicts.clear();
        return out;
    }
    out.status = 200;
    return out;
}

} // namespace sw::server
