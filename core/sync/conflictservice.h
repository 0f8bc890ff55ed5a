#pragma once

// Changes the server refused (docs/sync-protocol.md "push"), kept in the local
// sync_conflicts table until a person resolves them. Nothing is dropped silently:
// every refused op becomes one row here, with the translated reason, the change the
// user made and the server's version of the row (which sync has applied locally).
//
// Resolving:
// - reapply: the user's fields written again on top of the current row, as a new
//   change through WriteTransaction (new op, new HLC) — it may be refused again,
//   which gives a new conflict;
// - discard: the change is dropped (the UI confirms first); the server's version stays.
// Both are audited. Any signed-in user may see their own conflicts; admins all.

#include "result.h"
#include "services/actor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace sw { class Clock; }
namespace sw::storage { class Database; }
namespace sw::services { class WriteTransaction; }

namespace sw::sync {

struct Conflict
{
    QString id;
    QString opId;
    QString table;
    QString rowId;
    QJsonObject fields;       // the refused change
    QString code;             // protocol refusal code
    QString reason;           // translated for display (from code)
    QJsonObject serverFields; // the server's current row (empty if none)
    qint64 serverSeq = 0;
    QString authorId;         // who made the change
    QDateTime refusedAt;
    QDateTime resolvedAt;     // invalid while open
    QString resolution;       // "reapplied" | "discarded"
};

class ConflictService
{
public:
    ConflictService(storage::Database& db, services::Actor actor, const Clock* clock = nullptr);

    Result<QList<Conflict>> open() const; // unresolved, newest first
    Result<int> openCount() const;
    Status reapply(const QString& conflictId);
    Status discard(const QString& conflictId);

    // The translated text for a refusal code (unknown codes get a generic sentence).
    static QString reasonFor(const QString& code);

private:
    Status resolve(const QString& conflictId,
                   const std::function<Status(services::WriteTransaction&, const Conflict&, const QDateTime&)>& how);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::sync
