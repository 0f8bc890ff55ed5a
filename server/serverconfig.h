#pragma once

// shopwarden-server configuration: "key = value" lines, '#' comments
// (docs/admin-guide.md "Server" lists every key).

#include <QString>

namespace sw::server {

struct ServerConfig
{
    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString tlsCert;
    QString tlsKey;
    bool plainHttp = false;
    QString dbHost = QStringLiteral("127.0.0.1");
    int dbPort = 5432;
    QString dbName = QStringLiteral("shopwarden");
    QString dbUser = QStringLiteral("shopwarden");
    QString dbPasswordFile;
    // A kept-alive connection holds its thread: at least the workstations syncing at once.
    int threads = 64;
    qint64 bodyLimit = 8 * 1024 * 1024;
    qint64 blobLimit = 64 * 1024 * 1024; // one attachment's content (PUT /v1/blobs)
    int readTimeoutSecs = 30;
    int writeTimeoutSecs = 30;
    qint64 tokenTtlSecs = 12 * 3600;

    // Parses the file; false with *why on an unreadable file, unknown key or bad value.
    static bool load(const QString& path, ServerConfig* out, QString* why);
    // The database password (read from dbPasswordFile; empty when no file is set).
    QString dbPassword() const;
};

} // namespace sw::server
