#pragma once

// The audit log: append-only, each entry holds the SHA-256 of the previous one,
// so editing or deleting an entry breaks the chain and verify() finds it.

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

namespace sw::services {

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actorId;
    QString actorLogin;
    QString action;   // e.g. "user.create", "login.failed"
    QString entity;   // table or subject, e.g. "users"
    QString entityId;
    QVariantMap before;
    QVariantMap after;
    QString prevHash; // hex
    QString hash;     // hex
};

class AuditLog
{
public:
    // Appends inside the caller's open transaction (WriteTransaction does this).
    static Status append(QSqlDatabase db, AuditEntry entry);

    // Walks the whole chain. Ok(count) when intact; ErrorCode::Conflict with a
    // message naming the first broken entry otherwise.
    static Result<qint64> verify(QSqlDatabase db);

    // Newest first, for the UI.
    static Result<QList<AuditEntry>> recent(QSqlDatabase db, int limit);
};

} // namespace sw::services
