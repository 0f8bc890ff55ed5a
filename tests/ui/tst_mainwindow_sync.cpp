// MainWindow with a SyncClient: the sync status sits in the status bar, View → Sync Now
// has its own shortcut (F9, not Refresh's) and explains itself without a server, the
// Sync Conflicts pane is in the navigation with its count, the status widget's count of
// a real refused change opens it, Settings → Sync Server opens its dialog without
// blocking, and a failed sync is a status-bar message.

#include "conflictspane.h"
#include "mainwindow.h"
#include "serversettingsdialog.h"
#include "services/userservice.h"
#include "support/servicefixture.h"
#include "sync/syncclient.h"
#include "sync/syncstore.h"
#include "syncstatuswidget.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using sw::sync::SyncClient;
using sw::ui::MainWindow;

class TestMainWindowSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutClientNothingOfSync();
    void syncPartsPresent();
    void conflictsCountOpensPane();
    void syncNowShortcut();
    void syncNowWithoutServerExplains();
    void serverSettingsOpens();
    void failureInStatusBar();

private:
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
};

void TestMainWindowSync::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
}

void TestMainWindowSync::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestMainWindowSync::withoutClientNothingOfSync()
{
    MainWindow window(m_fixture.db(), m_admin);
    QVERIFY(!window.conflictsPane());
    QVERIFY(!window.syncStatus());
    QVERIFY(!window.syncNowAction());
    QVERIFY(!window.serverSettingsAction());
}

void TestMainWindowSync::syncPartsPresent()
{
    SyncClient client(m_fixture.db());
    MainWindow window(m_fixture.db(), m_admin, nullptr, &client);
    QVERIFY(window.conflictsPane());
    QVERIFY(window.panes().contains(window.conflictsPane()));
    QVERIFY(window.syncStatus());
    QCOMPARE(window.syncStatus()->client(), &client);
    QVERIFY(window.statusBar()->isAncestorOf(window.syncStatus()));
    QVERIFY(window.syncNowAction());
    QCOMPARE(window.syncNowAction()->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(window.syncNowAction()->shortcut() != window.refreshAction()->shortcut());
    QVERIFY(window.calendarAction()); // the calendar entry beside it stays
}

void TestMainWindowSync::conflictsCountOpensPane()
{
    // A change the server refused, recorded the way the sync client records it.
    auto team = sw::services::UserService(m_fixture.db(), m_admin).createTeam(QStringLiteral("售后一组"));
    QVERIFY2(team.ok(), qPrintable(team.message()));
    auto ops = sw::sync::SyncStore::nextBatch(m_fixture.conn(), 10000, qint64(1) << 40);
    QVERIFY(ops && !ops->isEmpty());
    QList<sw::sync::Verdict> verdicts;
    for (const sw::sync::Op& op : *ops) {
        sw::sync::Verdict v;
        v.opId = op.opId;
        v.accepted = op.table != QLatin1String("teams");
        v.serverSeq = v.accepted ? 1 : 0;
        v.code = v.accepted ? QString() : QStringLiteral("duplicate");
        verdicts << v;
    }
    auto refused = sw::sync::SyncStore::applyVerdicts(m_fixture.conn(), *ops, verdicts, m_admin.userId,
                                                      QDateTime::currentDateTimeUtc());
    QVERIFY(refused && *refused == 1);

    SyncClient client(m_fixture.db());
    MainWindow window(m_fixture.db(), m_admin, nullptr, &client);
    window.show();
    QToolButton* conflicts = window.syncStatus()->conflictsButton();
    QTRY_VERIFY_WITH_TIMEOUT(conflicts->isVisible(), swtest::kSlowWorkTimeoutMs);
    QCOMPARE(conflicts->text(), QStringLiteral("1 conflict(s)"));
    const int row = int(window.panes().indexOf(window.conflictsPane()));
    QCOMPARE(window.navigation()->item(row)->text(), QStringLiteral("Sync Conflicts (1)"));
    QVERIFY(window.currentPane() != window.conflictsPane());
    QTest::mouseClick(conflicts, Qt::LeftButton);
    QCOMPARE(window.currentPane(), window.conflictsPane());
}

void TestMainWindowSync::syncNowShortcut()
{
    SyncClient client(m_fixture.db());
    MainWindow window(m_fixture.db(), m_admin, nullptr, &client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    Q_EMIT client.stateChanged(SyncClient::State::Idle);
    QSignalSpy requested(window.syncStatus(), &sw::ui::SyncStatusWidget::syncNowRequested);
    window.syncNowAction()->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestMainWindowSync::syncNowWithoutServerExplains()
{
    SyncClient client(m_fixture.db()); // no server in this database's settings
    MainWindow window(m_fixture.db(), m_admin, nullptr, &client);
    window.show();
    QCoreApplication::processEvents();
    QVERIFY(!window.syncStatus()->syncNowButton()->isEnabled());
    QCOMPARE(window.syncStatus()->stateLabel()->text(), QStringLiteral("Not configured"));
    QSignalSpy requested(window.syncStatus(), &sw::ui::SyncStatusWidget::syncNowRequested);
    window.syncNowAction()->trigger();
    QCOMPARE(requested.count(), 0);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Sync Server")));
}

void TestMainWindowSync::serverSettingsOpens()
{
    SyncClient client(m_fixture.db());
    MainWindow window(m_fixture.db(), m_admin, nullptr, &client);
    window.show();
    window.serverSettingsAction()->trigger(); // returns at once: the dialog is opened, not exec'd
    auto* dialog = window.findChild<sw::ui::ServerSettingsDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMainWindowSync::failureInStatusBar()
{
    SyncClient client(m_fixture.db());
    MainWindow window(m_fixture.db(), m_admin, nullptr, &client);
    window.show();
    QCoreApplication::processEvents();
    Q_EMIT client.syncFinished(false, QStringLiteral("The server cannot be reached."));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Sync failed: The server cannot be reached."));
}

QTEST_MAIN(TestMainWindowSync)
#include "tst_mainwindow_sync.moc"
