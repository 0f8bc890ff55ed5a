#include "syncbenchclients.h"

#include "services/demotexts.h"
#include "sync/hlc.h"
#include "sync/protocol.h"
#include "syncbenchutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <memory>

namespace sw::bench::syncbench {

namespace {

using Clock = std::chrono::steady_clock;

struct Stats
{
    QList<double> pushMs, pullMs;
    qint64 opsSent = 0, opsAccepted = 0, opsRefused = 0;
    qint64 httpErrors = 0, loginErrors = 0, rowsPulled = 0, removals = 0;
    QStringList samples; // a few error descriptions

    void sample(const QString& text)
    {
        if (samples.size() < 5)
            samples << text;
    }
    void merge(const Stats& o)
    {
        pushMs += o.pushMs;
        pullMs += o.pullMs;
        opsSent += o.opsSent;
        opsAccepted += o.opsAccepted;
        opsRefused += o.opsRefused;
        httpErrors += o.httpErrors;
        loginErrors += o.loginErrors;
        rowsPulled += o.rowsPulled;
        removals += o.removals;
        for (const QString& s : o.samples)
            sample(s);
    }
};

// Blocking requests on the calling thread (its own QNetworkAccessManager and a local
// event loop), like SyncWorker::request.
class Http
{
public:
    explicit Http(QUrl base)
        : m_base(std::move(base))
    {
        m_nam.setStrictTransportSecurityEnabled(false);
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error;
        double ms = 0;
    };

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {}, int timeoutMs = 30000)
    {
        QUrl url = m_base;
        const int query = path.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader(sync::protocol::kVersionHeader, QByteArray::number(sync::protocol::kVersion));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        req.setTransferTimeout(timeoutMs);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply out;
        out.ms = double(timer.nsecsElapsed()) / 1e6;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        if (out.status == 0)
            out.error = reply->errorString();
        reply->deleteLater();
        return out;
    }

