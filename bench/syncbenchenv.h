#pragma once

// The server side of `bench sync` (syncbench.h): either a running shopwarden-server
// given by URL (plus a libpq connection string to its PostgreSQL, for loading the data),
// or a throwaway one started here — a PostgreSQL cluster through scripts/pg-test-cluster,
// `shopwarden-server --init-db`, then the server on a free loopback port. What was
// started here is stopped again when the object goes away, also after a failure.
// Private to bench/.

#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace sw::bench::syncbench {

struct EnvOptions
{
    // A running server: url and pgConnInfo (libpq "key=value …" of the server's own
    // database). Empty url: start everything here.
    QUrl url;
    QString pgConnInfo;
    QString pgScript;       // scripts/pg-test-cluster; empty: looked for near the executable
    QString serverBin;      // shopwarden-server; empty: looked for near the executable
    QString pgBin;          // PostgreSQL binaries (initdb, pg_ctl, psql)
    int serverThreads = 0;  // threads = … in server.conf; 0: the server's default
    QString workDir;        // parent of the temporary folder; empty: the system's
    std::function<void(const QString&)> log;
};

class Env
{
public:
    ~Env(); // stops the server and the cluster started here, drops the control connection
    Env(const Env&) = delete;
    Env& operator=(const Env&) = delete;

    static Result<std::unique_ptr<Env>> start(const EnvOptions& options);

    QUrl url() const { return m_url; }
    bool startedHere() const { return m_startedHere; }
    QString workPath() const;            // a temporary folder of this run
    QString serverLogPath() const;       // the server's request log; empty for --url
    qint64 serverLogSize() const;        // to read only what a measurement added

    // The control connection to the server's database (QPSQL, calling thread = main).
    QSqlDatabase control() const;
    // Runs `psql -c sql` with the file as standard input (COPY … FROM STDIN); seconds.
    Result<double> psqlWithInput(const QString& sql, const QString& inputPath) const;

    QJsonObject describe() const; // for the JSON: url, started_here, threads, PostgreSQL settings

private:
    Env() = default;
    Status startCluster();
    Status createDatabase();
    Status startServer();
    Status openControl(const QString& connInfo);
    void stopAll();
    void note(const QString& line) const;

    EnvOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QUrl m_url;
    QString m_connInfo;
    QString m_clusterDir;
    QString m_pgScript;
    QString m_serverBin;
    QString m_dbName;
    int m_pgPort = 0;
    bool m_startedHere = false;
    bool m_clusterUp = false;
    QString m_controlName;
};

// Where a file of the project lies relative to this executable (build tree or
// installation): the first of `candidates` (relative to the executable's folder) that
// exists, else empty.
QString findNearExecutable(const QStringList& candidates);

} // namespace sw::bench::syncbench
