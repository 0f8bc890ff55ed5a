// The saved views of the Tickets pane on a real encrypted database: which views each
// role gets, the counts shown next to them (counted off the GUI thread), and the filter
// of the selected view.

#include "support/servicefixture.h"
#include "uitestsupport.h"

#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "services/userservice.h"
#include "ticketviewlist.h"

#include <QSignalSpy>
#include <QTest>

using sw::domain::Role;
using sw::services::Actor;
using sw::services::TicketView;
using sw::ui::TicketViewList;

namespace {

QList<TicketView> viewsOf(const TicketViewList& list)
{
    QList<TicketView> views;
    for (int row = 0; row < list.count(); ++row)
        views << list.viewAt(row);
    return views;
}

QString countedName(TicketView view, qint64 count)
{
    return QStringLiteral("%1 (%2)").arg(sw::services::displayName(view), QLocale().toString(count));
}

} // namespace

class TestTicketViewList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void viewsFollowTheRoles_data();
    void viewsFollowTheRoles();
    void countsAppearNextToTheNames();
    void aViewThatCannotBeCountedKeepsItsName();
    void selectedViewGivesItsFilter();

private:
    // Waits for the counts the way the pane does: results arrive through the event loop.
    bool waitForCounts(TicketViewList& list);
    Actor actorWith(const QList<Role>& roles, const QString& teamId = {}) const;

    swtest::IsolatedSettings m_settings;
    swtest::ServiceFixture m_fixture;
    Actor m_admin;
    Actor m_agent;
    QString m_teamId;
};