    QByteArray token;

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

QString describe(const QString& what, const Http::Reply& r)
{
    return r.status == 0 ? QStringLiteral("%1: %2").arg(what, r.error)
                         : QStringLiteral("%1: HTTP %2 %3").arg(what).arg(r.status).arg(QString::fromUtf8(r.body.left(200)));
}

QList<QByteArray> noteTexts()
{
    QList<QByteArray> out;
    for (const char* text : services::demo::notes()) {
        if (!QByteArray(text).contains('{'))
            out << QByteArray(text);
    }
    if (out.isEmpty())
        out << QByteArray("已电话联系客户。");
    return out;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class Client
{
public:
    Client(const ClientSpec& spec, const ClientsOptions& options, int index)
        : m_spec(spec)
        , m_options(options)
        , m_http(options.url)
        , m_node(QStringLiteral("5b%1").arg(index + 1, 14, 16, QLatin1Char('0')))
        , m_notes(noteTexts())
        , m_cursor(options.startCursor)
    {}

    // Sign-ins are not measured; each checks an Argon2id hash on purpose, so only a few run
    // at once (fifty at a time would hold every server thread for many seconds).
    bool signIn(QSemaphore& slots)
    {
        sync::LoginRequest login;
        login.login = m_spec.user.login;
        login.password = m_options.password;
        login.node = m_node;
        slots.acquire();
        const Http::Reply r =
            m_http.send("POST", QStringLiteral("/v1/auth/login"), sync::protocol::loginRequest(login), 180000);
        slots.release();
        auto parsed = r.status == 200 ? sync::protocol::parseLoginResponse(r.body)
                                      : Result<sync::LoginResponse>(Error{});
        if (!parsed) {
            ++stats.loginErrors;
            stats.sample(describe(QStringLiteral("login ") + m_spec.user.login, r));
            return false;
        }
        m_http.token = parsed->token.toLatin1();
        return true;
    }

    void run(Clock::time_point deadline)
    {
        while (Clock::now() < deadline) {
            push();
            pause();
            if (Clock::now() >= deadline)
                break;
            pull();
            pause();
        }
    }

    Stats stats;

private:
    void pause()
    {
        if (m_options.thinkMs > 0)
            QThread::msleep(std::uint32_t(m_options.thinkMs));
    }

    sync::Op nextOp()
    {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        m_hlc = sync::hlcTick(m_hlc, nowMs, m_node);
        sync::Op op;
        op.opId = newUuid();
        op.rowId = newUuid();
        op.hlc = m_hlc.toString();
        const QString text = QString::fromUtf8(m_notes.at(int(m_sent % m_notes.size())));
        if (!m_spec.tickets.isEmpty()) {
            op.table = QStringLiteral("ticket_events");
            op.fields = {{QStringLiteral("ticket_id"), m_spec.tickets.at(int(m_sent % m_spec.tickets.size()))},
                         {QStringLiteral("kind"), QStringLiteral("note")},
                         {QStringLiteral("author_id"), m_spec.user.id},
                         {QStringLiteral("author_name"), m_spec.user.displayName},
                         {QStringLiteral("at"), nowMs / 1000},
                         {QStringLiteral("body"), text},
                         {QStringLiteral("data_json"), QStringLiteral("{}")}};
        } else {
            op.table = QStringLiteral("canned_replies");
            op.fields = {{QStringLiteral("title"), QStringLiteral("压测回复%1").arg(m_sent)},
                         {QStringLiteral("body"), text}};
        }
        ++m_sent;
        return op;
    }

    void push()
    {
        QList<sync::Op> ops;
        for (int i = 0; i < m_options.batchOps; ++i)
            ops << nextOp();
        stats.opsSent += ops.size();
        const Http::Reply r = m_http.send("POST", QStringLiteral("/v1/sync/push"), sync::protocol::pushRequest(ops));
        stats.pushMs << r.ms;
        if (r.status != 200) {
            ++stats.httpErrors;
            stats.sample(describe(QStringLiteral("push"), r));
            return;
        }
        auto verdicts = sync::protocol::parsePushResponse(r.body);
        if (!verdicts || verdicts->size() != ops.size()) {
            ++stats.httpErrors;
            stats.sample(QStringLiteral("push: unusable answer"));
            return;
        }
        for (const sync::Verdict& v : std::as_const(*verdicts)) {
            if (v.accepted) {
                ++stats.opsAccepted;
            } else {
                ++stats.opsRefused;
                stats.sample(QStringLiteral("push refused: %1 %2").arg(v.code, v.reason));
            }
        }
    }

    void pull()
    {
        const Http::Reply r = m_http.send(
            "GET", QStringLiteral("/v1/sync/pull?after=%1&limit=%2").arg(m_cursor).arg(sync::protocol::kDefaultPullLimit));
        stats.pullMs << r.ms;
        if (r.status != 200) {
            ++stats.httpErrors;
            stats.sample(describe(QStringLiteral("pull"), r));
            return;
        }
        auto page = sync::protocol::parsePullResponse(r.body);
        if (!page || page->next < m_cursor) {
            ++stats.httpErrors;
            stats.sample(QStringLiteral("pull: unusable answer"));
            return;
        }
        for (const sync::RowState& row : std::as_const(page->rows)) {
            if (row.removed)
                ++stats.removals;
            else
                ++stats.rowsPulled;
        }
        m_cursor = page->next;
    }

    const ClientSpec& m_spec;
    const ClientsOptions& m_options;
    Http m_http;
    QString m_node;
    QList<QByteArray> m_notes;
    qint64 m_cursor = 0;
    qint64 m_sent = 0;
    sync::Hlc m_hlc;
};

QJsonObject latency(const QList<double>& ms)
{
    return {{QStringLiteral("count"), double(ms.size())},
            {QStringLiteral("p50_ms"), round2(percentile(ms, 50))},
            {QStringLiteral("p90_ms"), round2(percentile(ms, 90))},
            {QStringLiteral("p99_ms"), round2(percentile(ms, 99))},
            {QStringLiteral("max_ms"), round2(percentile(ms, 100))}};
}

} // namespace

Result<QJsonObject> runClients(const QList<ClientSpec>& clients, const ClientsOptions& options)
{
    const int n = int(clients.size());
    if (n == 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("SyncBench", "There are no simulated clients to run."));
    std::latch ready(n);
    std::promise<Clock::time_point> goPromise;
    std::shared_future<Clock::time_point> go = goPromise.get_future().share();
    QMutex mutex;
    Stats total;
    std::atomic<int> signedIn{0};
    QSemaphore loginSlots(2);

    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < n; ++i) {
        const ClientSpec* spec = &clients.at(i);
        threads.emplace_back(QThread::create([&, spec, i] {
            Client client(*spec, options, i);
            const bool in = client.signIn(loginSlots);
            if (in)
                ++signedIn;
            ready.count_down();
            const Clock::time_point deadline = go.get();
            // Paced clients start spread over one pause, as a fleet of workstations does,
            // not all in the same millisecond (back-to-back clients start together).
            if (in && options.thinkMs > 0)
                QThread::msleep(std::uint32_t(qint64(options.thinkMs) * i / n));
            if (in)
                client.run(deadline);
            QMutexLocker lock(&mutex);
            total.merge(client.stats);
        }));
        threads.back()->setObjectName(QStringLiteral("syncbench-client-%1").arg(i + 1));
        threads.back()->start();
    }
    ready.wait(); // every client signed in (or failed to): the clock starts now
    QElapsedTimer timer;
    timer.start();
    const QJsonObject loadBefore = loadAverage();
    goPromise.set_value(Clock::now() + std::chrono::seconds(options.seconds));
    for (auto& t : threads)
        t->wait();
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    const QJsonObject loadAfter = loadAverage();

