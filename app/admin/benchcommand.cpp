// bench storage: runs bench/storagebench and prints its result (docs/performance.md).

#include "admincommands.h"
#include "cliutil.h"

#include "storagebench.h"

#include <QJsonDocument>

namespace sw::admin {

namespace {

// Parses a whole positive number option; 0 when it is not one.
qint64 positiveNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace

int runBench(const QStringList& arguments)
{
    // "bench tickets …", "bench sync …" and "bench merchants …" have options of their own
    // (ticketbenchcommand.cpp, syncbenchcommand.cpp, merchantbenchcommand.cpp).
    if (arguments.value(1) == QLatin1String("tickets"))
        return runBenchTickets(arguments);
    if (arguments.value(1) == QLatin1String("sync"))
        return runBenchSync(arguments);
    if (arguments.value(1) == QLatin1String("merchants"))
        return runBenchMerchants(arguments);
    CommandLine cli(
        QStringLiteral("bench"),
        AdminCli::tr("Runs a benchmark. \"storage\": the same bulk insert, indexed lookups and range "
                     "scans on an encrypted and on an unencrypted database, with their ratio."),
        {QStringLiteral("storage")});
    cli.addOption(QStringLiteral("rows"), QStringLiteral("N"), AdminCli::tr("Number of rows to insert."),
                  true);
    cli.addFlag(QStringLiteral("json"), AdminCli::tr("Print one JSON object instead of a table."));
    cli.addOption(QStringLiteral("dir"), QStringLiteral("DIR"),
                  AdminCli::tr("Folder for the two test databases (default: a temporary folder). They are "
                               "deleted afterwards."),
                  false);
    cli.addOption(QStringLiteral("cache-kib"), QStringLiteral("N"),
                  AdminCli::tr("Page cache size in KiB for both databases (default: what the app uses)."),
                  false);
    cli.addOption(
        QStringLiteral("synchronous"), QStringLiteral("MODE"),
        AdminCli::tr("PRAGMA synchronous for both databases: OFF, NORMAL or FULL (default: what the "
                     "app uses)."),
        false);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;
    if (cli.positional().constFirst() != QLatin1String("storage"))
        return cli.usageError(AdminCli::tr("Unknown benchmark \"%1\"; the only one is \"storage\".")
                                  .arg(cli.positional().constFirst()));

    bench::StorageBenchOptions options;
    options.rows = positiveNumber(cli.value(QStringLiteral("rows")));
    if (options.rows <= 0 || options.rows > 100'000'000)
        return cli.usageError(AdminCli::tr("--rows must be a whole number from 1 to 100000000."));
    options.dir = cli.value(QStringLiteral("dir"));
    if (cli.isSet(QStringLiteral("cache-kib"))) {
        const qint64 kib = positiveNumber(cli.value(QStringLiteral("cache-kib")));
        if (kib <= 0 || kib > 64 * 1024 * 1024)
            return cli.usageError(AdminCli::tr("--cache-kib must be a whole number from 1 to 67108864."));
        options.cacheSizeKiB = int(kib);
    }
    if (cli.isSet(QStringLiteral("synchronous"))) {
        const QString mode = cli.value(QStringLiteral("synchronous")).toUpper();
        if (mode != QLatin1String("OFF") && mode != QLatin1String("NORMAL") && mode != QLatin1String("FULL"))
            return cli.usageError(AdminCli::tr("--synchronous must be OFF, NORMAL or FULL."));
        options.synchronous = mode;
    }

    auto result = bench::runStorageBench(options);
    if (!result)
        return report(result.error());
    if (cli.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(bench::formatStorageBench(*result).trimmed());
    return ExitOk;
}

} // namespace sw::admin
