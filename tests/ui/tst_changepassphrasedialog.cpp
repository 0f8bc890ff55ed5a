// ChangePassphraseDialog: needs a long enough passphrase typed twice; re-keys the open
// database off the GUI thread, after which only the new passphrase opens the file.

#include "changepassphrasedialog.h"
#include "services/userservice.h"
#include "support/servicefixture.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using sw::ui::ChangePassphraseDialog;

class TestChangePassphraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okNeedsMatchingLongPassphrase_data();
    void okNeedsMatchingLongPassphrase();
    void changesThePassphrase();

private:
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
};

void TestChangePassphraseDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
}

void TestChangePassphraseDialog::okNeedsMatchingLongPassphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << "a new passphrase"
                        << "a new passphrase" << true;
    QTest::newRow("mismatch") << "a new passphrase"
                              << "a new passphrasE" << false;
    QTest::newRow("short") << "short one"
                           << "short one" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestChangePassphraseDialog::okNeedsMatchingLongPassphrase()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, confirm);
    QFETCH(bool, valid);
    swtest::ServiceFixture fixture;
    QString why;
    QVERIFY2(fixture.create(&why), qPrintable(why));
    ChangePassphraseDialog dialog(fixture.db());
    dialog.show();
    QTest::keyClicks(dialog.passphraseEdit(), passphrase);
    QTest::keyClicks(dialog.passphraseConfirmEdit(), confirm);
    QCOMPARE(dialog.okButton()->isEnabled(), valid);
}

void TestChangePassphraseDialog::changesThePassphrase()
{
    swtest::ServiceFixture fixture;
    QString why;
    QVERIFY2(fixture.create(&why), qPrintable(why));
    fixture.firstAdmin();
    const QString path = fixture.db().path();

    ChangePassphraseDialog dialog(fixture.db());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("a brand new passphrase"));
    QTest::keyClicks(dialog.passphraseConfirmEdit(), QStringLiteral("a brand new passphrase"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(accepted.wait(swtest::kSlowWorkTimeoutMs));

    // The open Database keeps working on the GUI thread after the re-key.
    auto users = sw::services::UserService(fixture.db(), sw::services::Actor::system()).list();
    QVERIFY2(users.ok(), qPrintable(users.message()));
    QCOMPARE(users->size(), 1);
    fixture.db().releaseThreadConnection();

    auto oldOpen =
        sw::storage::Database::open(path, sw::storage::Secret::fromUtf8(QStringLiteral("test passphrase")));
    QVERIFY(!oldOpen.ok());
    QCOMPARE(oldOpen.code(), sw::ErrorCode::WrongPassphrase);
    auto newOpen = sw::storage::Database::open(
        path, sw::storage::Secret::fromUtf8(QStringLiteral("a brand new passphrase")));
    QVERIFY2(newOpen.ok(), qPrintable(newOpen.message()));
}

QTEST_MAIN(TestChangePassphraseDialog)
#include "tst_changepassphrasedialog.moc"
