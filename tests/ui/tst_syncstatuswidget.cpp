// SyncStatusWidget: state texts and icons follow a real SyncClient's signals; pending
// changes and open conflicts are shown (conflicts clickable); Sync Now asks the client,
// or says why it cannot (no server, not signed in); a long pull shows progress with
// Cancel; a failed sync or sign-in goes to the status bar, never to a message box — the
// last one against a real client and a server that cannot be reached.

#include "clock.h"
#include "support/servicefixture.h"
#include "sync/syncclient.h"
#include "syncstatuswidget.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using sw::sync::SyncClient;
using sw::ui::SyncStatusWidget;
using State = SyncClient::State;

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutClientNotConfigured();
    void stateTexts_data();
    void stateTexts();
    void pendingAndConflicts();
    void syncNowAsksTheClient();
    void syncNowExplainsWithoutServer();
    void realSignInFailure();
    void pullProgressWithCancel();
    void indexingAtTheEndOfALargePull();
    void failureGoesToStatusBar();
    void relativeTime_data();
    void relativeTime();

private:
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
};

void TestSyncStatusWidget::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
}

void TestSyncStatusWidget::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestSyncStatusWidget::withoutClientNotConfigured()
{
    SyncStatusWidget widget;
    QCOMPARE(widget.stateLabel()->text(), QStringLiteral("Not configured"));
    QVERIFY(!widget.syncNowButton()->isEnabled());
    QVERIFY(widget.conflictsButton()->isHidden());
    QVERIFY(widget.progressBar()->isHidden());
}

void TestSyncStatusWidget::stateTexts_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("syncNowEnabled");
    QTest::newRow("not configured") << State::NotConfigured << "Not configured" << false;
    QTest::newRow("signed out") << State::SignedOut << "Not signed in" << false;
    QTest::newRow("signing in") << State::SigningIn << "Signing in…" << false;
    QTest::newRow("idle") << State::Idle << "Synced" << true;
    QTest::newRow("pushing") << State::Pushing << "Syncing…" << false;
    QTest::newRow("pulling") << State::Pulling << "Syncing…" << false;
    QTest::newRow("offline") << State::Offline << "Offline" << true;
    QTest::newRow("failed") << State::Failed << "Sync failed" << true;
}

void TestSyncStatusWidget::stateTexts()
{
    QFETCH(State, state);
    QFETCH(QString, text);
    QFETCH(bool, syncNowEnabled);

    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    QCoreApplication::processEvents(); // whatever the client posts at start has arrived
    Q_EMIT client.stateChanged(state);
    QCOMPARE(widget.state(), state);
    QCOMPARE(widget.stateLabel()->text(), text);
    QCOMPARE(SyncStatusWidget::stateText(state), text);
    QCOMPARE(widget.syncNowButton()->isEnabled(), syncNowEnabled);
}

