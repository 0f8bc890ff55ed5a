#pragma once

// UI language: follows the system locale (any Chinese locale → Simplified Chinese,
// everything else → English) unless the user picked one in Settings → Language.

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sw::ui {

namespace language {
inline QString system()
{
    return QStringLiteral("system");
}
inline QString chinese()
{
    return QStringLiteral("zh_CN");
}
inline QString english()
{
    return QStringLiteral("en");
}
} // namespace language

// The stored preference ("system", "zh_CN" or "en"); unknown values read as "system".
QString languagePreference();
void setLanguagePreference(const QString& preference);

// The language actually used for a preference on a machine with this system locale:
// "zh_CN" or "en".
QString resolveLanguage(const QString& preference, const QLocale& systemLocale);

// Installs Shopwarden's and Qt's own translators for `language` ("zh_CN"/"en") on
// the application and sets the default QLocale to match, so numbers and dates agree
// with the text. Returns false when Shopwarden's catalogue could not be loaded
// (the UI then shows the English source text).
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace sw::ui
