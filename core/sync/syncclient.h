#pragma once

// The workstation side of sync (SYNC.md, docs/sync-protocol.md): signs in to the
// server with the user's own account, then pushes the outbox and pulls what changed,
// on a worker thread with its own database connection and its own
// QNetworkAccessManager. The GUI thread only calls these slots and listens to the
// signals; nothing here blocks it.
//
// - One sync = push (outbox in seq order, batches of ≤ 500 ops) then pull (pages until
//   "more" is false, each page applied in one local transaction, cursor stored with it).
// - Accepted ops leave the outbox; refused ones move to sync_conflicts (with the
//   server's current row, which is applied locally) — see ConflictService.
// - Server unreachable: state Offline, automatic retries with exponential backoff
//   (5 s doubling to 5 min) while signed in; "Sync now" retries at once.
// - Periodic sync every Settings::intervalSecs while signed in.
// - The token lives in memory only (never in settings or logs); the password is used
//   for one login request and wiped.

#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace sw::storage { class Database; }

namespace sw::sync {

class SyncClient : public QObject
{
    Q_OBJECT
public:
    enum class State { NotConfigured, SignedOut, SigningIn, Idle, Pushing, Pulling, Offline, Failed };
    Q_ENUM(State)

    struct Settings
    {
        QUrl serverUrl;            // https://host:port (http only if the user typed it)
        QString caCertificateFile; // PEM; empty = the system's CAs
        int intervalSecs = 300;
    };

    explicit SyncClient(storage::Database& db, QObject* parent = nullptr);
    ~SyncClient() override; // stops the worker (cancels a running sync)

    State state() const;
    QDateTime lastSyncAt() const; // UTC; invalid before the first complete sync
    qint64 pendingChanges() const; // outbox records
    QString lastError() const;     // translated; empty when the last sync worked

    // Workstation-local sync settings: stored in local_state (not synced, no secrets).
    static Settings loadSettings(storage::Database& db);
    // Refuses (InvalidInput, translated) a URL that is not http(s)://host[:port], an
    // unreadable CA file or an interval outside 0 (manual only) … 86400 s.
    static Status saveSettings(storage::Database& db, const Settings& settings);

public Q_SLOTS:
    void configure(const sw::sync::SyncClient::Settings& settings);
    void signIn(const QString& login, const QString& password);
    void signOut();
    void syncNow();
    void cancel(); // a running pull stops after the current page (already applied pages stay)

Q_SIGNALS:
    void stateChanged(sw::sync::SyncClient::State state);
    void signedIn(const QString& displayName);
    void signInFailed(const QString& message); // translated
    void progress(qint64 rowsDone, qint64 rowsEstimated); // during a pull; estimated may be 0
    // The end of a large pull: the search index and due times of the rows it brought are
    // being built (seconds at 100 000 tickets; it cannot be cancelled).
    void indexing();
    void syncFinished(bool ok, const QString& message); // message translated, empty on success
    void pendingChangesChanged(qint64 count);
    void conflictsChanged(int open);
    // A sync applied rows from the server to these tables (panes showing them refresh).
    void rowsArrived(const QStringList& tables);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sw::sync
