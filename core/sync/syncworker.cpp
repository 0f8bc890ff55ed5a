#include "sync/syncworker.h"

#include "storage/database.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace sw::sync {

namespace {

constexpr int kBatchOps = 500;
constexpr qint64 kBatchBytes = 4 * 1024 * 1024; // half the server's default body limit
constexpr int kPullLimit = 2000;
constexpr int kTransferTimeoutMs = 60000;
constexpr int kFirstRetrySecs = 5;
constexpr int kMaxRetrySecs = 300;
constexpr int kPollMs = 3000;

} // namespace

SyncWorker::SyncWorker(storage::Database& db, std::atomic<bool>* cancelFlag) : m_db(db), m_cancel(cancelFlag) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    m_nam = new QNetworkAccessManager(this);
    m_nam->setStrictTransportSecurityEnabled(false);
    m_periodic = new QTimer(this);
    connect(m_periodic, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &SyncWorker::refreshCounts);
    m_poll->start(kPollMs);
    configure(SyncClient::loadSettings(m_db));
    refreshCounts();
}

void SyncWorker::configure(const SyncClient::Settings& settings)
{
    const bool serverChanged = settings.serverUrl != m_settings.serverUrl
                               || settings.caCertificateFile != m_settings.caCertificateFile;
    m_settings = settings;
    if (serverChanged && !m_token.isEmpty()) {
        m_token.clear(); // the session belongs to the old server
        m_user = {};
    }
    if (!m_settings.serverUrl.isValid() || m_settings.serverUrl.host().isEmpty())
        setState(SyncClient::State::NotConfigured);
    else if (m_token.isEmpty())
        setState(SyncClient::State::SignedOut);
    restartPeriodic();
}

void SyncWorker::restartPeriodic()
{
    if (!m_periodic)
        return;
    if (!m_token.isEmpty() && m_settings.intervalSecs > 0)
        m_periodic->start(m_settings.intervalSecs * 1000);
    else
        m_periodic->stop();
}

void SyncWorker::setState(SyncClient::State state, const QString& error)
{
    m_state = state;
    Q_EMIT stateChanged(state, error);
}

QNetworkReply* SyncWorker::startRequest(const QByteArray& method, const QString& path, const QByteArray& body,
                                        const QByteArray& contentType, QString* networkError)
{
    QUrl url = m_settings.serverUrl;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setRawHeader(protocol::kVersionHeader, QByteArray::number(protocol::kVersion));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    req.setTransferTimeout(kTransferTimeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        // A private CA is added to the system's; certificate errors are never ignored.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_settings.caCertificateFile.isEmpty()) {
            const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_settings.caCertificateFile);
            if (ca.isEmpty()) {
                *networkError = tr("The CA certificate file cannot be read; check the sync settings.");
                return nullptr;
            }
            ssl.addCaCertificates(ca);
        }
        req.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = m_nam->sendCustomRequest(req, method, body);
    // The reply starts from a queued call on this thread; deliver it now, so the request
    // goes out (on Qt's HTTP thread) while this thread works — the pull applies page n
    // while page n+1 is on its way.
    QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    m_current = reply;
    return reply;
}

SyncWorker::Reply SyncWorker::finishRequest(QNetworkReply* reply)
{
    Reply out;
    m_current = reply;
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    m_current.clear();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (reply->error() == QNetworkReply::OperationCanceledError)
        out.aborted = true;
    if (out.status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            out.networkError = tr("The server's certificate is not trusted (%1).").arg(reply->errorString());
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            out.networkError = tr("The server did not answer in time.");
            break;
        default:
            out.networkError = tr("The server cannot be reached (%1).").arg(reply->errorString());
        }
    }
    reply->deleteLater();
    return out;
}

SyncWorker::Reply SyncWorker::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                      const QByteArray& contentType)
{
    Reply out;
    QNetworkReply* reply = startRequest(method, path, body, contentType, &out.networkError);
    return reply ? finishRequest(reply) : out;
}

