#pragma once

// The HTTP(S) front: routing of docs/sync-protocol.md, limits, error bodies, request
// ids and one JSON log line per request.

#include "authservice.h"
#include "serverconfig.h"

#include <memory>

namespace httplib {
class Server;
}

namespace sw::server {

class HttpServer
{
public:
    HttpServer(const ServerConfig& config, PgStore* store);
    ~HttpServer();

    // Binds the listen address; false with *why (bad TLS files, port in use).
    bool bind(QString* why);
    int boundPort() const { return m_port; }
    void run();  // blocks until stop()
    void stop(); // thread-safe

private:
    void routes();

    ServerConfig m_config;
    PgStore* m_store;
    AuthService m_auth;
    std::unique_ptr<httplib::Server> m_http;
    int m_port = 0;
};

} // namespace sw::server
