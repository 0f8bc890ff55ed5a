// shopwarden-server: the sync server of Shopwarden (server/README.md).

#include "httpserver.h"
#include "initdb.h"
#include "pgstore.h"
#include "serverconfig.h"
#include "serverlog.h"

#include "services/syncedtables.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <sodium.h>
#include <thread>

using namespace sw::server;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "shopwarden-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    // SIGTERM/SIGINT are taken by one waiting thread (below), not by whichever thread runs.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shopwarden-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SW_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shopwarden sync server (protocol v1)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Configuration file."),
                                       QStringLiteral("FILE"), QStringLiteral("/etc/shopwarden/server.conf"));
    const QCommandLineOption initOpt(QStringLiteral("init-db"),
                                     QStringLiteral("Create the schema and the first administrator, then exit."));
    const QCommandLineOption loginOpt(QStringLiteral("admin-login"), QStringLiteral("Administrator login (--init-db)."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption pwOpt(QStringLiteral("admin-password-file"),
                                   QStringLiteral("File holding the administrator password (--init-db)."),
                                   QStringLiteral("FILE"));
    parser.addOptions({configOpt, initOpt, loginOpt, pwOpt});
    parser.process(app);

    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium failed to initialise"));
    sw::services::declareAllSyncedTables();

    ServerConfig config;
    QString why;
    if (!ServerConfig::load(parser.value(configOpt), &config, &why))
        return fail(why);
    PgStore store(config);

    if (parser.isSet(initOpt)) {
        if (!parser.isSet(loginOpt) || !parser.isSet(pwOpt))
            return fail(QStringLiteral("--init-db needs --admin-login and --admin-password-file"));
        QFile pwFile(parser.value(pwOpt));
        if (!pwFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(pwFile.fileName()));
        QByteArray raw = pwFile.readAll();
        QString password = QString::fromUtf8(raw).trimmed();
        sodium_memzero(raw.data(), size_t(raw.size()));
        const QString login = parser.value(loginOpt).trimmed();
        if (login.isEmpty() || password.size() < 8)
            return fail(QStringLiteral("the administrator needs a login and a password of at least 8 characters"));
        const bool ok = initDatabase(&store, login, password, &why);
        password.fill(QLatin1Char(' '));
        if (!ok)
            return fail(why);
        logEvent(QStringLiteral("info"), QStringLiteral("database initialised"));
        return 0;
    }

    if (!store.migrate(&why))
        return fail(why);
    HttpServer server(config, &store);
    if (!server.bind(&why))
        return fail(why);
    logEvent(QStringLiteral("info"), QStringLiteral("listening on %1:%2 (%3)")
                                         .arg(config.listenAddress)
                                         .arg(server.boundPort())
                                         .arg(config.plainHttp ? QStringLiteral("http") : QStringLiteral("https")));
    std::thread waiter([&server, stopSignals] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        logEvent(QStringLiteral("info"), QStringLiteral("stopping on signal %1").arg(sig));
        server.stop();
    });
    server.run();
    // run() also ends on a bind/accept fault; wake the waiter so it can be joined.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}
