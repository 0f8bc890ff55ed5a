// SessionController: the whole desktop flow on real windows — first run creates the
// database, sign-in opens the main window, Sign Out returns to sign-in, and a second
// start on the same file asks to unlock it. Sync: every session has its SyncClient (no
// server set up: "not configured"); with a server set up, signing in also signs in to
// it with the password just typed; the client is gone after Sign Out and before the
// database when the controller goes.

#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "storage/database.h"
#include "sync/syncclient.h"
#include "syncstatuswidget.h"
#include "uitestsupport.h"
#include "unlockdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
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
    // Sync is there, but no server is set up on a new database.
    QPointer<sw::sync::SyncClient> client = session.syncClient();
    QVERIFY(client);
    QVERIFY(window->syncStatus());
    QVERIFY(window->conflictsPane());
    QCOMPARE(window->syncStatus()->stateLabel()->text(), QStringLiteral("Not configured"));

    window->signOutAction()->trigger();
    QTRY_VERIFY(!visibleTopLevel<MainWindow>());
    QVERIFY(visibleTopLevel<LoginDialog>());
    QVERIFY(!session.syncClient());
    QTRY_VERIFY(!session.mainWindow()); // deleted, not just hidden
    QTRY_VERIFY(!client);               // and the sync client with its thread
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

    // A server is set up (nothing listens on port 1 here): signing in to Shopwarden
    // signs in to it too, with the same password; that fails, in the status bar.
    const sw::sync::SyncClient::Settings server{QUrl(QStringLiteral("http://127.0.0.1:1")), {}, 300};
    const auto stored = sw::sync::SyncClient::saveSettings(*session.database(), server);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    signIn(session.loginDialog(), QStringLiteral("root"), QStringLiteral("root-pass-1"));
    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow() && session.mainWindow()->isVisible(),
                             swtest::kSlowWorkTimeoutMs);
    MainWindow* window = session.mainWindow();
    QVERIFY(session.syncClient());
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(
                                 QStringLiteral("Signing in to the sync server failed: ")),
                             swtest::kSlowWorkTimeoutMs);
    QCOMPARE(window->syncStatus()->stateLabel()->text(), QStringLiteral("Not signed in"));

    // Sign out and quit at once: the controller deletes the client before the database.
    window->signOutAction()->trigger();
    QVERIFY(!session.syncClient());
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
