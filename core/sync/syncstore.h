#pragma once

// The local-database side of sync (core/sync/README.md), without any network: what to
// push next, what the server's verdicts change, how a pulled page is applied, and the
// workstation-local sync state in local_state. SyncClient's worker calls these on its
// own connection; the unit tests call them directly. Every function that writes runs
// one local transaction of its own and commits all of it or nothing.

#include "result.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>

#include <memory>
#include <QString>

namespace sw::sync {

class SyncStore
{
public:
    // --- outbox ---
    // The oldest outbox records (seq order), at most maxOps and about maxBytes of JSON
    // (always at least one record when any is waiting).
    static Result<QList<Op>> nextBatch(QSqlDatabase db, int maxOps, qint64 maxBytes);
    static Result<qint64> pendingCount(QSqlDatabase db);

    // Applies the server's verdicts for `ops` (same order, same op ids — anything else
    // is refused as a protocol error and changes nothing): accepted ops leave the outbox
    // and give the row its server_seq; refused ops become sync_conflicts rows (author
    // `userId`) and the server's current row, when there is one, is applied locally.
    // Returns how many were refused.
    static Result<int> applyVerdicts(QSqlDatabase db, const QList<Op>& ops, const QList<Verdict>& verdicts,
                                     const QString& userId, const QDateTime& now);

    // --- pull ---
    // Applies one page and stores response.next as the cursor, in one transaction.
    // Declared fields only; fields with a pending outbox change keep their local value
    // (the server decides them when that change is pushed); removals delete the local
    // row (unless it has pending changes); tombstones of rows never seen are skipped;
    // a live row takes over a unique value (login, team name, calendar day) from a
    // different local row, which is tombstoned locally. The HLC moves past the page's
    // clocks (hlcReceive) and the ApplyHooks run before the commit.
    static Status applyPage(QSqlDatabase db, const PullResponse& page, const QDateTime& now);
    // The same for the pages of one pull, keeping its prepared statements from page to
    // page (a first pull of a large database is hundreds of pages).
    class PageApplier
    {
    public:
        explicit PageApplier(QSqlDatabase db);
        ~PageApplier();
        PageApplier(const PageApplier&) = delete;
        PageApplier& operator=(const PageApplier&) = delete;
        // With `deferDerived`, the areas note in sync_deferred what their derived data
        // must be rebuilt for instead of rebuilding it per page; finishDeferred() does it.
        Status apply(const PullResponse& page, const QDateTime& now, bool deferDerived = false);

    private:
        struct Impl;
        std::unique_ptr<Impl> d;
    };

    // Rebuilds the derived data that pages applied with deferDerived left noted in
    // sync_deferred (ApplyHooks::finish), in one transaction; nothing to do is one read.
    // Called at the end of every pull, whatever its outcome, so an interrupted pull's
    // notes are done by the next one.
    static Status finishDeferred(QSqlDatabase db, const QDateTime& now);
    // Whether finishDeferred() has work (a failed read counts as none).
    static bool hasDeferred(QSqlDatabase db);
    // Whether a pull with this many rows still to come defers its derived data.
    static bool worthDeferring(qint64 rowsToCome);

    // --- attachment contents (PUT/GET /v1/blobs) ---
    // Hashes of attachment contents the server may not have: rows it knows or will know
    // (server_seq > 0 or waiting in the outbox) whose content was never sent.
    static Result<QStringList> blobsToUpload(QSqlDatabase db, int limit);
    static Result<QByteArray> blobContent(QSqlDatabase db, const QString& sha256);
    static Status markBlobSent(QSqlDatabase db, const QString& sha256);
    // Hashes of live attachment rows without their content (arrived by pull).
    static Result<QStringList> blobsToDownload(QSqlDatabase db, int limit, const QStringList& skip);
    // Stores a downloaded content into every attachment with that hash; refuses content
    // that does not match the hash (nothing written).
    static Status storeBlob(QSqlDatabase db, const QString& sha256, const QByteArray& content);

    // --- local state (never synced, no secrets) ---
    static qint64 cursor(QSqlDatabase db);
    // The cursor belongs to one server and one user (their scope): a different pair
    // starts again from 0. Returns true when the cursor was reset.
    static Result<bool> bindCursor(QSqlDatabase db, const QString& serverUrl, const QString& userId);
    static QDateTime lastSyncAt(QSqlDatabase db);
    static Status setLastSyncAt(QSqlDatabase db, const QDateTime& at);
    static QString stateValue(QSqlDatabase db, const QString& key);
    static Status setStateValues(QSqlDatabase db, const QList<QPair<QString, QString>>& values);

    // --- conflicts ---
    // Open (unresolved) conflicts of `authorId`, or of everybody when authorId is empty.
    static Result<int> openConflictCount(QSqlDatabase db, const QString& authorId = {});
};

} // namespace sw::sync
