// Language handling: the system locale decides unless the user picked one, the
// embedded zh_CN catalogue loads and is complete, and the preference round-trips
// through QSettings.

#include "languages.h"
#include "uisettings.h"
#include "uitestsupport.h"

#include <QFile>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sw::ui;

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolveLanguage_data();
    void resolveLanguage();
    void preferenceRoundTrip_data();
    void preferenceRoundTrip();
    void chineseCatalogueIsEmbeddedAndUsed();
    void chineseCatalogueIsComplete();

private:
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
};

void TestLanguages::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
}

void TestLanguages::resolveLanguage_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system zh_CN") << "system"
                                  << "zh_CN"
                                  << "zh_CN";
    QTest::newRow("system zh_TW") << "system"
                                  << "zh_TW"
                                  << "zh_CN";
    QTest::newRow("system zh_HK") << "system"
                                  << "zh_HK"
                                  << "zh_CN";
    QTest::newRow("system en_US") << "system"
                                  << "en_US"
                                  << "en";
    QTest::newRow("system de_DE") << "system"
                                  << "de_DE"
                                  << "en";
    QTest::newRow("system C") << "system"
                              << "C"
                              << "en";
    QTest::newRow("chosen zh on en system") << "zh_CN"
                                            << "en_US"
                                            << "zh_CN";
    QTest::newRow("chosen en on zh system") << "en"
                                            << "zh_CN"
                                            << "en";
    QTest::newRow("garbage follows system") << "klingon"
                                            << "zh_CN"
                                            << "zh_CN";
}

void TestLanguages::resolveLanguage()
{
    QFETCH(QString, preference);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);
    QCOMPARE(sw::ui::resolveLanguage(preference, QLocale(systemLocale)), expected);
}

void TestLanguages::preferenceRoundTrip_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("read");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("system") << "system"
                            << "system";
    QTest::newRow("unknown") << "fr"
                             << "system";
}

void TestLanguages::preferenceRoundTrip()
{
    QFETCH(QString, stored);
    QFETCH(QString, read);
    QSettings().remove(settings::languageKey());
    QCOMPARE(languagePreference(), language::system()); // default
    setLanguagePreference(stored);
    QCOMPARE(QSettings().value(settings::languageKey()).toString(), stored);
    QCOMPARE(languagePreference(), read);
}

void TestLanguages::chineseCatalogueIsEmbeddedAndUsed()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/shopwarden_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/shopwarden_en.qm")));
    QCOMPARE(QCoreApplication::translate("sw::ui::UsersPane", "Users"), QStringLiteral("Users"));
    QVERIFY(installTranslations(*QCoreApplication::instance(), language::chinese()));
    QCOMPARE(QCoreApplication::translate("sw::ui::UsersPane", "Users"), QStringLiteral("用户管理"));
    QCOMPARE(QCoreApplication::translate("sw::ui::HomePane", "Home"), QStringLiteral("工作台"));
    // Core's messages are translated in the context the code uses at run time.
    QCOMPARE(QCoreApplication::translate("AuthService", "The login or password is incorrect."),
             QStringLiteral("登录名或密码不正确。"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
}

void TestLanguages::chineseCatalogueIsComplete()
{
    QFile file(QStringLiteral(SW_SOURCE_DIR "/translations/shopwarden_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool isUnfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (isUnfinished || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String(" | "))));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