void SyncWorker::signIn(const QString& login, QString password)
{
    if (m_state == SyncClient::State::NotConfigured) {
        password.fill(QChar(u'\0'));
        Q_EMIT signInFailed(tr("Enter the server address in the sync settings first."));
        return;
    }
    if (m_busy) {
        password.fill(QChar(u'\0'));
        Q_EMIT signInFailed(tr("A sync is running; try again when it has finished."));
        return;
    }
    setState(SyncClient::State::SigningIn);
    LoginRequest body;
    body.login = login;
    body.password = password;
    body.node = SyncStore::stateValue(m_db.connection(), QStringLiteral("node_id"));
    QByteArray json = protocol::loginRequest(body);
    body.password.fill(QChar(u'\0'));
    password.fill(QChar(u'\0'));
    m_token.clear();
    m_busy = true;
    const Reply reply = request("POST", QStringLiteral("/v1/auth/login"), json);
    m_busy = false;
    json.fill('\0');
    if (m_stopping)
        return;

    QString message;
    if (reply.status == 200) {
        auto parsed = protocol::parseLoginResponse(reply.body);
        if (parsed) {
            auto bound = SyncStore::bindCursor(m_db.connection(), m_settings.serverUrl.toString(), parsed->user.id);
            if (bound) {
                m_token = parsed->token;
                m_user = parsed->user;
                m_backoffSecs = 0;
                setState(SyncClient::State::Idle);
                Q_EMIT signedIn(m_user.displayName.isEmpty() ? m_user.login : m_user.displayName);
                restartPeriodic();
                syncNow();
                return;
            }
            message = bound.message();
        } else {
            message = tr("The server sent an answer this workstation cannot use.");
        }
    } else if (reply.status == 401) {
        message = tr("The login or password is wrong.");
    } else if (reply.status == 423) {
        const auto error = protocol::parseErrorBody(reply.body);
        const int minutes = error ? qMax(1, (error->retryAfterSecs + 59) / 60) : 15;
        message = tr("Too many failed sign-ins: the account is locked for %n minute(s).", nullptr, minutes);
    } else if (reply.status == 403) {
        message = tr("This account is deactivated on the server.");
    } else if (reply.status == 0) {
        message = reply.networkError;
    } else {
        message = tr("The server refused the sign-in (HTTP %1).").arg(reply.status);
    }
    setState(SyncClient::State::SignedOut, message);
    Q_EMIT signInFailed(message);
}

void SyncWorker::signOut()
{
    if (m_token.isEmpty()) {
        // Nothing to end on the server; say so all the same, callers wait for the state.
        if (!m_stopping)
            setState(m_settings.serverUrl.isValid() ? SyncClient::State::SignedOut
                                                    : SyncClient::State::NotConfigured);
        return;
    }
    if (m_busy) {
        *m_cancel = true;
        if (m_current)
            m_current->abort();
    }
    const QString token = m_token;
    if (!m_busy) {
        m_busy = true;
        request("POST", QStringLiteral("/v1/auth/logout"), {}); // best effort: the token expires anyway
        m_busy = false;
    }
    m_token.clear();
    m_user = {};
    m_retry->stop();
    restartPeriodic();
    if (!m_stopping)
        setState(m_settings.serverUrl.isValid() ? SyncClient::State::SignedOut : SyncClient::State::NotConfigured);
}

void SyncWorker::shutdown()
{
    m_stopping = true;
    *m_cancel = true;
    if (m_current)
        m_current->abort();
    if (m_periodic)
        m_periodic->stop();
    if (m_retry)
        m_retry->stop();
    if (m_poll)
        m_poll->stop();
}

void SyncWorker::syncNow()
{
    if (m_stopping || m_token.isEmpty())
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_retry->stop();
    do {
        m_again = false;
        runSync();
    } while (m_again && !m_stopping && !m_token.isEmpty());
}

void SyncWorker::refreshCounts()
{
    QSqlDatabase db = m_db.connection();
    if (auto pending = SyncStore::pendingCount(db); pending && *pending != m_lastPending) {
        m_lastPending = *pending;
        Q_EMIT pendingChangesChanged(m_lastPending);
    }
    const QString author = m_user.id;
    if (auto open = SyncStore::openConflictCount(db, author); open && *open != m_lastConflicts) {
        m_lastConflicts = *open;
        Q_EMIT conflictsChanged(m_lastConflicts);
    }
}

void SyncWorker::scheduleRetry()
{
    m_backoffSecs = m_backoffSecs == 0 ? kFirstRetrySecs : qMin(kMaxRetrySecs, m_backoffSecs * 2);
    m_retry->start(m_backoffSecs * 1000);
}

