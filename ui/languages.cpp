#include "languages.h"

#include "uisettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace sw::ui {

QString languagePreference()
{
    const QString value = QSettings().value(settings::languageKey(), language::system()).toString();
    if (value == language::chinese() || value == language::english())
        return value;
    return language::system();
}

void setLanguagePreference(const QString& preference)
{
    QSettings().setValue(settings::languageKey(), preference);
}

QString resolveLanguage(const QString& preference, const QLocale& systemLocale)
{
    if (preference == language::chinese() || preference == language::english())
        return preference;
    // Traditional-Chinese locales also get the Simplified catalogue: it is the only
    // Chinese one we ship, and far closer for those users than English.
    return systemLocale.language() == QLocale::Chinese ? language::chinese() : language::english();
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale(language == language::chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, context menus) come from the system's
    // qtbase catalogue when it is installed; missing it only leaves those in English.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* ownTranslator = new QTranslator(&app);
    if (!ownTranslator->load(QStringLiteral(":/i18n/shopwarden_") + language + QStringLiteral(".qm"))) {
        delete ownTranslator;
        return false;
    }
    QCoreApplication::installTranslator(ownTranslator);
    return true;
}

} // namespace sw::ui