    QList<double> all = total.pushMs;
    all += total.pullMs;
    const double requests = double(all.size());
    const qint64 errors = total.httpErrors + total.loginErrors + total.opsRefused;
    const QJsonObject overall = latency(all);
    return QJsonObject{
        {QStringLiteral("clients"), n},
        {QStringLiteral("signed_in"), signedIn.load()},
        {QStringLiteral("seconds"), round2(secs)},
        {QStringLiteral("batch_ops"), options.batchOps},
        {QStringLiteral("think_ms"), options.thinkMs},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("requests_per_s"), perSecond(requests, secs)},
        {QStringLiteral("ops_sent"), double(total.opsSent)},
        {QStringLiteral("ops_accepted"), double(total.opsAccepted)},
        {QStringLiteral("ops_per_s"), perSecond(double(total.opsAccepted), secs)},
        {QStringLiteral("p50_ms"), overall.value(QStringLiteral("p50_ms"))},
        {QStringLiteral("p99_ms"), overall.value(QStringLiteral("p99_ms"))},
        {QStringLiteral("max_ms"), overall.value(QStringLiteral("max_ms"))},
        {QStringLiteral("push"), latency(total.pushMs)},
        {QStringLiteral("pull"), latency(total.pullMs)},
        {QStringLiteral("rows_pulled"), double(total.rowsPulled)},
        {QStringLiteral("removals_pulled"), double(total.removals)},
        {QStringLiteral("errors"), double(errors)},
        {QStringLiteral("http_errors"), double(total.httpErrors)},
        {QStringLiteral("login_errors"), double(total.loginErrors)},
        {QStringLiteral("ops_refused"), double(total.opsRefused)},
        {QStringLiteral("error_samples"), QJsonArray::fromStringList(total.samples)},
        {QStringLiteral("load_average_before"), loadBefore},
        {QStringLiteral("load_average_after"), loadAfter}};
}

} // namespace sw::bench::syncbench