SyncWorker::Step SyncWorker::httpFailure(const Reply& reply, QString* message)
{
    if (m_cancel->load() || reply.aborted) {
        *message = tr("Sync was cancelled.");
        return Step::Cancelled;
    }
    if (reply.status == 0) {
        *message = reply.networkError;
        return Step::Offline;
    }
    if (reply.status == 401) {
        *message = tr("The server session has ended; sign in to the server again.");
        return Step::SignedOut;
    }
    if (reply.status == 503 || reply.status == 502 || reply.status == 504) {
        *message = tr("The server is temporarily unavailable.");
        return Step::Offline;
    }
    *message = tr("The server refused the request (HTTP %1).").arg(reply.status);
    return Step::Failed;
}

SyncWorker::Step SyncWorker::push(QString* message)
{
    QSqlDatabase db = m_db.connection();
    for (;;) {
        auto batch = SyncStore::nextBatch(db, kBatchOps, kBatchBytes);
        if (!batch) {
            *message = batch.message();
            return Step::Failed;
        }
        if (batch->isEmpty())
            return Step::Done;
        setState(SyncClient::State::Pushing);
        const Reply reply = request("POST", QStringLiteral("/v1/sync/push"), protocol::pushRequest(*batch));
        if (reply.status != 200)
            return httpFailure(reply, message);
        auto verdicts = protocol::parsePushResponse(reply.body);
        if (!verdicts) {
            *message = tr("The server sent an answer this workstation cannot use.");
            return Step::Failed;
        }
        auto refused = SyncStore::applyVerdicts(db, *batch, *verdicts, m_user.id, QDateTime::currentDateTimeUtc());
        if (!refused) {
            *message = refused.message();
            return Step::Failed;
        }
        refreshCounts();
        if (m_cancel->load()) {
            *message = tr("Sync was cancelled.");
            return Step::Cancelled;
        }
    }
}

SyncWorker::Step SyncWorker::pull(QString* message)
{
    const Step step = pullPages(message);
    // A large pull noted the derived data (search documents, SLA columns) to rebuild once
    // here; a cancelled or failed one too, for the rows it kept.
    if (SyncStore::hasDeferred(m_db.connection()))
        Q_EMIT indexing();
    const Status finished = SyncStore::finishDeferred(m_db.connection(), QDateTime::currentDateTimeUtc());
    if (!finished && step == Step::Done) {
        *message = finished.message();
        return Step::Failed;
    }
    return step;
}

SyncWorker::Step SyncWorker::pullPages(QString* message)
{
    QSqlDatabase db = m_db.connection();
    const qint64 start = SyncStore::cursor(db);
    const auto pageRequest = [this](qint64 after, QString* networkError) {
        return startRequest("GET", QStringLiteral("/v1/sync/pull?after=%1&limit=%2").arg(after).arg(kPullLimit), {},
                            QByteArrayLiteral("application/json"), networkError);
    };
    // One page ahead: the server reads and sends page n+1 while this thread applies page n.
    // Pages are still applied strictly in order, each with its cursor in one transaction.
    SyncStore::PageApplier applier(db);
    qint64 done = 0;
    qint64 after = start;
    Reply failed;
    QNetworkReply* next = pageRequest(after, &failed.networkError);
    for (;;) {
        setState(SyncClient::State::Pulling);
        const Reply reply = next ? finishRequest(next) : failed;
        next = nullptr;
        if (reply.status != 200)
            return httpFailure(reply, message);
        auto page = protocol::parsePullResponse(reply.body);
        if (!page || page->next < after) {
            *message = tr("The server sent an answer this workstation cannot use.");
            return Step::Failed;
        }
        if (page->more && !m_cancel->load())
            next = pageRequest(page->next, &failed.networkError);
        const bool large = SyncStore::worthDeferring(page->last - start);
        const Status applied = applier.apply(*page, QDateTime::currentDateTimeUtc(), large);
        if (!applied) {
            abandon(next);
            *message = applied.message();
            return Step::Failed;
        }
        after = page->next;
        for (const RowState& row : page->rows)
            m_arrived.insert(row.table);
        done += page->rows.size();
        Q_EMIT progress(done, page->more && page->last > start ? qMax(done, page->last - start) : done);
        if (!page->more)
            return Step::Done;
        if (m_cancel->load()) {
            abandon(next);
            *message = tr("Sync was cancelled; the rows received so far are kept.");
            return Step::Cancelled;
        }
    }
}

