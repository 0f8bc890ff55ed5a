// SessionController: the whole desktop flow on real windows — first run creates the
// database, sign-in opens the main window, Sign Out returns to sign-in, and a second
// start on the same file asks to unlock it.

#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "storage/database.h"
#include "uitestsupport.h"
#include "unlockdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sw::ui;

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultPathIsInAppData();
    void firstRunSignInSignOut();
    void existingDatabaseAsksToUnlock();

private:
    template <typename T> static T* visibleTopLevel()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* typed = qobject_cast<T*>(widget); typed && typed->isVisible())
                return typed;
        }
        return nullptr;
    }
    static void signIn(LoginDialog* login, const QString& user, const QString& password);

    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    QTemporaryDir m_dir;
};

void TestSessionController::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QVERIFY(m_dir.isValid());
}

void TestSessionController::defaultPathIsInAppData()
{
    const QString path = SessionController::defaultDatabasePath();
    QVERIFY(path.endsWith(QStringLiteral("/shopwarden.db")));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestSessionController::signIn(LoginDialog* login, const QString& user, const QString& password)
{
    QVERIFY(login);
    login->loginEdit()->clear();
    QTest::keyClicks(login->loginEdit(), user);
    QTest::keyClicks(login->passwordEdit(), password);
    QTest::mouseClick(login->okButton(), Qt::LeftButton);
}

void TestSessionController::firstRunSignInSignOut()
{
    const QString path = m_dir.filePath(QStringLiteral("flow.db"));
    SessionController session;
    session.start(path);

    auto* firstRun = visibleTopLevel<FirstRunDialog>();
    QVERIFY(firstRun);
    QVERIFY(!visibleTopLevel<UnlockDialog>());
    QTest::keyClicks(firstRun->passphraseEdit(), QStringLiteral("flow test passphrase"));
    QTest::keyClicks(firstRun->passphraseConfirmEdit(), QStringLiteral("flow test passphrase"));
    firstRun->loginEdit()->clear();
    QTest::keyClicks(firstRun->loginEdit(), QStringLiteral("root"));
    QTest::keyClicks(firstRun->displayNameEdit(), QStringLiteral("Wang Min"));
    QTest::keyClicks(firstRun->passwordEdit(), QStringLiteral("root-pass-1"));
    QTest::keyClicks(firstRun->passwordConfirmEdit(), QStringLiteral("root-pass-1"));
    QTest::mouseClick(firstRun->okButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<LoginDialog>(), swtest::kSlowWorkTimeoutMs);
    QVERIFY(session.database());
    QCOMPARE(session.database()->path(), path);

    signIn(visibleTopLevel<LoginDialog>(), QStringLiteral("root"), QStringLiteral("root-pass-1"));
    QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<MainWindow>(), swtest::kSlowWorkTimeoutMs);
    MainWindow* window = session.mainWindow();
    QVERIFY(window);
    QCOMPARE(window->actor().login, QStringLiteral("root"));
    QVERIFY(window->usersPane());

    window->signOutAction()->trigger();
    QTRY_VERIFY(!visibleTopLevel<MainWindow>());
    QVERIFY(visibleTopLevel<LoginDialog>());
    QTRY_VERIFY(!session.mainWindow()); // deleted, not just hidden
}

void TestSessionController::existingDatabaseAsksToUnlock()
{
    const QString path = m_dir.filePath(QStringLiteral("flow.db"));
    QVERIFY(QFileInfo::exists(path)); // left by the previous test
    SessionController session;
    session.start(path);
    auto* unlock = visibleTopLevel<UnlockDialog>();
    QVERIFY(unlock);
    QVERIFY(!visibleTopLevel<FirstRunDialog>());
    QTest::keyClicks(unlock->passphraseEdit(), QStringLiteral("flow test passphrase"));
    QTest::mouseClick(unlock->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.loginDialog() && session.loginDialog()->isVisible(),
                             swtest::kSlowWorkTimeoutMs);
    QCOMPARE(session.loginDialog()->loginEdit()->text(), QStringLiteral("root")); // remembered
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
