// bench sync: runs bench/syncbench against a real shopwarden-server (docs/performance.md).

#include "admincommands.h"
#include "cliutil.h"

#include "syncbench.h"

#include <QJsonDocument>

namespace sw::admin {

namespace {

// A whole number option in [lo, hi]; false when it is not one.
bool numberOption(const CommandLine& cli, const QString& name, qint64 lo, qint64 hi, qint64* out)
{
    if (!cli.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = cli.value(name).toLongLong(&ok);
    if (!ok || value < lo || value > hi)
        return false;
    *out = value;
    return true;
}

} // namespace

int runBenchSync(const QStringList& arguments)
{
    CommandLine cli(
        QStringLiteral("bench sync"),
        AdminCli::tr("Times sync against a real shopwarden-server and PostgreSQL on this machine: the initial "
                     "pull of N tickets with their timelines into an empty encrypted workstation database "
                     "(against a PostgreSQL COPY of the same rows), how long the GUI thread stalls meanwhile, "
                     "the push of local changes, and many simulated clients at once. Without --url it starts "
                     "a throwaway PostgreSQL cluster and server and stops them afterwards; with --url it "
                     "adds its data to that server (use an empty database)."),
        {QStringLiteral("sync")});
    cli.addFlag(QStringLiteral("json"), AdminCli::tr("Print one JSON object instead of a summary."));
    cli.addOption(QStringLiteral("tickets"), QStringLiteral("N"),
                  AdminCli::tr("Tickets to load and pull, 3–8 timeline events each (default 100000)."), false);
    cli.addOption(QStringLiteral("push-ops"), QStringLiteral("N"),
                  AdminCli::tr("Local changes to push in one sync (default 10000)."), false);
    cli.addOption(QStringLiteral("clients"), QStringLiteral("N"),
                  AdminCli::tr("Simulated clients at once (default 50)."), false);
    cli.addOption(QStringLiteral("seconds"), QStringLiteral("N"),
                  AdminCli::tr("How long the simulated clients run (default 60)."), false);
    cli.addOption(QStringLiteral("batch"), QStringLiteral("N"),
                  AdminCli::tr("Ops per push of a simulated client (default 5)."), false);
    cli.addOption(QStringLiteral("think-ms"), QStringLiteral("MS"),
                  AdminCli::tr("Pause of a simulated client after each request (default 0: back to back); paced clients start spread over one pause."), false);
    cli.addOption(QStringLiteral("url"), QStringLiteral("URL"),
                  AdminCli::tr("A running server (needs --pg; use an empty database)."), false);
    cli.addOption(QStringLiteral("login"), QStringLiteral("LOGIN"),
                  AdminCli::tr("The measured workstation signs in as this user, who must see and work every "
                               "ticket (a manager; default: a manager the benchmark adds)."),
                  false);
    cli.addOption(QStringLiteral("password-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is that user's password (\"-\" = standard input)."), false);
    cli.addOption(QStringLiteral("pg"), QStringLiteral("CONNINFO"),
                  AdminCli::tr("With --url: libpq \"host=… port=… dbname=… user=…\" of the server's database, "
                               "for loading the data with COPY."),
                  false);
    cli.addOption(QStringLiteral("pg-script"), QStringLiteral("FILE"),
                  AdminCli::tr("scripts/pg-test-cluster (default: looked for near this program)."), false);
    cli.addOption(QStringLiteral("pg-bin"), QStringLiteral("DIR"),
                  AdminCli::tr("PostgreSQL's programs (default /usr/lib/postgresql/15/bin)."), false);
    cli.addOption(QStringLiteral("server-bin"), QStringLiteral("FILE"),
                  AdminCli::tr("shopwarden-server (default: next to this program or in ../server/)."), false);
    cli.addOption(QStringLiteral("server-threads"), QStringLiteral("N"),
                  AdminCli::tr("threads of the server started here (default: the server's own default)."), false);
    cli.addOption(QStringLiteral("dir"), QStringLiteral("DIR"),
                  AdminCli::tr("Folder for the temporary files (default: the system's temporary folder). They "
                               "are deleted afterwards."),
                  false);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    bench::SyncBenchOptions options;
    qint64 tickets = options.tickets, pushOps = options.pushOps, clients = options.clients,
           seconds = options.seconds, batch = options.batchOps, think = options.thinkMs,
           threads = options.serverThreads;
    if (!numberOption(cli, QStringLiteral("tickets"), 1, 10'000'000, &tickets))
        return cli.usageError(AdminCli::tr("--tickets must be a whole number from 1 to 10000000."));
    if (!numberOption(cli, QStringLiteral("push-ops"), 1, 1'000'000, &pushOps))
        return cli.usageError(AdminCli::tr("--push-ops must be a whole number from 1 to 1000000."));
    if (!numberOption(cli, QStringLiteral("clients"), 1, 1000, &clients))
        return cli.usageError(AdminCli::tr("--clients must be a whole number from 1 to 1000."));
    if (!numberOption(cli, QStringLiteral("seconds"), 1, 86400, &seconds))
        return cli.usageError(AdminCli::tr("--seconds must be a whole number from 1 to 86400."));
    if (!numberOption(cli, QStringLiteral("batch"), 1, 1000, &batch))
        return cli.usageError(AdminCli::tr("--batch must be a whole number from 1 to 1000."));
    if (!numberOption(cli, QStringLiteral("think-ms"), 0, 600000, &think))
        return cli.usageError(AdminCli::tr("--think-ms must be a whole number from 0 to 600000."));
    if (!numberOption(cli, QStringLiteral("server-threads"), 1, 1024, &threads))
        return cli.usageError(AdminCli::tr("--server-threads must be a whole number from 1 to 1024."));
    options.tickets = tickets;
    options.pushOps = int(pushOps);
    options.clients = int(clients);
    options.seconds = int(seconds);
    options.batchOps = int(batch);
    options.thinkMs = int(think);
    options.serverThreads = int(threads);
    options.pgScript = cli.value(QStringLiteral("pg-script"));
    options.serverBin = cli.value(QStringLiteral("server-bin"));
    if (cli.isSet(QStringLiteral("pg-bin")))
        options.pgBin = cli.value(QStringLiteral("pg-bin"));
    options.workDir = cli.value(QStringLiteral("dir"));

    if (cli.isSet(QStringLiteral("url"))) {
        if (!cli.isSet(QStringLiteral("pg")))
            return cli.usageError(AdminCli::tr("--url needs --pg as well."));
        options.url = QUrl(cli.value(QStringLiteral("url")));
        if (!options.url.isValid() || options.url.host().isEmpty())
            return cli.usageError(AdminCli::tr("--url must be http(s)://host:port."));
        options.pgConnInfo = cli.value(QStringLiteral("pg"));
    } else if (cli.isSet(QStringLiteral("pg"))) {
        return cli.usageError(AdminCli::tr("--pg goes with --url only."));
    }
    if (cli.isSet(QStringLiteral("login")) != cli.isSet(QStringLiteral("password-file")))
        return cli.usageError(AdminCli::tr("--login and --password-file go together."));
    if (cli.isSet(QStringLiteral("login"))) {
        options.login = cli.value(QStringLiteral("login"));
        SecretReader reader;
        auto password = reader.read(cli.value(QStringLiteral("password-file")), QStringLiteral("--password-file"));
        if (!password)
            return reportSecretError(password.error());
        options.password = QString::fromUtf8(password->chars(), qsizetype(password->size()));
    }
    options.log = [](const QString& line) { printError(QStringLiteral("bench sync: ") + line); };

    auto result = bench::runSyncBench(options);
    options.password.fill(QChar(u'\0'));
    if (!result)
        return report(result.error());
    if (cli.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(bench::formatSyncBench(*result).trimmed());
    return ExitOk;
}

} // namespace sw::admin