void TestTicketViewList::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    sw::services::UserService users(m_fixture.db(), m_admin);
    const auto team = users.createTeam(QStringLiteral("售前一组"));
    QVERIFY2(team.ok(), qPrintable(team.message()));
    m_teamId = *team;
    sw::services::UserDraft draft;
    draft.login = QStringLiteral("wang.fang");
    draft.displayName = QStringLiteral("王芳");
    draft.roles = {Role::Agent};
    const auto id = users.create(draft, QStringLiteral("agent-password"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_agent = Actor{*id, draft.login, draft.displayName, {}, draft.roles};

    // Three unassigned tickets and two of the agent's own.
    sw::services::TicketService admin(m_fixture.db(), m_admin);
    sw::services::TicketService agent(m_fixture.db(), m_agent);
    for (int i = 0; i < 5; ++i) {
        sw::services::TicketDraft ticket;
        ticket.subject = QStringLiteral("发票补开 %1").arg(i);
        ticket.customerName = QStringLiteral("客户%1").arg(i);
        const bool mine = i >= 3;
        if (mine)
            ticket.ownerId = m_agent.userId;
        const auto created = (mine ? agent : admin).create(ticket);
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }
}

void TestTicketViewList::cleanupTestCase()
{
    m_fixture.destroy();
}

Actor TestTicketViewList::actorWith(const QList<Role>& roles, const QString& teamId) const
{
    // Only the roles (and team) decide the views; the list reads no user row.
    return Actor{m_agent.userId, m_agent.login, m_agent.displayName, teamId, roles};
}

bool TestTicketViewList::waitForCounts(TicketViewList& list)
{
    for (int round = 0; round < 1000 && list.isCounting(); ++round) {
        list.waitForCountThread();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return !list.isCounting();
}

void TestTicketViewList::viewsFollowTheRoles_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("inTeam");
    QTest::addColumn<QList<TicketView>>("views");
    const QList<TicketView> shared = {TicketView::Unassigned, TicketView::BreachingWithin2h,
                                      TicketView::ComplaintsThisWeek};
    // Agents get "All" too: limited to what they may see, it finds their resolved tickets.
    QTest::newRow("agent") << QList<Role>{Role::Agent} << false
                           << (QList<TicketView>{TicketView::MyOpen} + shared +
                               QList<TicketView>{TicketView::All});
    QTest::newRow("lead with a team") << QList<Role>{Role::Lead} << true
                                      << (QList<TicketView>{TicketView::MyOpen} + shared +
                                          QList<TicketView>{TicketView::TeamQueue, TicketView::All});
    QTest::newRow("lead without a team")
        << QList<Role>{Role::Lead} << false
        << (QList<TicketView>{TicketView::MyOpen} + shared + QList<TicketView>{TicketView::All});
    // Managers and administrators have "All" already: it is not listed twice.
    QTest::newRow("manager") << QList<Role>{Role::Manager} << false
                             << (shared + QList<TicketView>{TicketView::All});
    QTest::newRow("admin") << QList<Role>{Role::Admin} << false
                           << (shared + QList<TicketView>{TicketView::All});
}

void TestTicketViewList::viewsFollowTheRoles()
{
    QFETCH(QList<Role>, roles);
    QFETCH(bool, inTeam);
    QFETCH(QList<TicketView>, views);
    TicketViewList list(m_fixture.db(), actorWith(roles, inTeam ? m_teamId : QString()));
    QCOMPARE(viewsOf(list), views);
    QCOMPARE(list.currentRow(), 0);
    QCOMPARE(list.currentView(), views.first());
    for (int row = 0; row < list.count(); ++row)
        QCOMPARE(list.item(row)->text(), sw::services::displayName(views.at(row))); // no count yet
    QVERIFY(!list.isCounting());
}

void TestTicketViewList::countsAppearNextToTheNames()
{
    TicketViewList list(m_fixture.db(), m_agent);
    list.refreshCounts();
    QVERIFY(list.isCounting());
    QVERIFY(waitForCounts(list));

    const sw::services::TicketQuery query(m_fixture.db(), m_agent);
    for (int row = 0; row < list.count(); ++row) {
        const TicketView view = list.viewAt(row);
        const auto count = query.count(query.viewFilter(view));
        QVERIFY2(count.ok(), qPrintable(count.message()));
        QCOMPARE(list.item(row)->text(), countedName(view, *count));
    }
    // The agent's own two, the three nobody owns, and all five.
    QCOMPARE(list.item(viewsOf(list).indexOf(TicketView::MyOpen))->text(),
             countedName(TicketView::MyOpen, 2));
    QCOMPARE(list.item(viewsOf(list).indexOf(TicketView::Unassigned))->text(),
             countedName(TicketView::Unassigned, 3));
    QCOMPARE(list.item(viewsOf(list).indexOf(TicketView::All))->text(), countedName(TicketView::All, 5));

    // A new ticket shows after the next refresh.
    sw::services::TicketDraft ticket;
    ticket.subject = QStringLiteral("物流停滞");
    ticket.customerName = QStringLiteral("新客户");
    ticket.ownerId = m_agent.userId;
    QVERIFY(sw::services::TicketService(m_fixture.db(), m_agent).create(ticket).ok());
    list.refreshCounts();
    QVERIFY(waitForCounts(list));
    QCOMPARE(list.item(viewsOf(list).indexOf(TicketView::MyOpen))->text(),
             countedName(TicketView::MyOpen, 3));
    QCOMPARE(list.item(viewsOf(list).indexOf(TicketView::All))->text(), countedName(TicketView::All, 6));
}

void TestTicketViewList::aViewThatCannotBeCountedKeepsItsName()
{
    // Someone without a ticket role gets only "All", and its count is refused.
    TicketViewList list(m_fixture.db(), actorWith({Role::Trainer}));
    QCOMPARE(viewsOf(list), QList<TicketView>{TicketView::All});
    list.refreshCounts();
    QVERIFY(waitForCounts(list));
    QCOMPARE(list.item(0)->text(), sw::services::displayName(TicketView::All));
}

void TestTicketViewList::selectedViewGivesItsFilter()
{
    TicketViewList list(m_fixture.db(), m_agent);
    const sw::services::TicketQuery query(m_fixture.db(), m_agent);
    QCOMPARE(list.currentView(), TicketView::MyOpen);
    QCOMPARE(list.currentFilter(), query.viewFilter(TicketView::MyOpen));
    QCOMPARE(list.currentFilter().ownerId, m_agent.userId);

    QSignalSpy changed(&list, &TicketViewList::currentRowChanged);
    list.setCurrentView(TicketView::Unassigned);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list.currentView(), TicketView::Unassigned);
    QVERIFY(list.currentFilter().unassignedOnly);

    // A view this actor does not have leaves the selection alone.
    list.setCurrentView(TicketView::TeamQueue);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list.currentView(), TicketView::Unassigned);

    // Nothing selected: "All" without any restriction of a view.
    list.setCurrentRow(-1);
    QCOMPARE(list.currentView(), TicketView::All);
    QCOMPARE(list.currentFilter(), sw::services::TicketFilter());
}

QTEST_MAIN(TestTicketViewList)
#include "tst_ticketviewlist.moc"
