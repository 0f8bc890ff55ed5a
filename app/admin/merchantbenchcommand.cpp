// bench merchants: runs bench/merchantbench (docs/performance.md).

#include "admincommands.h"
#include "cliutil.h"

#include "merchantbench.h"

#include <QJsonDocument>

namespace sw::admin {

int runBenchMerchants(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("bench merchants"),
                    AdminCli::tr("Seeds a throwaway encrypted database with merchants (one review and three "
                                 "documents each) and times the merchant review queue opening and filtering, "
                                 "against reading every open review into memory."),
                    {QStringLiteral("merchants")});
    cli.addOption(QStringLiteral("merchants"), QStringLiteral("N"),
                  AdminCli::tr("Number of merchants (default 100000)."), false);
    cli.addOption(QStringLiteral("dir"), QStringLiteral("DIR"),
                  AdminCli::tr("Folder for the test database (default: a temporary folder)."), false);
    cli.addFlag(QStringLiteral("json"), AdminCli::tr("Print one JSON object instead of a summary."));
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;
    bench::MerchantBenchOptions options;
    if (cli.isSet(QStringLiteral("merchants"))) {
        bool ok = false;
        options.merchants = cli.value(QStringLiteral("merchants")).toLongLong(&ok);
        if (!ok || options.merchants < 1 || options.merchants > 10'000'000)
            return cli.usageError(AdminCli::tr("--merchants must be a whole number from 1 to 10000000."));
    }
    options.dir = cli.value(QStringLiteral("dir"));
    auto result = bench::runMerchantBench(options);
    if (!result)
        return report(result.error());
    if (cli.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(bench::formatMerchantBench(*result).trimmed());
    return ExitOk;
}

} // namespace sw::admin
