// calendar list | import | export: the business-day calendar (services/calendarservice.h,
// docs/admin-guide.md "Business-day calendar"). Changes are made as the system actor,
// like every other command of this tool: whoever holds the passphrase administers the
// file; the audit log records them as "system".

#include "admincommands.h"
#include "cliutil.h"

#include "services/actor.h"
#include "services/calendarservice.h"
#include "storage/database.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace sw::admin {

namespace {

using services::CalendarDay;
using services::CalendarService;

void addDatabaseOptions(CommandLine& cli)
{
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), AdminCli::tr("The database file."), true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the database passphrase (\"-\" = standard input)."),
                  true);
}

// Opens --db with --passphrase-file; on failure prints the problem and sets *exitCode.
std::unique_ptr<storage::Database> openDatabase(const CommandLine& cli, int* exitCode)
{
    const QString path = cli.value(QStringLiteral("db"));
    if (const Status s = requireExistingFile(path); !s) {
        *exitCode = report(s.error());
        return nullptr;
    }
    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase) {
        *exitCode = reportSecretError(passphrase.error());
        return nullptr;
    }
    auto opened = storage::Database::open(path, std::move(*passphrase));
    if (!opened) {
        *exitCode = report(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

// --year Y; -1 after printing a usage error (the exit code is then ExitUsage).
int parseYear(const CommandLine& cli)
{
    bool ok = false;
    const int year = cli.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < CalendarService::kMinYear || year > CalendarService::kMaxYear) {
        cli.usageError(AdminCli::tr("--year must be a year from %1 to %2.")
                           .arg(CalendarService::kMinYear)
                           .arg(CalendarService::kMaxYear));
        return -1;
    }
    return year;
}

QString usage()
{
    return AdminCli::tr("Usage: shopwarden-admin calendar list|import|export [options]\n"
                        "\n"
                        "  list    the public holidays and make-up working days of a year (--year Y)\n"
                        "  import  set the days listed in a CSV file (--csv FILE), all or nothing\n"
                        "  export  write a year as CSV (--year Y --out FILE)\n"
                        "\n"
                        "Each takes --db FILE --passphrase-file F. Run \"shopwarden-admin calendar "
                        "SUBCOMMAND --help\" for details.");
}

int runList(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("calendar list"),
                    AdminCli::tr("Lists the public holidays and make-up working days of a year as they are in "
                                 "effect: the built-in Chinese calendar with this database's custom entries. "
                                 "One line per day: date, weekday, type, source, name (tab-separated)."));
    addDatabaseOptions(cli);
    cli.addOption(QStringLiteral("year"), QStringLiteral("Y"), AdminCli::tr("The year to list."), true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;
    const int year = parseYear(cli);
    if (year < 0)
        return ExitUsage;
    int exitCode = ExitFailed;
    auto db = openDatabase(cli, &exitCode);
    if (!db)
        return exitCode;
    const auto days = CalendarService(*db, services::Actor::system()).days(year);
    db->releaseThreadConnection();
    if (!days)
        return report(days.error());
    const QLocale c = QLocale::c();
    for (const CalendarDay& day : *days) {
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(day.date.toString(Qt::ISODate), c.dayName(day.date.dayOfWeek(), QLocale::ShortFormat),
                          CalendarService::typeCode(day.type),
                          day.custom ? QStringLiteral("custom") : QStringLiteral("built-in"), day.name));
    }
    return ExitOk;
}

int runImport(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("calendar import"),
                    AdminCli::tr("Sets every day listed in a CSV file (header \"date,type,name\"; type holiday, "
                                 "workday or normal) as a custom entry. All or nothing: a bad line is named "
                                 "with its number and nothing is saved."));
    addDatabaseOptions(cli);
    cli.addOption(QStringLiteral("csv"), QStringLiteral("FILE"), AdminCli::tr("The CSV file to import."), true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;
    const QString csvPath = cli.value(QStringLiteral("csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return report(makeError(ErrorCode::Io, AdminCli::tr("The file %1 cannot be read.").arg(csvPath),
                                file.errorString()));
    }
    // One byte over the service's limit is enough for it to refuse the file.
    const QByteArray content = file.read(1024 * 1024 + 1);
    int exitCode = ExitFailed;
    auto db = openDatabase(cli, &exitCode);
    if (!db)
        return exitCode;
    const auto summary = CalendarService(*db, services::Actor::system()).importCsv(content);
    db->releaseThreadConnection();
    if (!summary)
        return report(summary.error());
    printOut(AdminCli::tr("Imported %1 days: %2 added, %3 changed, %4 already up to date.")
                 .arg(summary->entries)
                 .arg(summary->added)
                 .arg(summary->changed)
                 .arg(summary->unchanged));
    return ExitOk;
}

int runExport(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("calendar export"),
                    AdminCli::tr("Writes the effective calendar of a year as CSV (UTF-8 with a byte-order "
                                 "mark) that \"calendar import\" reads back. FILE must not exist; \"-\" "
                                 "writes to standard output."));
    addDatabaseOptions(cli);
    cli.addOption(QStringLiteral("year"), QStringLiteral("Y"), AdminCli::tr("The year to export."), true);
    cli.addOption(QStringLiteral("out"), QStringLiteral("FILE"), AdminCli::tr("The CSV file to write."), true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;
    const int year = parseYear(cli);
    if (year < 0)
        return ExitUsage;
    const QString out = cli.value(QStringLiteral("out"));
    const bool toStdout = out == QLatin1String("-");
    if (!toStdout) {
        if (const Status s = requireNewFile(out); !s)
            return report(s.error());
    }
    int exitCode = ExitFailed;
    auto db = openDatabase(cli, &exitCode);
    if (!db)
        return exitCode;
    const auto csv = CalendarService(*db, services::Actor::system()).exportCsv(year);
    db->releaseThreadConnection();
    if (!csv)
        return report(csv.error());
    if (toStdout) {
        std::fwrite(csv->constData(), 1, size_t(csv->size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        return report(
            makeError(ErrorCode::Io, AdminCli::tr("The file %1 cannot be written.").arg(out), file.errorString()));
    }
    return ExitOk;
}

} // namespace

int runCalendar(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(usage());
        return ExitOk;
    }
    // The subcommand sees "program --option …" like a command of its own.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("import"))
        return runImport(rest);
    if (sub == QLatin1String("export"))
        return runExport(rest);
    if (sub.isEmpty())
        printError(AdminCli::tr("The calendar command needs a subcommand: list, import or export."));
    else
        printError(AdminCli::tr("Unknown calendar subcommand \"%1\".").arg(sub));
    printError(usage());
    return ExitUsage;
}

} // namespace sw::admin
