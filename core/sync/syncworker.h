#pragma once

// SyncClient's worker (core/sync/README.md): lives on SyncClient's QThread, owns that
// thread's database connection and QNetworkAccessManager, and runs sign-in and the
// push-then-pull cycle. Private to core/sync.

#include "sync/protocol.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <atomic>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sw::sync {

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(storage::Database& db, std::atomic<bool>* cancelFlag);
    ~SyncWorker() override;

    // All slots run on the worker thread (queued from SyncClient).
    void start(); // first call on the thread: timers, pending count, settings
    void configure(const SyncClient::Settings& settings);
    void signIn(const QString& login, QString password);
    void signOut();
    void syncNow();
    void shutdown(); // aborts a running request; the thread then ends

Q_SIGNALS:
    void stateChanged(sw::sync::SyncClient::State state, const QString& error);
    void signedIn(const QString& displayName);
    void signInFailed(const QString& message);
    void progress(qint64 rowsDone, qint64 rowsEstimated);
    void indexing();
    void syncFinished(bool ok, const QString& message, const QDateTime& lastSyncAt);
    void pendingChangesChanged(qint64 count);
    void conflictsChanged(int open);
    void rowsArrived(const QStringList& tables);

private:
    struct Reply
    {
        int status = 0;          // HTTP status, 0 when no answer arrived
        QByteArray body;
        QString networkError;    // translated; empty when an HTTP answer arrived
        bool aborted = false;
    };
    Reply request(const QByteArray& method, const QString& path, const QByteArray& body,
                  const QByteArray& contentType = QByteArrayLiteral("application/json"));
    // The two halves of request(): send (nullptr and *networkError when it cannot be sent)
    // and wait for the answer. abandon() drops a sent request nobody will wait for.
    QNetworkReply* startRequest(const QByteArray& method, const QString& path, const QByteArray& body,
                                const QByteArray& contentType, QString* networkError);
    Reply finishRequest(QNetworkReply* reply);
    void abandon(QNetworkReply* reply);
    void runSync();
    enum class Step { Done, Failed, Offline, SignedOut, Cancelled };
    Step push(QString* message);
    Step pull(QString* message);
    Step pullPages(QString* message);
    Step uploadBlobs(QString* message);
    Step downloadBlobs(QString* message);
    Step httpFailure(const Reply& reply, QString* message);
    void setState(SyncClient::State state, const QString& error = {});
    void scheduleRetry();
    void refreshCounts();
    void restartPeriodic();

    storage::Database& m_db;
    std::atomic<bool>* m_cancel;
    QNetworkAccessManager* m_nam = nullptr;
    QPointer<QNetworkReply> m_current;
    QTimer* m_periodic = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_poll = nullptr;
    SyncClient::Settings m_settings;
    SyncClient::State m_state = SyncClient::State::NotConfigured;
    QString m_token;
    UserInfo m_user;
    int m_backoffSecs = 0;
    bool m_busy = false;
    bool m_again = false;
    bool m_stopping = false;
    qint64 m_lastPending = -1;
    int m_lastConflicts = -1;
    QSet<QString> m_arrived; // tables that received rows during the current sync
};

} // namespace sw::sync
