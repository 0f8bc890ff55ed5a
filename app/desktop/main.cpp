// shopwarden: the desktop back office. Thin on purpose; the flow lives in
// ui/sessioncontroller, the look in ui/appearance and ui/languages.

#include "appearance.h"
#include "languages.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    sw::ui::setApplicationIdentity(app);
    // Language before anything is shown, --help included.
    sw::ui::installTranslations(app,
                                sw::ui::resolveLanguage(sw::ui::languagePreference(), QLocale::system()));
    sw::ui::applyApplicationFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Shopwarden (店务管家): back office for an e-commerce platform's service staff."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main",
                                    "Use the database FILE instead of the one in the user's data folder."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start on a throwaway database filled with demo data; "
                                            "prints its passphrase and logins."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    if (parser.isSet(dbOption) && parser.isSet(demoOption)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "--db and --demo cannot be used together.")));
        return 2;
    }

    sw::ui::SessionController session;
    if (parser.isSet(demoOption))
        session.startDemo();
    else if (parser.isSet(dbOption))
        session.start(QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption))));
    else
        session.start(sw::ui::SessionController::defaultDatabasePath());
    return app.exec();
}
