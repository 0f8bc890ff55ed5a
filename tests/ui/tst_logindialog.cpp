// LoginDialog: failures are shown inline with the one generic message (never saying
// whether the login or the password was wrong); five failures lock the account; a
// correct sign-in accepts with the actor.

#include "clock.h"
#include "logindialog.h"
#include "services/authservice.h"
#include "support/servicefixture.h"
#include "uisettings.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using sw::ui::LoginDialog;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void okNeedsLoginAndPassword();
    void wrongPasswordShowsGenericMessageInline_data();
    void wrongPasswordShowsGenericMessageInline();
    void fiveFailuresLockTheAccount();
    void correctPasswordSignsIn();

private:
    // Types the credentials, clicks Sign in and waits for the off-thread check.
    static void attempt(LoginDialog& dialog, const QString& login, const QString& password);

    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
    std::unique_ptr<sw::ManualClock> m_clock;
};

void TestLoginDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
}

void TestLoginDialog::init()
{
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_fixture.firstAdmin(QStringLiteral("admin"), QStringLiteral("admin-password"));
    m_clock = std::make_unique<sw::ManualClock>(swtest::fixedStart());
}

void TestLoginDialog::cleanup()
{
    m_fixture.destroy();
}

void TestLoginDialog::attempt(LoginDialog& dialog, const QString& login, const QString& password)
{
    dialog.loginEdit()->clear();
    QTest::keyClicks(dialog.loginEdit(), login);
    QTest::keyClicks(dialog.passwordEdit(), password);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.loginEdit()->isEnabled()); // inputs wait while Argon2id runs
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), swtest::kSlowWorkTimeoutMs);
}

void TestLoginDialog::okNeedsLoginAndPassword()
{
    LoginDialog dialog(m_fixture.db(), m_clock.get());
    dialog.show();
    dialog.loginEdit()->clear();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("admin"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("x"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestLoginDialog::wrongPasswordShowsGenericMessageInline_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << "admin"
                                    << "not-the-password";
    QTest::newRow("unknown login") << "nobody"
                                   << "admin-password";
}

void TestLoginDialog::wrongPasswordShowsGenericMessageInline()
{
    QFETCH(QString, login);
    QFETCH(QString, password);

    // The message the service gives for a failed sign-in: the dialog must show exactly it.
    sw::services::AuthService auth(m_fixture.db(), m_clock.get());
    const auto reference = auth.login(QStringLiteral("someone-else"), QStringLiteral("whatever"));
    QVERIFY(!reference.ok());

    LoginDialog dialog(m_fixture.db(), m_clock.get());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    attempt(dialog, login, password);

    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.lastError().has_value());
    QCOMPARE(*dialog.lastError(), sw::ErrorCode::BadCredentials);
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), reference.message());
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // cleared for the next try
    QVERIFY(dialog.loginEdit()->isEnabled());
}

void TestLoginDialog::fiveFailuresLockTheAccount()
{
    LoginDialog dialog(m_fixture.db(), m_clock.get());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    for (int i = 0; i < 5; ++i)
        attempt(dialog, QStringLiteral("admin"), QStringLiteral("wrong-%1").arg(i));

    // Locked now: even the right password is refused, with the lock message inline.
    attempt(dialog, QStringLiteral("admin"), QStringLiteral("admin-password"));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.lastError().has_value());
    QCOMPARE(*dialog.lastError(), sw::ErrorCode::AccountLocked);
    QVERIFY(dialog.errorLabel()->isVisible());
    sw::services::AuthService auth(m_fixture.db(), m_clock.get());
    const auto reference = auth.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
    QCOMPARE(reference.code(), sw::ErrorCode::AccountLocked);
    QCOMPARE(dialog.errorLabel()->text(), reference.message());

    // The lock lasts 15 minutes, then the right password works again.
    m_clock->advanceSecs(16 * 60);
    attempt(dialog, QStringLiteral("admin"), QStringLiteral("admin-password"));
    QCOMPARE(accepted.count(), 1);
}

void TestLoginDialog::correctPasswordSignsIn()
{
    LoginDialog dialog(m_fixture.db(), m_clock.get());
    QSignalSpy signedIn(&dialog, &LoginDialog::signedIn);
    dialog.show();
    attempt(dialog, QStringLiteral("admin"), QStringLiteral("admin-password"));
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().login, QStringLiteral("admin"));
    QVERIFY(dialog.actor().has(sw::domain::Role::Admin));
    QVERIFY(!dialog.lastError().has_value());
    // The login (not the password) is remembered for the next start.
    QCOMPARE(QSettings().value(sw::ui::settings::lastLoginKey()).toString(), QStringLiteral("admin"));
    LoginDialog next(m_fixture.db(), m_clock.get());
    QCOMPARE(next.loginEdit()->text(), QStringLiteral("admin"));
    QVERIFY(next.passwordEdit()->text().isEmpty());
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
