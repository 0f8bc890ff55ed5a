#include "httpserver.h"

#include "blobhandler.h"
#include "pullhandler.h"
#include "pushhandler.h"
#include "serverlog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <httplib.h>
#include <zlib.h>

namespace sw::server {

namespace {

// Per worker thread: one request at a time, so these describe the current request.
thread_local QElapsedTimer t_timer;
thread_local QString t_requestId;
thread_local QString t_userId;

// With a charset parameter cpp-httplib does not compress the answer itself (it would use
// Brotli at its slowest level for Qt clients); sendJson() gzips large bodies quickly.
const char* kJson = "application/json; charset=utf-8";
constexpr std::size_t kCompressFrom = 1024;

bool acceptsGzip(const httplib::Request& req)
{
    return req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
}

// gzip at level 1: a pull page shrinks about 5× at a few ms per megabyte.
bool gzipInto(const std::string& in, std::string* out)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out->resize(deflateBound(&z, uLong(in.size())));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out->data());
    z.avail_out = uInt(out->size());
    const int rc = deflate(&z, Z_FINISH);
    out->resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END;
}

void sendJson(const httplib::Request& req, httplib::Response& res, const QByteArray& body)
{
    std::string text = body.toStdString();
    std::string packed;
    if (text.size() >= kCompressFrom && acceptsGzip(req) && gzipInto(text, &packed)) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(std::move(packed), kJson);
        return;
    }
    res.set_content(std::move(text), kJson);
}

void sendError(httplib::Response& res, int status, const QString& code, const QString& message,
               int retryAfterSecs = 0)
{
    res.status = status;
    sync::ErrorBody body{code, message, retryAfterSecs};
    res.set_content(sync::protocol::errorBody(body).toStdString(), kJson);
}

QString bearer(const httplib::Request& req)
{
    const std::string h = req.get_header_value("Authorization");
    if (h.rfind("Bearer ", 0) != 0)
        return {};
    return QString::fromStdString(h.substr(7)).trimmed();
}

QString codeForStatus(int status)
{
    switch (status) {
    case 400: return QStringLiteral("bad_request");
    case 401: return QStringLiteral("unauthorized");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("not_found");
    case 405: return QStringLiteral("method_not_allowed");
    case 413: return QStringLiteral("too_large");
    case 423: return QStringLiteral("locked");
    case 503: return QStringLiteral("unavailable");
    default: return QStringLiteral("internal");
    }
}

// The JSON endpoints keep the (smaller) body limit; the server-wide payload limit is the
// larger of it and the blob limit.
bool protocolOk(const httplib::Request& req, httplib::Response& res, qint64 bodyLimit)
{
    if (qint64(req.body.size()) > bodyLimit) {
        sendError(res, 413, QStringLiteral("too_large"), QStringLiteral("The request body is over the size limit."));
        return false;
    }
    const std::string v = req.get_header_value(sync::protocol::kVersionHeader);
    if (v.empty() || v == "1")
        return true;
    sendError(res, 400, QStringLiteral("protocol_version"), QStringLiteral("Unsupported protocol version."));
    return false;
}

} // namespace

HttpServer::HttpServer(const ServerConfig& config, PgStore* store)
    : m_config(config), m_store(store), m_auth(store, config.tokenTtlSecs)
{
}

HttpServer::~HttpServer() = default;

bool HttpServer::bind(QString* why)
{
    if (m_config.plainHttp) {
        m_http = std::make_unique<httplib::Server>();
    } else {
        if (m_config.tlsCert.isEmpty() || m_config.tlsKey.isEmpty()) {
            *why = QStringLiteral("tls_cert and tls_key are required (or set plain_http = true)");
            return false;
        }
        auto tls = std::make_unique<httplib::SSLServer>(m_config.tlsCert.toLocal8Bit().constData(),
                                                        m_config.tlsKey.toLocal8Bit().constData());
        if (!tls->is_valid()) {
            *why = QStringLiteral("cannot load the TLS certificate or key");
            return false;
        }
        m_http = std::move(tls);
    }
    const int threads = m_config.threads;
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    m_http->set_payload_max_length(size_t(qMax(m_config.bodyLimit, m_config.blobLimit)));
    m_http->set_read_timeout(m_config.readTimeoutSecs);
    m_http->set_write_timeout(m_config.writeTimeoutSecs);
    routes();
    if (m_config.port == 0) {
        m_port = m_http->bind_to_any_port(m_config.listenAddress.toStdString());
        if (m_port <= 0) {
            *why = QStringLiteral("cannot listen on %1").arg(m_config.listenAddress);
            return false;
        }
    } else {
        if (!m_http->bind_to_port(m_config.listenAddress.toStdString(), m_config.port)) {
            *why = QStringLiteral("cannot listen on %1:%2").arg(m_config.listenAddress).arg(m_config.port);
            return false;
        }
        m_port = m_config.port;
    }
    return true;
}

