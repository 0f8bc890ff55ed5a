#pragma once

// The shared write path of every service (ARCHITECTURE.md "services"):
// one local transaction that changes rows of synced tables, appends the sync
// outbox record for each change and the hash-chained audit entry, and commits
// all of it or nothing.
//
//     auto tx = WriteTransaction::begin(db, actor);
//     if (!tx) return tx.error();
//     auto id = tx->insert("teams", {{"name", name}}, "team.create");
//     if (!id) return id.error();          // destructor rolls back
//     SW_TRY(tx->commit());

#include "result.h"
#include "services/actor.h"

#include <QSqlDatabase>
#include <QVariantMap>

#include <memory>

namespace sw { class Clock; }

namespace sw::services {

class WriteTransaction
{
public:
    static Result<WriteTransaction> begin(QSqlDatabase db, const Actor& actor,
                                          const Clock* clock = nullptr);
    WriteTransaction(WriteTransaction&&) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) noexcept;
    ~WriteTransaction(); // rolls back unless committed

    // Inserts a row into a declared synced table. A missing "id" gets a new UUID.
    // Returns the row id. Sets hlc/updated_by/deleted=0/server_seq=0.
    Result<QString> insert(const QString& table, QVariantMap fields, const QString& action);

    // Changes the given fields of a live row; fields whose value does not change are
    // dropped; no change at all → no outbox record and no audit entry. With Send::All
    // every given field is written and sent as one new change even when the row already
    // holds the value (re-applying a change the server refused, ConflictService).
    enum class Send { Changed, All };
    Status update(const QString& table, const QString& id, const QVariantMap& fields,
                  const QString& action, Send send = Send::Changed);

    // Tombstones a row (deleted = 1).
    Status remove(const QString& table, const QString& id, const QString& action);

    // Brings a tombstoned row back (deleted = 0) with the given field values, for rows
    // whose id is derived from their content (e.g. one calendar day) and so must be
    // reused. The outbox record carries every given field and "deleted": 0. NotFound if
    // the row does not exist, Conflict if it is not tombstoned.
    Status restore(const QString& table, const QString& id, const QVariantMap& fields,
                   const QString& action);

    // An audit entry for something that is not a row change (sign-in, backup, …).
    Status audit(const QString& action, const QString& entity, const QString& entityId,
                 const QVariantMap& before = {}, const QVariantMap& after = {});

    Status commit();

    QSqlDatabase database() const;
    const Actor& actor() const;
    QString hlc() const; // the HLC of this transaction's changes

private:
    WriteTransaction();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sw::services
