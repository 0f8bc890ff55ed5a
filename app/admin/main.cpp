// shopwarden-admin: the administrator's command line (docs/admin-guide.md).
// Thin: parses the command name and hands over to one function per command.

#include "admincommands.h"
#include "cliutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <functional>

namespace {

// Kept in step with project(VERSION) in the top-level CMakeLists.txt.
constexpr const char* kVersion = SHOPWARDEN_VERSION;

struct Command
{
    const char* name;
    std::function<int(const QStringList&)> run;
};

QString usage()
{
    return sw::admin::AdminCli::tr(
        "Usage: shopwarden-admin COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init     create a new encrypted database and its first administrator\n"
        "  check    verify encryption, integrity, schema version and the audit chain\n"
        "  rekey    change the database passphrase\n"
        "  backup   write an encrypted backup copy\n"
        "  restore  check a backup and put it in place of the database\n"
        "  bench    run a benchmark (bench storage --rows N --json, bench tickets --db FILE ...,\n"
        "           bench sync [--tickets N --clients N --seconds N] --json)\n"
        "  seed     fill a database with demo tickets (seed --tickets N)\n"
        "  calendar business-day calendar (calendar list --year Y, import --csv FILE, export --year Y --out FILE)\n"
        "\n"
        "Run \"shopwarden-admin COMMAND --help\" for a command's options.\n"
        "Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, "
        "4 any other error.");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Shopwarden"));
    QCoreApplication::setApplicationName(QStringLiteral("shopwarden-admin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    // English is the source language; Chinese systems get the compiled-in translation.
    QTranslator translator;
    if (QLocale().language() == QLocale::Chinese &&
        translator.load(QStringLiteral(":/i18n/shopwarden_zh_CN.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        sw::admin::printError(usage());
        return sw::admin::ExitUsage;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        sw::admin::printOut(usage());
        return sw::admin::ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        sw::admin::printOut(QStringLiteral("shopwarden-admin %1").arg(QString::fromLatin1(kVersion)));
        return sw::admin::ExitOk;
    }

    const Command commands[] = {
        {"init", sw::admin::runInit},     {"check", sw::admin::runCheck},     {"rekey", sw::admin::runRekey},
        {"backup", sw::admin::runBackup}, {"restore", sw::admin::runRestore}, {"bench", sw::admin::runBench},
        {"seed", sw::admin::runSeed},     {"calendar", sw::admin::runCalendar},
    };
    for (const Command& c : commands) {
        if (command == QLatin1String(c.name)) {
            // The command sees "program --option …" like a program of its own.
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.constFirst());
            return c.run(rest);
        }
    }
    sw::admin::printError(sw::admin::AdminCli::tr("Unknown command \"%1\".").arg(command));
    sw::admin::printError(usage());
    return sw::admin::ExitUsage;
}