void HttpServer::run()
{
    m_http->listen_after_bind();
}

void HttpServer::stop()
{
    if (m_http)
        m_http->stop();
}

void HttpServer::routes()
{
    httplib::Server& s = *m_http;
    s.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
        t_timer.start();
        t_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t_userId.clear();
        res.set_header("X-Request-Id", t_requestId.toStdString());
        return httplib::Server::HandlerResponse::Unhandled;
    });
    s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty())
            sendError(res, res.status, codeForStatus(res.status),
                      res.status == 413 ? QStringLiteral("The request body is over the size limit.")
                      : res.status == 404 ? QStringLiteral("Unknown path.")
                                          : QStringLiteral("The request failed."));
    });
    s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        sendError(res, 500, QStringLiteral("internal"), QStringLiteral("Internal server error."));
    });
    s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        // Path only: the query of /v1/sync/pull carries no secrets, but nothing else is logged.
        logLine({{QStringLiteral("request_id"), t_requestId},
                 {QStringLiteral("method"), QString::fromStdString(req.method)},
                 {QStringLiteral("path"), QString::fromStdString(req.path)},
                 {QStringLiteral("status"), res.status},
                 {QStringLiteral("ms"), t_timer.isValid() ? t_timer.elapsed() : 0},
                 {QStringLiteral("user_id"), t_userId},
                 {QStringLiteral("bytes_in"), qint64(req.body.size())},
                 {QStringLiteral("bytes_out"), qint64(res.body.size())}});
    });

    // A known path with the wrong method is 405, not 404 (docs/sync-protocol.md).
    const auto notAllowed = [](const httplib::Request&, httplib::Response& res) {
        sendError(res, 405, QStringLiteral("method_not_allowed"), QStringLiteral("Wrong method for this path."));
    };
    for (const char* path : {"/v1/auth/login", "/v1/auth/logout", "/v1/sync/push"}) {
        s.Get(path, notAllowed);
        s.Put(path, notAllowed);
        s.Delete(path, notAllowed);
    }
    for (const char* path : {"/v1/health", "/v1/sync/pull"}) {
        s.Post(path, notAllowed);
        s.Put(path, notAllowed);
        s.Delete(path, notAllowed);
    }

    s.Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) {
        const bool up = m_store->healthy();
        QJsonObject o{{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                      {QStringLiteral("version"), QStringLiteral(SW_VERSION)},
                      {QStringLiteral("database"), up ? QStringLiteral("ok") : QStringLiteral("unreachable")}};
        res.status = up ? 200 : 503;
        res.set_content(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(), kJson);
    });

    s.Post("/v1/auth/login", [this](const httplib::Request& req, httplib::Response& res) {
        if (!protocolOk(req, res, m_config.bodyLimit))
            return;
        Result<sync::LoginRequest> parsed = sync::protocol::parseLoginRequest(QByteArray::fromStdString(req.body));
        if (!parsed) {
            sendError(res, 400, QStringLiteral("bad_request"), parsed.error().message);
            return;
        }
        const LoginOutcome o = m_auth.login(parsed.value());
        if (o.status == 200) {
            t_userId = o.response.user.id;
            sendJson(req, res, sync::protocol::loginResponse(o.response));
            return;
        }
        if (o.status == 401)
            sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("Wrong login or password."));
        else if (o.status == 403)
            sendError(res, 403, QStringLiteral("forbidden"), QStringLiteral("The account is deactivated."));
        else if (o.status == 423)
            sendError(res, 423, QStringLiteral("locked"), QStringLiteral("Too many failed sign-ins."), o.retryAfterSecs);
        else
            sendError(res, o.status, codeForStatus(o.status), QStringLiteral("The server could not sign you in."));
    });

    s.Post("/v1/auth/logout", [this](const httplib::Request& req, httplib::Response& res) {
        if (!m_auth.logout(bearer(req))) {
            sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("Missing or invalid token."));
            return;
        }
        res.status = 204;
    });

    s.Post("/v1/sync/push", [this](const httplib::Request& req, httplib::Response& res) {
        if (!protocolOk(req, res, m_config.bodyLimit))
            return;
        const std::optional<UserContext> user = m_auth.authenticate(bearer(req));
        if (!user) {
            sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("Missing or invalid token."));
            return;
        }
        t_userId = user->id;
        Result<QList<sync::Op>> ops = sync::protocol::parsePushRequest(QByteArray::fromStdString(req.body));
        if (!ops) {
            const bool tooMany = ops.error().detail == QLatin1String("too_large");
            sendError(res, tooMany ? 413 : 400, tooMany ? QStringLiteral("too_large") : QStringLiteral("bad_request"),
                      ops.error().message);
            return;
        }
        const PushOutcome o = PushHandler::handle(m_store, *user, ops.value());
        if (o.status != 200) {
            sendError(res, o.status, codeForStatus(o.status), QStringLiteral("The push could not be stored."));
            return;
        }
        sendJson(req, res, sync::protocol::pushResponse(o.verdicts));
    });

    // Attachment contents (BlobHandler).
    const auto blobUser = [this](const httplib::Request& req, httplib::Response& res, QString* sha) {
        std::optional<UserContext> user = m_auth.authenticate(bearer(req));
        if (!user) {
            sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("Missing or invalid token."));
            return user;
        }
        t_userId = user->id;
        *sha = QString::fromStdString(req.matches[1]);
        return user;
    };
    const auto sendBlobError = [](httplib::Response& res, const BlobOutcome& o) {
        sendError(res, o.status, o.code, o.message);
    };
    s.Put(R"(/v1/blobs/([0-9a-f]{64}))", [this, blobUser, sendBlobError](const httplib::Request& req,
                                                                         httplib::Response& res) {
        QString sha;
        const std::optional<UserContext> user = blobUser(req, res, &sha);
        if (!user)
            return;
        if (qint64(req.body.size()) > m_config.blobLimit) {
            sendError(res, 413, QStringLiteral("too_large"), QStringLiteral("The file is over the size limit."));
            return;
        }
        const BlobOutcome o = BlobHandler::put(m_store, *user, sha, QByteArray::fromStdString(req.body));
        if (o.status >= 300)
            sendBlobError(res, o);
        else
            res.status = o.status;
    });
    s.Get(R"(/v1/blobs/([0-9a-f]{64}))", [this, blobUser, sendBlobError](const httplib::Request& req,
                                                                         httplib::Response& res) {
        QString sha;
        const std::optional<UserContext> user = blobUser(req, res, &sha);
        if (!user)
            return;
        const BlobOutcome o = BlobHandler::get(m_store, *user, sha);
        if (o.status != 200) {
            sendBlobError(res, o);
            return;
        }
        res.set_content(o.content.toStdString(), "application/octet-stream");
    });

    s.Get("/v1/sync/pull", [this](const httplib::Request& req, httplib::Response& res) {
        if (!protocolOk(req, res, m_config.bodyLimit))
            return;
        const std::optional<UserContext> user = m_auth.authenticate(bearer(req));
        if (!user) {
            sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("Missing or invalid token."));
            return;
        }
        t_userId = user->id;
        bool okAfter = true;
        bool okLimit = true;
        const qint64 after = req.has_param("after") ? QString::fromStdString(req.get_param_value("after")).toLongLong(&okAfter) : 0;
        const int limit = req.has_param("limit") ? QString::fromStdString(req.get_param_value("limit")).toInt(&okLimit)
                                                 : sync::protocol::kDefaultPullLimit;
        if (!okAfter || !okLimit || after < 0 || limit < 1 || limit > sync::protocol::kMaxPullLimit) {
            sendError(res, 400, QStringLiteral("bad_request"), QStringLiteral("after must be >= 0 and limit 1 to 5000."));
            return;
        }
        const PullOutcome o = PullHandler::handle(m_store, *user, after, limit);
        if (o.status != 200) {
            sendError(res, o.status, codeForStatus(o.status), QStringLiteral("The pull failed."));
            return;
        }
        sendJson(req, res, sync::protocol::pullResponse(o.response));
    });
}

} // namespace sw::server
