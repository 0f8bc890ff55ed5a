#include "sync/syncclient.h"

#include "services/syncedtables.h"
#include "storage/database.h"
#include "sync/syncstore.h"
#include "sync/syncworker.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

#include <atomic>

namespace sw::sync {

namespace {

const QString kUrlKey = QStringLiteral("sync_server_url");
const QString kCaKey = QStringLiteral("sync_ca_file");
const QString kIntervalKey = QStringLiteral("sync_interval_secs");

} // namespace

struct SyncClient::Impl
{
    storage::Database& db;
    QThread thread;
    SyncWorker* worker = nullptr;
    std::atomic<bool> cancel{false};
    State state = State::NotConfigured;
    QDateTime lastSyncAt;
    qint64 pending = 0;
    QString lastError;

    explicit Impl(storage::Database& database) : db(database) {}
};

SyncClient::SyncClient(storage::Database& db, QObject* parent) : QObject(parent), d(std::make_unique<Impl>(db))
{
    qRegisterMetaType<sw::sync::SyncClient::State>();
    qRegisterMetaType<sw::sync::SyncClient::Settings>();
    services::declareAllSyncedTables();
    d->lastSyncAt = SyncStore::lastSyncAt(db.connection());

    d->worker = new SyncWorker(db, &d->cancel);
    d->worker->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("sync"));
    SyncWorker* worker = d->worker;
    connect(&d->thread, &QThread::finished, worker, [worker, &db] {
        delete worker; // on the worker thread, before its connection is released
        db.releaseThreadConnection();
    }, Qt::DirectConnection);

    connect(worker, &SyncWorker::stateChanged, this, [this](State state, const QString& error) {
        d->lastError = error;
        if (d->state == state)
            return;
        d->state = state;
        Q_EMIT stateChanged(state);
    });
    connect(worker, &SyncWorker::signedIn, this, &SyncClient::signedIn);
    connect(worker, &SyncWorker::signInFailed, this, &SyncClient::signInFailed);
    connect(worker, &SyncWorker::progress, this, &SyncClient::progress);
    connect(worker, &SyncWorker::indexing, this, &SyncClient::indexing);
    connect(worker, &SyncWorker::syncFinished, this, [this](bool ok, const QString& message, const QDateTime& at) {
        d->lastSyncAt = at;
        d->lastError = message;
        Q_EMIT syncFinished(ok, message);
    });
    connect(worker, &SyncWorker::pendingChangesChanged, this, [this](qint64 count) {
        d->pending = count;
        Q_EMIT pendingChangesChanged(count);
    });
    connect(worker, &SyncWorker::conflictsChanged, this, &SyncClient::conflictsChanged);
    connect(worker, &SyncWorker::rowsArrived, this, &SyncClient::rowsArrived);

    d->thread.start();
    QMetaObject::invokeMethod(worker, [worker] { worker->start(); }, Qt::QueuedConnection);
}

SyncClient::~SyncClient()
{
    d->cancel = true;
    SyncWorker* worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

SyncClient::State SyncClient::state() const
{
    return d->state;
}

QDateTime SyncClient::lastSyncAt() const
{
    return d->lastSyncAt;
}

qint64 SyncClient::pendingChanges() const
{
    return d->pending;
}

QString SyncClient::lastError() const
{
    return d->lastError;
}

SyncClient::Settings SyncClient::loadSettings(storage::Database& db)
{
    QSqlDatabase c = db.connection();
    Settings s;
    s.serverUrl = QUrl(SyncStore::stateValue(c, kUrlKey));
    s.caCertificateFile = SyncStore::stateValue(c, kCaKey);
    bool ok = false;
    const int interval = SyncStore::stateValue(c, kIntervalKey).toInt(&ok);
    if (ok && interval >= 0)
        s.intervalSecs = interval;
    return s;
}

Status SyncClient::saveSettings(storage::Database& db, const Settings& settings)
{
    const QUrl& url = settings.serverUrl;
    if (!url.isEmpty()) {
        const bool schemeOk = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !schemeOk || url.host().isEmpty() || !url.userInfo().isEmpty()
            || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            return makeError(ErrorCode::InvalidInput,
                             tr("Enter the server address as https://host or https://host:port."));
    }
    if (!settings.caCertificateFile.isEmpty() && !QFileInfo(settings.caCertificateFile).isReadable())
        return makeError(ErrorCode::InvalidInput, tr("The CA certificate file cannot be read."));
    if (settings.intervalSecs < 0 || settings.intervalSecs > 24 * 3600)
        return makeError(ErrorCode::InvalidInput,
                         tr("The sync interval must be between 0 (only when asked) and 86400 seconds."));
    return SyncStore::setStateValues(db.connection(), {{kUrlKey, url.toString()},
                                                       {kCaKey, settings.caCertificateFile},
                                                       {kIntervalKey, QString::number(settings.intervalSecs)}});
}

void SyncClient::configure(const Settings& settings)
{
    SyncWorker* worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker, settings] { worker->configure(settings); }, Qt::QueuedConnection);
}

void SyncClient::signIn(const QString& login, const QString& password)
{
    SyncWorker* worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker, login, password]() mutable { worker->signIn(login, password); },
                              Qt::QueuedConnection);
}

void SyncClient::signOut()
{
    d->cancel = true;
    SyncWorker* worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->signOut(); }, Qt::QueuedConnection);
}

void SyncClient::syncNow()
{
    SyncWorker* worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->syncNow(); }, Qt::QueuedConnection);
}

void SyncClient::cancel()
{
    d->cancel = true;
}

} // namespace sw::sync
