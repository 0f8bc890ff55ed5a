// SLA notifications: a ticket of the signed-in user that crossed the warning level or
// the target is announced once; the badge counts what needs attention.

#include "support/servicefixture.h"
#include "uitestsupport.h"

#include "clock.h"
#include "services/ticketservice.h"
#include "services/userservice.h"
#include "slanotifier.h"

#include <QSignalSpy>
#include <QTest>

using sw::ui::SlaNotifier;

class TestSlaNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void announcesCrossingsOnce();

private:
    swtest::IsolatedSettings m_settings;
    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
    sw::services::Actor m_agent;
};

void TestSlaNotifier::initTestCase()
{
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    sw::services::UserDraft draft;
    draft.login = QStringLiteral("li.na");
    draft.displayName = QStringLiteral("李娜");
    draft.roles = {sw::domain::Role::Agent};
    const auto id = sw::services::UserService(m_fixture.db(), m_admin).create(draft, QStringLiteral("agent-password"));
    QVERIFY(id.ok());
    m_agent = sw::services::Actor{*id, draft.login, draft.displayName, {}, draft.roles};
}

void TestSlaNotifier::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestSlaNotifier::announcesCrossingsOnce()
{
    sw::ManualClock clock(swtest::fixedStart());
    sw::services::TicketService service(m_fixture.db(), m_agent, &clock);
    sw::services::TicketDraft draft;
    draft.subject = QStringLiteral("物流查询");
    draft.customerName = QStringLiteral("王小明");
    draft.ownerId = m_agent.userId;
    const auto mine = service.create(draft);
    QVERIFY2(mine.ok(), qPrintable(mine.message()));
    draft.ownerId.clear();
    QVERIFY(sw::services::TicketService(m_fixture.db(), m_admin, &clock).create(draft).ok()); // not the agent's

    SlaNotifier notifier(m_fixture.db(), m_agent, &clock);
    QSignalSpy alerts(&notifier, &SlaNotifier::alert);
    QSignalSpy checked(&notifier, &SlaNotifier::checked);

    notifier.check();
    QVERIFY(checked.wait(30000));
    QCOMPARE(alerts.count(), 0); // just received: nothing to say
    QCOMPARE(notifier.badgeCount(), 0);

    clock.advanceSecs(19 * 3600); // past 75 % of 24 h
    notifier.check();
    QVERIFY(checked.wait(30000));
    QCOMPARE(alerts.count(), 1);
    const QString number = m_fixture.scalar(QStringLiteral("SELECT number FROM tickets WHERE id = ?"), {*mine}).toString();
    QVERIFY(alerts.last().at(1).toString().contains(number));
    QCOMPARE(notifier.badgeCount(), 1);

    notifier.check(); // still in warning: not announced again
    QVERIFY(checked.wait(30000));
    QCOMPARE(alerts.count(), 1);

    clock.advanceSecs(6 * 3600); // past the 24 h target
    notifier.check();
    QVERIFY(checked.wait(30000));
    QCOMPARE(alerts.count(), 2);
    QVERIFY(alerts.last().at(1).toString().contains(number));
    QCOMPARE(notifier.badgeCount(), 1);
}

QTEST_MAIN(TestSlaNotifier)
#include "tst_slanotifier.moc"
