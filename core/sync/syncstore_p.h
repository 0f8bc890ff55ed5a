#pragma once

// Private to SyncStore: the local transaction and the applier of server rows.

#include "result.h"
#include "sync/applyhooks.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace sw::storage {
class RawStatement;
}

namespace sw::sync::detail {

// "The server sent an answer this workstation cannot use; nothing was changed."
Error protocolError(const QString& detail);

// A null QString binds as SQL NULL; the sync columns are NOT NULL text.
inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
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
    explicit LocalTransaction(QSqlDatabase db, Keys keys = Keys::Enforced);
    ~LocalTransaction();
    LocalTransaction(const LocalTransaction&) = delete;
    LocalTransaction& operator=(const LocalTransaction&) = delete;
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    Keys m_keys;
    bool m_open = false;
};

// Applies rows of one page (or the current rows of refusals) inside a transaction, with
// prepared statements per table and set of columns on the SQLite C API: a live row is an
// insert when new, else an update; a tombstone an update (a tombstone of a row never seen
// changes nothing); a removal a delete.
class RowApplier
{
public:
    explicit RowApplier(QSqlDatabase db);
    ~RowApplier();
    RowApplier(const RowApplier&) = delete;
    RowApplier& operator=(const RowApplier&) = delete;

    // A new page: the outbox may have grown since the last one, and the page's own
    // applied rows and clock start empty (the prepared statements stay). With `deferred`
    // the area hooks note their derived work instead of doing it (AppliedRows::deferred).
    Status loadPending(bool deferred = false);
    Status apply(const RowState& row);
    // hlcReceive over the largest clock applied, then the area hooks.
    Status finish(const QDateTime& now);

private:
    storage::RawStatement* statement(const QString& key, const std::function<QString()>& sql);
    void noteApplied(const RowState& row);
    Status takeOverUniqueValues(const RowState& row, const QString& tableIdent, const QSet<QString>* pending);

    QSqlDatabase m_db;
    sqlite3* m_raw = nullptr;
    QHash<QString, QSet<QString>> m_pending;
    QHash<QString, std::shared_ptr<storage::RawStatement>> m_statements;
    AppliedRows m_applied;
    bool m_deferred = false;
    QString m_maxHlc;
};

} // namespace sw::sync::detail
