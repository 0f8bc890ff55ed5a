// bench tickets: runs bench/ticketbench on a seeded database (docs/performance.md).

#include "admincommands.h"
#include "cliutil.h"

#include "storage/database.h"
#include "ticketbench.h"

#include <QJsonDocument>

namespace sw::admin {

int runBenchTickets(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("bench tickets"),
                    AdminCli::tr("Times the ticket queue on a seeded database (see \"seed\"): first page, "
                                 "filter, sort by due time, jump to the last row, full-text search against "
                                 "a LIKE baseline, and opening tickets. Changes nothing."),
                    {QStringLiteral("tickets")});
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), AdminCli::tr("The database file."), true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the database passphrase (\"-\" = standard input)."),
                  true);
    cli.addFlag(QStringLiteral("json"), AdminCli::tr("Print one JSON object instead of a summary."));
    cli.addOption(QStringLiteral("baseline-budget"), QStringLiteral("SECONDS"),
                  AdminCli::tr("Stop starting LIKE baseline searches after this many seconds (default 120)."),
                  false);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    bench::TicketBenchOptions options;
    if (cli.isSet(QStringLiteral("baseline-budget"))) {
        bool ok = false;
        options.baselineBudgetSecs = cli.value(QStringLiteral("baseline-budget")).toDouble(&ok);
        if (!ok || options.baselineBudgetSecs < 0)
            return cli.usageError(AdminCli::tr("--baseline-budget must be a number of seconds."));
    }
    const QString path = cli.value(QStringLiteral("db"));
    if (const Status s = requireExistingFile(path); !s)
        return report(s.error());
    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());
    auto opened = storage::Database::open(path, std::move(*passphrase));
    if (!opened)
        return report(opened.error());
    std::unique_ptr<storage::Database> db = std::move(opened).value();

    auto result = bench::runTicketBench(*db, options);
    db->releaseThreadConnection();
    if (!result)
        return report(result.error());
    if (cli.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(bench::formatTicketBench(*result).trimmed());
    return ExitOk;
}

} // namespace sw::admin
