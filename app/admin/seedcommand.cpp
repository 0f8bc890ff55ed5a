// seed: fills a database with demo tickets (services/ticketseeder.h, docs/performance.md).

#include "admincommands.h"
#include "cliutil.h"

#include "services/demodata.h"
#include "services/merchantseeder.h"
#include "services/ticketseeder.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sw::admin {

int runSeed(const QStringList& arguments)
{
    CommandLine cli(
        QStringLiteral("seed"),
        AdminCli::tr("Fills a database with demo data: customers, merchants and customer-service tickets "
                     "with their timelines, SLA times and search index, and a dozen after-sales requests and "
                     "disputes in every status. The demo staff is created when the database has no ticket "
                     "handlers. The tickets are local (not queued for sync); the after-sales requests and "
                     "disputes are created through their services, with audit and sync records."));
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), AdminCli::tr("The database file."), true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the database passphrase (\"-\" = standard input)."),
                  true);
    cli.addOption(QStringLiteral("tickets"), QStringLiteral("N"), AdminCli::tr("Number of tickets to add."),
                  true);
    cli.addOption(QStringLiteral("merchants"), QStringLiteral("N"),
                  AdminCli::tr("Also add N merchants, each with a review in one of the statuses and three "
                               "documents with scans (for the merchant review queue and \"bench merchants\")."),
                  false);
    cli.addOption(QStringLiteral("seed"), QStringLiteral("S"),
                  AdminCli::tr("Seed of the random generator (default 20261128); the same seed gives the "
                               "same data."),
                  false);
    cli.addFlag(QStringLiteral("demo-users"),
                AdminCli::tr("Also add the demo teams and agents when the database already has staff."));
    cli.addFlag(QStringLiteral("create"),
                AdminCli::tr("Create the database first (it must not exist), with the demo accounts."));
    cli.addFlag(QStringLiteral("json"),
                AdminCli::tr("Print the summary as one JSON object (with seconds per phase)."));
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    services::SeedOptions options;
    bool ok = false;
    options.tickets = cli.value(QStringLiteral("tickets")).toLongLong(&ok);
    if (!ok || options.tickets < 0 || options.tickets > 50'000'000)
        return cli.usageError(AdminCli::tr("--tickets must be a whole number from 0 to 50000000."));
    if (cli.isSet(QStringLiteral("seed"))) {
        options.seed = cli.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return cli.usageError(AdminCli::tr("--seed must be a whole number."));
    }
    options.demoUsers = cli.isSet(QStringLiteral("demo-users"));
    qint64 merchantCount = 0;
    if (cli.isSet(QStringLiteral("merchants"))) {
        merchantCount = cli.value(QStringLiteral("merchants")).toLongLong(&ok);
        if (!ok || merchantCount < 0 || merchantCount > 10'000'000)
            return cli.usageError(AdminCli::tr("--merchants must be a whole number from 0 to 10000000."));
    }

    const QString path = cli.value(QStringLiteral("db"));
    const bool create = cli.isSet(QStringLiteral("create"));
    if (const Status s = create ? requireNewFile(path) : requireExistingFile(path); !s)
        return report(s.error());
    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());
    auto opened = create ? storage::Database::create(path, std::move(*passphrase))
                         : storage::Database::open(path, std::move(*passphrase));
    if (!opened)
        return report(opened.error());
    std::unique_ptr<storage::Database> db = std::move(opened).value();

    options.progress = [](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            printError(AdminCli::tr("%1 of %2 tickets written").arg(done).arg(total));
    };
    auto result = services::seedTickets(*db, options);
    // Demo after-sales requests in every status (only when there are none yet and the
    // demo staff exists), linked to the tickets just seeded.
    Result<int> requests = result ? services::createDemoAfterSales(*db) : Result<int>(0);
    if (result && !requests)
        result = requests.error();
    // Demo disputes in every status (same guards), about those requests and tickets.
    Result<int> disputes = result ? services::createDemoDisputes(*db) : Result<int>(0);
    if (result && !disputes)
        result = disputes.error();
    // Demo merchant reviews in every status (same guards), then the bulk merchants.
    Result<int> reviews = result ? services::createDemoMerchants(*db) : Result<int>(0);
    if (result && !reviews)
        result = reviews.error();
    Result<services::MerchantSeedReport> bulk = services::MerchantSeedReport{};
    if (result && merchantCount > 0) {
        bulk = services::seedMerchants(*db, merchantCount, options.seed);
        if (!bulk)
            result = bulk.error();
    }
    db->releaseThreadConnection();
    if (!result) {
        if (create) { // like init: a failed --create leaves no file behind
            db.reset();
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QString::fromLatin1(suffix));
        }
        return report(result.error());
    }
    if (!result->createdLogins.isEmpty()) {
        // With --json, stdout holds only the JSON object.
        (cli.isSet(QStringLiteral("json")) ? printError : printOut)(
            AdminCli::tr("Created the demo accounts %1. They all have the demo password that "
                         "./scripts/run --demo prints; on a database in real use, change it or "
                         "deactivate them.")
                .arg(result->createdLogins.join(QStringLiteral(", "))));
    }
    if (cli.isSet(QStringLiteral("json"))) {
        QJsonObject json = result->toJson();
        json.insert(QStringLiteral("merchant_reviews"), bulk->reviews + *reviews);
        json.insert(QStringLiteral("merchant_documents"), bulk->documents);
        json.insert(QStringLiteral("merchant_seconds"), bulk->seconds);
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    if (*requests > 0)
        printOut(AdminCli::tr("Added %1 demo after-sales requests in every status.").arg(*requests));
    if (*disputes > 0)
        printOut(AdminCli::tr("Added %1 demo disputes in every status.").arg(*disputes));
    if (*reviews > 0)
        printOut(AdminCli::tr("Added %1 demo merchant reviews in every status.").arg(*reviews));
    if (bulk->merchants > 0)
        printOut(AdminCli::tr("Seeded %1 merchants with %2 reviews and %3 documents in %4 s.")
                     .arg(bulk->merchants)
                     .arg(bulk->reviews)
                     .arg(bulk->documents)
                     .arg(bulk->seconds, 0, 'f', 1));
    printOut(AdminCli::tr("Seeded %1 tickets with %2 timeline events, %3 customers and %4 merchants in %5 s.")
                 .arg(result->tickets)
                 .arg(result->events)
                 .arg(result->customers)
                 .arg(result->merchants)
                 .arg(result->seconds, 0, 'f', 1));
    return ExitOk;
}

} // namespace sw::admin