void SyncWorker::abandon(QNetworkReply* reply)
{
    if (!reply)
        return;
    reply->abort();
    reply->deleteLater();
    if (m_current == reply)
        m_current.clear();
}

SyncWorker::Step SyncWorker::uploadBlobs(QString* message)
{
    // Contents first, so that nobody pulls an attachment row whose file is not there yet.
    QSqlDatabase db = m_db.connection();
    for (;;) {
        auto shas = SyncStore::blobsToUpload(db, 50);
        if (!shas) {
            *message = shas.message();
            return Step::Failed;
        }
        if (shas->isEmpty())
            return Step::Done;
        setState(SyncClient::State::Pushing);
        for (const QString& sha : std::as_const(*shas)) {
            auto content = SyncStore::blobContent(db, sha);
            if (!content) {
                *message = content.message();
                return Step::Failed;
            }
            const Reply reply = request("PUT", QStringLiteral("/v1/blobs/") + sha, *content,
                                        QByteArrayLiteral("application/octet-stream"));
            if (reply.status == 413) {
                *message = tr("An attachment is larger than the server accepts; ask the administrator to raise "
                              "the server's blob_limit.");
                return Step::Failed;
            }
            if (reply.status != 200 && reply.status != 201)
                return httpFailure(reply, message);
            if (const Status marked = SyncStore::markBlobSent(db, sha); !marked) {
                *message = marked.message();
                return Step::Failed;
            }
            if (m_cancel->load()) {
                *message = tr("Sync was cancelled.");
                return Step::Cancelled;
            }
        }
    }
}

SyncWorker::Step SyncWorker::downloadBlobs(QString* message)
{
    QSqlDatabase db = m_db.connection();
    QStringList notThere; // rows whose author has not uploaded the file yet: next sync
    for (;;) {
        auto shas = SyncStore::blobsToDownload(db, 50, notThere);
        if (!shas) {
            *message = shas.message();
            return Step::Failed;
        }
        if (shas->isEmpty())
            return Step::Done;
        for (const QString& sha : std::as_const(*shas)) {
            const Reply reply = request("GET", QStringLiteral("/v1/blobs/") + sha, {});
            if (reply.status == 404) {
                notThere << sha;
                continue;
            }
            if (reply.status != 200)
                return httpFailure(reply, message);
            if (const Status stored = SyncStore::storeBlob(db, sha, reply.body); !stored) {
                *message = stored.message();
                return Step::Failed;
            }
            m_arrived.insert(QStringLiteral("attachments"));
            if (m_cancel->load()) {
                *message = tr("Sync was cancelled.");
                return Step::Cancelled;
            }
        }
    }
}

void SyncWorker::runSync()
{
    m_busy = true;
    *m_cancel = false;
    m_arrived.clear();
    QString message;
    Step step = uploadBlobs(&message);
    if (step == Step::Done)
        step = push(&message);
    if (step == Step::Done)
        step = pull(&message);
    if (step == Step::Done)
        step = downloadBlobs(&message);
    m_busy = false;
    refreshCounts();
    if (!m_arrived.isEmpty()) {
        QStringList tables(m_arrived.cbegin(), m_arrived.cend());
        tables.sort();
        Q_EMIT rowsArrived(tables); // also after a cancelled or failed sync: those pages are kept
    }
    if (m_stopping)
        return;
    switch (step) {
    case Step::Done: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const Status saved = SyncStore::setLastSyncAt(m_db.connection(), now); !saved)
            qWarning("sync: the time of the last sync was not stored: %s", qPrintable(saved.error().detail));
        m_backoffSecs = 0;
        setState(SyncClient::State::Idle);
        Q_EMIT syncFinished(true, QString(), now);
        return;
    }
    case Step::Offline:
        setState(SyncClient::State::Offline, message);
        scheduleRetry();
        break;
    case Step::SignedOut:
        m_token.clear();
        m_user = {};
        restartPeriodic();
        setState(SyncClient::State::SignedOut, message);
        break;
    case Step::Cancelled:
        setState(m_token.isEmpty() ? SyncClient::State::SignedOut : SyncClient::State::Idle, message);
        break;
    case Step::Failed:
        setState(SyncClient::State::Failed, message);
        scheduleRetry();
        break;
    }
    Q_EMIT syncFinished(false, message, SyncStore::lastSyncAt(m_db.connection()));
}

} // namespace sw::sync
