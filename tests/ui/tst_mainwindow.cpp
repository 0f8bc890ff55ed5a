// MainWindow: the navigation lists only the areas the actor's roles may open, the
// status bar says who, which roles and which database, menus carry the standard
// shortcuts, and the window geometry survives a restart.

#include "homepane.h"
#include "mainwindow.h"
#include "rolenames.h"
#include "support/servicefixture.h"
#include "uisettings.h"
#include "uitestsupport.h"
#include "ticketspane.h"
#include "userspane.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using sw::domain::Role;
using sw::services::Actor;
using sw::ui::MainWindow;

Q_DECLARE_METATYPE(QList<Role>)

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void navigationShowsOnlyPermittedAreas_data();
    void navigationShowsOnlyPermittedAreas();
    void navigationSwitchesPanes();
    void statusBarShowsUserRolesAndDatabase();
    void menusUseStandardShortcuts();
    void changePassphraseOnlyForAdministrators();
    void signOutIsRequested();
    void geometryIsSavedAndRestored();

private:
    Actor actorWith(const QList<Role>& roles) const;

    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
    Actor m_admin;
};

void TestMainWindow::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
}

void TestMainWindow::cleanupTestCase()
{
    m_fixture.destroy();
}

Actor TestMainWindow::actorWith(const QList<Role>& roles) const
{
    if (roles.contains(Role::Admin)) {
        Actor actor = m_admin;
        actor.roles = roles;
        return actor;
    }
    // Panes a non-admin may open do not read other users, so a made-up id will do.
    return Actor{QStringLiteral("11111111-2222-4333-8444-555555555555"),
                 QStringLiteral("zhang.wei"),
                 QStringLiteral("张伟"),
                 {},
                 roles};
}

void TestMainWindow::navigationShowsOnlyPermittedAreas_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("usersVisible");
    QTest::addColumn<bool>("ticketsVisible");
    QTest::addColumn<bool>("afterSalesVisible");
    QTest::addColumn<bool>("disputesVisible");
    QTest::addColumn<bool>("merchantsVisible");
    QTest::newRow("admin") << QList<Role>{Role::Admin} << true << true << true << true << true;
    QTest::newRow("admin and manager") << QList<Role>{Role::Admin, Role::Manager} << true << true << true << true
                                       << true;
    QTest::newRow("manager") << QList<Role>{Role::Manager} << false << true << true << true << true;
    QTest::newRow("lead") << QList<Role>{Role::Lead} << false << true << true << true << false;
    QTest::newRow("agent") << QList<Role>{Role::Agent} << false << true << true << true << false;
    QTest::newRow("auditor and trainer") << QList<Role>{Role::Auditor, Role::Trainer} << false << false << true << true
                                         << true;
    QTest::newRow("trainer") << QList<Role>{Role::Trainer} << false << false << false << false << false;
}

void TestMainWindow::navigationShowsOnlyPermittedAreas()
{
    QFETCH(QList<Role>, roles);
    QFETCH(bool, usersVisible);
    QFETCH(bool, ticketsVisible);
    QFETCH(bool, afterSalesVisible);
    QFETCH(bool, disputesVisible);
    QFETCH(bool, merchantsVisible);

    MainWindow window(m_fixture.db(), actorWith(roles));
    QStringList titles;
    for (int row = 0; row < window.navigation()->count(); ++row)
        titles << window.navigation()->item(row)->text();

    QStringList expected{sw::ui::HomePane(actorWith(roles), QString()).title()};
    if (usersVisible)
        expected << QStringLiteral("Users");
    if (ticketsVisible)
        expected << QStringLiteral("Tickets");
    if (afterSalesVisible)
        expected << QStringLiteral("After-Sales");
    if (disputesVisible)
        expected << QStringLiteral("Disputes");
    if (merchantsVisible)
        expected << QStringLiteral("Merchant Review");
    QCOMPARE(titles, expected);
    QCOMPARE(window.merchantsPane() != nullptr, merchantsVisible);
    QCOMPARE(window.usersPane() != nullptr, usersVisible);
    QCOMPARE(window.ticketsPane() != nullptr, ticketsVisible);
    QCOMPARE(window.afterSalesPane() != nullptr, afterSalesVisible);
    QCOMPARE(window.stack()->count(), expected.size());
    // Settings → After-Sales Policy… is there for administrators only.
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("afterSalesPolicyAction")) != nullptr, usersVisible);
}

void TestMainWindow::navigationSwitchesPanes()
{
    MainWindow window(m_fixture.db(), m_admin);
    window.show();
    QVERIFY(qobject_cast<sw::ui::HomePane*>(window.currentPane()));
    QTest::mouseClick(window.navigation()->viewport(), Qt::LeftButton, {},
                      window.navigation()->visualItemRect(window.navigation()->item(1)).center());
    QCOMPARE(window.currentPane(), window.usersPane());
}

void TestMainWindow::statusBarShowsUserRolesAndDatabase()
{
    const Actor actor = actorWith({Role::Lead, Role::Trainer});
    MainWindow window(m_fixture.db(), actor);
    window.show();
    QVERIFY(window.userStatusLabel()->isVisible());
    QVERIFY(window.userStatusLabel()->text().contains(QStringLiteral("张伟")));
    QVERIFY(window.userStatusLabel()->text().contains(QStringLiteral("zhang.wei")));
    QCOMPARE(window.rolesStatusLabel()->text(), sw::ui::roleList({Role::Lead, Role::Trainer}));
    QVERIFY(window.rolesStatusLabel()->text().contains(sw::domain::roleDisplayName(Role::Lead)));
    QVERIFY(window.rolesStatusLabel()->text().contains(sw::domain::roleDisplayName(Role::Trainer)));
    QCOMPARE(window.databaseStatusLabel()->text(), QFileInfo(m_fixture.db().path()).fileName());
}

void TestMainWindow::menusUseStandardShortcuts()
{
    MainWindow window(m_fixture.db(), m_admin);
    QCOMPARE(window.quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(window.copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
    QVERIFY(window.languageAction()->isEnabled());
}

void TestMainWindow::changePassphraseOnlyForAdministrators()
{
    MainWindow admin(m_fixture.db(), m_admin);
    QVERIFY(admin.changePassphraseAction()->isVisible());
    QVERIFY(admin.changePassphraseAction()->isEnabled());
    MainWindow manager(m_fixture.db(), actorWith({Role::Manager}));
    QVERIFY(!manager.changePassphraseAction()->isVisible());
    QVERIFY(!manager.changePassphraseAction()->isEnabled());
}

void TestMainWindow::signOutIsRequested()
{
    MainWindow window(m_fixture.db(), m_admin);
    QSignalSpy spy(&window, &MainWindow::signOutRequested);
    window.signOutAction()->trigger();
    QCOMPARE(spy.count(), 1);
}

void TestMainWindow::geometryIsSavedAndRestored()
{
    QSettings().remove(sw::ui::settings::mainWindowGeometryKey());
    QSize savedSize;
    {
        MainWindow window(m_fixture.db(), m_admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Above the window's minimum (about 1030 px: navigation and the widest pane's three panels).
        window.resize(1100, 660);
        QTRY_COMPARE(window.size(), QSize(1100, 660));
        savedSize = window.size();
        window.close();
    }
    QVERIFY(QSettings().contains(sw::ui::settings::mainWindowGeometryKey()));

    MainWindow again(m_fixture.db(), m_admin);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), savedSize);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