void TestSyncStatusWidget::pendingAndConflicts()
{
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QCoreApplication::processEvents();

    Q_EMIT client.pendingChangesChanged(3);
    QVERIFY(widget.pendingLabel()->isVisible());
    QCOMPARE(widget.pendingLabel()->text(), QStringLiteral("3 change(s) to upload"));
    Q_EMIT client.pendingChangesChanged(0);
    QVERIFY(!widget.pendingLabel()->isVisible());

    QVERIFY(!widget.conflictsButton()->isVisible());
    Q_EMIT client.conflictsChanged(2);
    QVERIFY(widget.conflictsButton()->isVisible());
    QCOMPARE(widget.conflictsButton()->text(), QStringLiteral("2 conflict(s)"));
    QSignalSpy clicked(&widget, &SyncStatusWidget::conflictsClicked);
    QTest::mouseClick(widget.conflictsButton(), Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    Q_EMIT client.conflictsChanged(0);
    QVERIFY(!widget.conflictsButton()->isVisible());
}

void TestSyncStatusWidget::syncNowAsksTheClient()
{
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QCoreApplication::processEvents();
    Q_EMIT client.stateChanged(State::Idle);

    QSignalSpy requested(&widget, &SyncStatusWidget::syncNowRequested);
    QTest::mouseClick(widget.syncNowButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    // While a sync runs the button is off, so a second click does nothing.
    Q_EMIT client.stateChanged(State::Pushing);
    QTest::mouseClick(widget.syncNowButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestSyncStatusWidget::syncNowExplainsWithoutServer()
{
    // A real client on a database without sync settings: it reports "not configured".
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QTest::qWait(100); // whatever the worker reports at start has arrived
    QCOMPARE(widget.state(), State::NotConfigured);
    QCOMPARE(widget.stateLabel()->text(), QStringLiteral("Not configured"));
    QVERIFY(!widget.syncNowButton()->isEnabled());
    QVERIFY(widget.syncNowButton()->toolTip().contains(QStringLiteral("Sync Server")));
    QVERIFY(widget.lastSyncLabel()->text().isEmpty());

    // View → Sync Now (F9) is not disabled: it says why nothing happens.
    QSignalSpy requested(&widget, &SyncStatusWidget::syncNowRequested);
    QSignalSpy messages(&widget, &SyncStatusWidget::statusMessage);
    widget.syncNow();
    QCOMPARE(requested.count(), 0);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("Sync Server")));

    Q_EMIT client.stateChanged(State::SignedOut);
    widget.syncNow();
    QCOMPARE(requested.count(), 0);
    QCOMPARE(messages.count(), 2);
    QVERIFY(messages.at(1).at(0).toString().startsWith(QStringLiteral("Not signed in")));
}

void TestSyncStatusWidget::realSignInFailure()
{
    // Nothing listens on port 1 here: the server "cannot be reached".
    const auto stored =
        SyncClient::saveSettings(m_fixture.db(), {QUrl(QStringLiteral("http://127.0.0.1:1")), {}, 300});
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QSignalSpy messages(&widget, &SyncStatusWidget::statusMessage);
    QSignalSpy failed(&client, &SyncClient::signInFailed);
    client.signIn(QStringLiteral("admin"), QStringLiteral("admin-password"));
    QVERIFY(failed.wait(swtest::kSlowWorkTimeoutMs));
    QCoreApplication::processEvents();
    QCOMPARE(widget.state(), State::SignedOut);
    QCOMPARE(widget.stateLabel()->text(), QStringLiteral("Not signed in"));
    QVERIFY(!widget.syncNowButton()->isEnabled());
    QCOMPARE(messages.count(), 1);
    const QString why = failed.at(0).at(0).toString();
    QVERIFY(!why.isEmpty());
    QCOMPARE(messages.at(0).at(0).toString(),
             QStringLiteral("Signing in to the sync server failed: %1").arg(why));
    QCOMPARE(widget.stateLabel()->toolTip(), why); // hovering says why
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QMessageBox*>(top));
    QVERIFY(SyncClient::saveSettings(m_fixture.db(), {}).ok()); // back to "no server" for the others
}

void TestSyncStatusWidget::pullProgressWithCancel()
{
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QCoreApplication::processEvents();

    Q_EMIT client.stateChanged(State::Pulling);
    Q_EMIT client.progress(500, 2000);
    QVERIFY(widget.progressBar()->isVisible());
    QCOMPARE(widget.progressBar()->value(), 250); // permille
    QVERIFY(widget.cancelButton()->isVisible());
    QVERIFY(widget.cancelButton()->isEnabled());

    // Unknown size: a busy bar, still cancellable.
    Q_EMIT client.progress(700, 0);
    QCOMPARE(widget.progressBar()->maximum(), 0);

    QTest::mouseClick(widget.cancelButton(), Qt::LeftButton);
    QVERIFY(!widget.cancelButton()->isEnabled()); // asked once; the pull ends after its page

    Q_EMIT client.stateChanged(State::Idle);
    QVERIFY(!widget.progressBar()->isVisible());
    QVERIFY(!widget.cancelButton()->isVisible());
}

void TestSyncStatusWidget::indexingAtTheEndOfALargePull()
{
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QCoreApplication::processEvents();

    Q_EMIT client.stateChanged(State::Pulling);
    Q_EMIT client.progress(2000, 2000);
    Q_EMIT client.indexing();
    QVERIFY(widget.progressBar()->isVisible());
    QCOMPARE(widget.progressBar()->maximum(), 0); // busy: no row count any more
    QCOMPARE(widget.progressBar()->format(), QStringLiteral("Building the search index…"));
    QVERIFY(!widget.cancelButton()->isEnabled()); // the last step cannot be cancelled
    Q_EMIT client.syncFinished(true, QString());
    Q_EMIT client.stateChanged(State::Idle);
    QVERIFY(!widget.progressBar()->isVisible());
    // The next pull shows rows and can be cancelled again.
    Q_EMIT client.stateChanged(State::Pulling);
    Q_EMIT client.progress(10, 100);
    QVERIFY(widget.cancelButton()->isEnabled());
    QVERIFY(widget.progressBar()->toolTip().isEmpty());
}

void TestSyncStatusWidget::failureGoesToStatusBar()
{
    SyncClient client(m_fixture.db());
    SyncStatusWidget widget;
    widget.setClient(&client);
    widget.show();
    QCoreApplication::processEvents();

    QSignalSpy messages(&widget, &SyncStatusWidget::statusMessage);
    Q_EMIT client.stateChanged(State::Offline);
    Q_EMIT client.syncFinished(false, QStringLiteral("The server cannot be reached."));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("Sync failed: The server cannot be reached."));
    QCOMPARE(widget.stateLabel()->toolTip(), QStringLiteral("The server cannot be reached."));
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QMessageBox*>(top));

    // Success clears the error and shows a last-sync time.
    Q_EMIT client.stateChanged(State::Idle);
    Q_EMIT client.syncFinished(true, QString());
    QCOMPARE(messages.count(), 1);
    QVERIFY(widget.stateLabel()->toolTip().isEmpty());
    QVERIFY(widget.lastSyncLabel()->text().startsWith(QStringLiteral("last sync ")));
    QVERIFY(!widget.lastSyncLabel()->toolTip().isEmpty());
}

void TestSyncStatusWidget::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(0) << "just now";
    QTest::newRow("59 s") << qint64(59) << "just now";
    QTest::newRow("1 min") << qint64(60) << "1 minute(s) ago";
    QTest::newRow("59 min") << qint64(59 * 60 + 59) << "59 minute(s) ago";
    QTest::newRow("2 h") << qint64(2 * 3600 + 5) << "2 hour(s) ago";
    QTest::newRow("future clock skew") << qint64(-30) << "just now";
}

void TestSyncStatusWidget::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);
    const QDateTime now = swtest::fixedStart();
    QCOMPARE(SyncStatusWidget::relativeTime(now.addSecs(-secondsAgo), now), text);
    QVERIFY(SyncStatusWidget::relativeTime(QDateTime(), now).isEmpty());
    // Older than a day: an absolute date, not "N hours ago".
    QVERIFY(!SyncStatusWidget::relativeTime(now.addDays(-3), now).contains(QStringLiteral("ago")));
}

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
