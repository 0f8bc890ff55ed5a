// SettingsDialog: the language page shows the stored choice, OK stores the new one,
// Cancel stores nothing.

#include "languages.h"
#include "settingsdialog.h"
#include "uisettings.h"
#include "uitestsupport.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

using sw::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsStoredChoice_data();
    void showsStoredChoice();
    void okStoresChoice();
    void cancelStoresNothing();

private:
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
};

void TestSettingsDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
}

void TestSettingsDialog::showsStoredChoice_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("checked"); // 0 system, 1 Chinese, 2 English
    QTest::newRow("none") << QString() << 0;
    QTest::newRow("zh_CN") << "zh_CN" << 1;
    QTest::newRow("en") << "en" << 2;
    QTest::newRow("system") << "system" << 0;
}

void TestSettingsDialog::showsStoredChoice()
{
    QFETCH(QString, stored);
    QFETCH(int, checked);
    QSettings().remove(sw::ui::settings::languageKey());
    if (!stored.isEmpty())
        sw::ui::setLanguagePreference(stored);
    SettingsDialog dialog;
    const QList<QRadioButton*> buttons{dialog.systemLanguageButton(), dialog.chineseButton(),
                                       dialog.englishButton()};
    for (int i = 0; i < buttons.size(); ++i)
        QCOMPARE(buttons[i]->isChecked(), i == checked);
}

void TestSettingsDialog::okStoresChoice()
{
    sw::ui::setLanguagePreference(sw::ui::language::system());
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Radio buttons react on their indicator and label, not on the stretched rest.
    QTest::mouseClick(dialog.englishButton(), Qt::LeftButton, {},
                      QPoint(8, dialog.englishButton()->height() / 2));
    QVERIFY(dialog.englishButton()->isChecked());
    auto* box = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sw::ui::languagePreference(), sw::ui::language::english());
}

void TestSettingsDialog::cancelStoresNothing()
{
    sw::ui::setLanguagePreference(sw::ui::language::chinese());
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.systemLanguageButton(), Qt::LeftButton, {},
                      QPoint(8, dialog.systemLanguageButton()->height() / 2));
    QVERIFY(dialog.systemLanguageButton()->isChecked());
    dialog.reject();
    QCOMPARE(sw::ui::languagePreference(), sw::ui::language::chinese());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
