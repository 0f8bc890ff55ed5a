// TicketService: the stored SLA columns (first-response/resolution due, next due, next
// warning) per kind, priority and special case, across pauses, triage, a configured
// policy and the business-day calendar.

#include "clock.h"
#include "services/ticketquery.h"
#include "services/calendarservice.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::TicketKind;
using domain::TicketPriority;
using domain::TicketStatus;

Q_DECLARE_METATYPE(sw::domain::TicketKind)
Q_DECLARE_METATYPE(sw::domain::TicketPriority)

class TestTicketServiceSla : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pauseResumeShiftsDueExactly();
    void customerMessageEndsPause();
    void slaColumnsPerKindPriorityAndSpecialCase_data();
    void slaColumnsPerKindPriorityAndSpecialCase();
    void slaPolicySettingApplies();
    void businessDayPolicyUsesCalendarDays();
    void calendarChangeMovesBusinessDayDues();
    void triageRecomputesDue();
    void policyChangeRecomputesExistingTickets();
    void policyChangeFailureRollsBackPolicyAndColumns();
    void breachingWithin2hFollowsTheNewPolicy();
    void slaColumnsAreNotSynced();

private:
    QString createTicket(const Actor& by, TicketDraft d = swtest::TicketWorld::draft());
    Ticket load(const QString& id);
    qint64 secs(const QDateTime& t) const { return m_world->clock.now().secsTo(t); }

    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestTicketServiceSla::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTicketServiceSla::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestTicketServiceSla::cleanup()
{
    m_world.reset();
}

QString TestTicketServiceSla::createTicket(const Actor& by, TicketDraft d)
{
    auto id = m_world->service(by).create(d);
    if (!id)
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

Ticket TestTicketServiceSla::load(const QString& id)
{
    auto t = m_world->service(m_world->manager).get(id);
    if (!t)
        qFatal("get failed: %s", qPrintable(t.message()));
    return *t;
}

void TestTicketServiceSla::pauseResumeShiftsDueExactly()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    TicketService agent = m_world->service(m_world->agentA1);
    const Ticket fresh = load(id);
    m_world->clock.advanceSecs(2 * 3600);
    QVERIFY(agent.changeStatus(id, TicketStatus::PendingCustomer).ok());
    Ticket paused = load(id);
    QVERIFY(paused.paused);
    QCOMPARE(paused.pausedSince, m_world->clock.now());
    QVERIFY(!paused.nextDue.isValid());
    QVERIFY(!paused.nextWarn.isValid());

    m_world->clock.advanceSecs(5 * 3600 + 17);
    QVERIFY(agent.changeStatus(id, TicketStatus::Open).ok());
    const Ticket resumed = load(id);
    QVERIFY(!resumed.paused);
    QCOMPARE(resumed.pausedSecs, qint64(5 * 3600 + 17));
    QCOMPARE(resumed.firstResponseDue, fresh.firstResponseDue.addSecs(5 * 3600 + 17));
    QCOMPARE(resumed.resolutionDue, fresh.resolutionDue.addSecs(5 * 3600 + 17));
    QCOMPARE(resumed.nextDue, fresh.nextDue.addSecs(5 * 3600 + 17));
    QCOMPARE(resumed.nextWarn, fresh.nextWarn.addSecs(5 * 3600 + 17));

    // A second pause adds up; the event carries the interval.
    m_world->clock.advanceSecs(3600);
    QVERIFY(agent.changeStatus(id, TicketStatus::PendingCustomer).ok());
    m_world->clock.advanceSecs(100);
    QVERIFY(agent.changeStatus(id, TicketStatus::Resolved).ok());
    const Ticket resolved = load(id);
    QCOMPARE(resolved.pausedSecs, qint64(5 * 3600 + 117));
    auto events = agent.timeline(id);
    QVERIFY(events.ok());
    QCOMPARE(events->last().data.value(QStringLiteral("pausedSecs")).toLongLong(), qint64(100));
    QVERIFY(!resolved.nextDue.isValid());
}

void TestTicketServiceSla::customerMessageEndsPause()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    TicketService agent = m_world->service(m_world->agentA1);
    const Ticket fresh = load(id);
    QVERIFY(agent.changeStatus(id, TicketStatus::PendingCustomer).ok());
    m_world->clock.advanceSecs(7200);
    QVERIFY(agent.addCustomerMessage(id, QStringLiteral("我补充一下订单截图")).ok());
    const Ticket t = load(id);
    QCOMPARE(t.status, TicketStatus::Open);
    QCOMPARE(t.pausedSecs, qint64(7200));
    QCOMPARE(t.resolutionDue, fresh.resolutionDue.addSecs(7200));
    auto events = agent.timeline(id);
    QVERIFY(events.ok());
    QCOMPARE(events->at(events->size() - 2).kind, TicketEventKind::CustomerMessage);
    QCOMPARE(events->last().kind, TicketEventKind::StatusChange);

    // A customer message on an open ticket changes no status.
    QVERIFY(agent.addCustomerMessage(id, QStringLiteral("还有一个问题")).ok());
    QCOMPARE(load(id).status, TicketStatus::Open);
}

void TestTicketServiceSla::slaColumnsPerKindPriorityAndSpecialCase_data()
{
    QTest::addColumn<TicketKind>("kind");
    QTest::addColumn<TicketPriority>("priority");
    QTest::addColumn<bool>("special");
    QTest::addColumn<int>("firstHours");
    QTest::addColumn<int>("resolutionHours");
    QTest::newRow("inquiry normal") << TicketKind::Inquiry << TicketPriority::Normal << false << 24 << 48;
    QTest::newRow("inquiry urgent") << TicketKind::Inquiry << TicketPriority::Urgent << false << 24 << 8;
    QTest::newRow("inquiry low") << TicketKind::Inquiry << TicketPriority::Low << false << 24 << 72;
    QTest::newRow("complaint normal") << TicketKind::Complaint << TicketPriority::Normal << false << 24 << 72;
    QTest::newRow("complaint urgent special") << TicketKind::Complaint << TicketPriority::Urgent << true << 48 << 24;
    QTest::newRow("suggestion special") << TicketKind::Suggestion << TicketPriority::High << true << 48 << 168;
}

void TestTicketServiceSla::slaColumnsPerKindPriorityAndSpecialCase()
{
    QFETCH(TicketKind, kind);
    QFETCH(TicketPriority, priority);
    QFETCH(bool, special);
    QFETCH(int, firstHours);
    QFETCH(int, resolutionHours);
    TicketDraft d = swtest::TicketWorld::draft();
    d.kind = kind;
    d.priority = priority;
    d.specialCase = special;
    d.specialReason = special ? QStringLiteral("涉及多方核实") : QString();
    const QString id = createTicket(m_world->agentA1, d);
    const Ticket t = load(id);
    const qint64 first = qint64(firstHours) * 3600;
    const qint64 resolution = qint64(resolutionHours) * 3600;
    QCOMPARE(t.specialCase, special);
    QCOMPARE(secs(t.firstResponseDue), first);
    QCOMPARE(secs(t.resolutionDue), resolution);
    QCOMPARE(secs(t.nextDue), std::min(first, resolution));
    QCOMPARE(secs(t.nextWarn), std::min(first, resolution) * 75 / 100);
    if (special)
        QCOMPARE(t.specialReason, QStringLiteral("涉及多方核实"));
}

void TestTicketServiceSla::slaPolicySettingApplies()
{
    domain::SlaPolicy policy;
    policy.setFirstResponseHours(10);
    policy.setWarnAtPercent(50);
    policy.setResolutionHours(TicketKind::Inquiry, TicketPriority::Normal, 30);
    const Status denied = m_world->service(m_world->manager).setSlaPolicy(policy);
    QCOMPARE(denied.code(), ErrorCode::PermissionDenied);
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    QCOMPARE(m_world->service(m_world->agentA1).slaPolicy(), policy);
    const Ticket t = load(createTicket(m_world->agentA1));
    QCOMPARE(secs(t.firstResponseDue), qint64(10 * 3600));
    QCOMPARE(secs(t.resolutionDue), qint64(30 * 3600));
    QCOMPARE(secs(t.nextWarn), qint64(5 * 3600));

    domain::SlaPolicy bad;
    bad.setWarnAtPercent(0);
    QCOMPARE(m_world->service(m_world->admin).setSlaPolicy(bad).code(), ErrorCode::InvalidInput);
}

void TestTicketServiceSla::businessDayPolicyUsesCalendarDays()
{
    domain::SlaPolicy policy;
    policy.setCalendarMode(domain::SlaPolicy::CalendarMode::BusinessDays);
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    // Monday 2025-03-10 is made a holiday by the admin's calendar rows.
    QVERIFY(m_world->fx.exec(QStringLiteral("INSERT INTO calendar_days (id, day, type, name) VALUES "
                                            "('d1', '2025-03-10', 'holiday', '测试假日')")));
    // Friday 2025-03-07 10:00 Beijing = 02:00 UTC.
    m_world->clock.set(QDateTime(QDate(2025, 3, 7), QTime(2, 0), Qt::UTC));
    const Ticket t = load(createTicket(m_world->agentA1));
    // 24 working hours from Friday 10:00: Sat, Sun and the holiday Monday do not count →
    // Tuesday 10:00 Beijing.
    QCOMPARE(t.firstResponseDue, QDateTime(QDate(2025, 3, 11), QTime(2, 0), Qt::UTC));
    // 75 % = 18 working hours: Friday 14 h (to midnight) + 4 h on Tuesday.
    QCOMPARE(t.nextWarn, QDateTime(QDate(2025, 3, 10), QTime(20, 0), Qt::UTC));
}

void TestTicketServiceSla::calendarChangeMovesBusinessDayDues()
{
    domain::SlaPolicy policy;
    policy.setCalendarMode(domain::SlaPolicy::CalendarMode::BusinessDays);
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    // Friday 2025-03-14 10:00 Beijing: due Monday 10:00 (02:00 UTC).
    m_world->clock.set(QDateTime(QDate(2025, 3, 14), QTime(2, 0), Qt::UTC));
    const QString id = createTicket(m_world->agentA1);
    const QDateTime monday(QDate(2025, 3, 17), QTime(2, 0), Qt::UTC);
    const QDateTime tuesday(QDate(2025, 3, 18), QTime(2, 0), Qt::UTC);
    QCOMPARE(load(id).firstResponseDue, monday);

    // The administrator makes that Monday a holiday: the open ticket's due time moves at
    // once, in the calendar change's transaction.
    CalendarService calendar(m_world->fx.db(), m_world->admin, &m_world->clock);
    QVERIFY(calendar.setDay(QDate(2025, 3, 17), CalendarDayType::Holiday, QStringLiteral("临时假日")).ok());
    QCOMPARE(load(id).firstResponseDue, tuesday);
    QCOMPARE(load(id).nextDue, tuesday);
    QVERIFY(calendar.removeDay(QDate(2025, 3, 17)).ok());
    QCOMPARE(load(id).firstResponseDue, monday);

    // Under calendar hours the calendar does not count: nothing moves.
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(domain::SlaPolicy()).ok());
    const QDateTime hours = load(id).firstResponseDue;
    QCOMPARE(hours, QDateTime(QDate(2025, 3, 15), QTime(2, 0), Qt::UTC));
    QVERIFY(calendar.setDay(QDate(2025, 3, 17), CalendarDayType::Holiday, QStringLiteral("临时假日")).ok());
    QCOMPARE(load(id).firstResponseDue, hours);
}

void TestTicketServiceSla::triageRecomputesDue()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    QVERIFY(m_world->service(m_world->agentA1)
                .triage(id, TicketKind::Complaint, TicketPriority::Urgent, true, QStringLiteral("需要物流核实"))
                .ok());
    const Ticket t = load(id);
    QCOMPARE(t.kind, TicketKind::Complaint);
    QCOMPARE(t.priority, TicketPriority::Urgent);
    QVERIFY(t.specialCase);
    QCOMPARE(secs(t.firstResponseDue), qint64(48 * 3600));
    QCOMPARE(secs(t.resolutionDue), qint64(24 * 3600));
    auto events = m_world->service(m_world->agentA1).timeline(id);
    QCOMPARE(events->last().kind, TicketEventKind::Triage);
    // The same triage again records nothing.
    const qint64 n = m_world->fx.count(QStringLiteral("ticket_events"));
    QVERIFY(m_world->service(m_world->agentA1)
                .triage(id, TicketKind::Complaint, TicketPriority::Urgent, true, QStringLiteral("需要物流核实"))
                .ok());
    QCOMPARE(m_world->fx.count(QStringLiteral("ticket_events")), n);
}

// Changing the policy moves the stored columns of tickets whose clocks run, at once and
// in one transaction; paused and resolved tickets keep theirs (NULL next due).
void TestTicketServiceSla::policyChangeRecomputesExistingTickets()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    TicketService agent = m_world->service(m_world->agentA1);
    const QString open = createTicket(m_world->agentA1, d);
    const QString paused = createTicket(m_world->agentA1, d);
    const QString closed = createTicket(m_world->agentA1, d);
    m_world->clock.advanceSecs(3600);
    QVERIFY(agent.changeStatus(paused, TicketStatus::PendingCustomer).ok());
    QVERIFY(agent.changeStatus(closed, TicketStatus::Resolved).ok());
    QVERIFY(agent.changeStatus(closed, TicketStatus::Closed).ok());
    const Ticket openBefore = load(open);
    const Ticket pausedBefore = load(paused);
    const Ticket closedBefore = load(closed);
    QCOMPARE(openBefore.firstResponseDue, openBefore.receivedAt.addSecs(24 * 3600));
    QVERIFY(!pausedBefore.nextDue.isValid());
    QVERIFY(!closedBefore.nextDue.isValid());
    const qint64 ticketOutbox = m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'tickets'"));

    m_world->clock.advanceSecs(600);
    domain::SlaPolicy policy;
    policy.setFirstResponseHours(10);
    policy.setResolutionHours(TicketKind::Inquiry, TicketPriority::Normal, 30);
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());

    const Ticket openAfter = load(open);
    QCOMPARE(openAfter.firstResponseDue, openBefore.receivedAt.addSecs(10 * 3600));
    QCOMPARE(openAfter.resolutionDue, openBefore.receivedAt.addSecs(30 * 3600));
    QCOMPARE(openAfter.nextDue, openAfter.firstResponseDue);
    QCOMPARE(openAfter.nextWarn, openBefore.receivedAt.addSecs(10 * 3600 * 75 / 100));
    QCOMPARE(openAfter.updatedAt, openBefore.updatedAt); // derived data, not an edit

    const Ticket pausedAfter = load(paused);
    QVERIFY(!pausedAfter.nextDue.isValid());
    QVERIFY(!pausedAfter.nextWarn.isValid());
    const Ticket closedAfter = load(closed);
    QCOMPARE(closedAfter.firstResponseDue, closedBefore.firstResponseDue);
    QCOMPARE(closedAfter.resolutionDue, closedBefore.resolutionDue);
    QCOMPARE(closedAfter.nextDue, closedBefore.nextDue);
    QCOMPARE(closedAfter.nextWarn, closedBefore.nextWarn);

    // Nothing for sync; one audit entry naming how many tickets moved (only the open one).
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'tickets'")), ticketOutbox);
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'tickets.sla_recompute'")), 1);
    const QString after = m_world->fx
                              .scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE "
                                                     "action = 'tickets.sla_recompute'"))
                              .toString();
    QVERIFY2(after.contains(QStringLiteral("\"ticketsUpdated\":1")), qPrintable(after));

    // The resumed ticket follows the new targets from its facts.
    m_world->clock.advanceSecs(3600);
    QVERIFY(agent.changeStatus(paused, TicketStatus::Open).ok());
    const Ticket resumed = load(paused);
    QCOMPARE(resumed.firstResponseDue, resumed.receivedAt.addSecs(10 * 3600 + resumed.pausedSecs));

    // Saving the same policy again changes no ticket.
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    QCOMPARE(m_world->fx
                 .scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                        "'tickets.sla_recompute' ORDER BY seq DESC LIMIT 1"))
                 .toString()
                 .contains(QStringLiteral("\"ticketsUpdated\":0")),
             true);
}

void TestTicketServiceSla::policyChangeFailureRollsBackPolicyAndColumns()
{
    const QString a = createTicket(m_world->agentA1);
    const QString b = createTicket(m_world->agentA1);
    const Ticket beforeA = load(a);
    const Ticket beforeB = load(b);
    // The second ticket's row refuses the new columns: the whole change must be undone,
    // including the first ticket's columns and the policy setting.
    QVERIFY(m_world->fx.exec(QStringLiteral("CREATE TRIGGER refuse_sla BEFORE UPDATE OF next_due ON tickets "
                                            "WHEN old.id = '%1' BEGIN SELECT RAISE(ABORT, 'refused'); END")
                                 .arg(b)));
    const qint64 audit = m_world->fx.count(QStringLiteral("audit_log"));
    domain::SlaPolicy policy;
    policy.setFirstResponseHours(6);
    const Status status = m_world->service(m_world->admin).setSlaPolicy(policy);
    QVERIFY(!status.ok());
    QCOMPARE(m_world->service(m_world->admin).slaPolicy(), domain::SlaPolicy());
    QCOMPARE(load(a).firstResponseDue, beforeA.firstResponseDue);
    QCOMPARE(load(a).nextWarn, beforeA.nextWarn);
    QCOMPARE(load(b).firstResponseDue, beforeB.firstResponseDue);
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log")), audit);

    QVERIFY(m_world->fx.exec(QStringLiteral("DROP TRIGGER refuse_sla")));
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    QCOMPARE(load(b).firstResponseDue, beforeB.receivedAt.addSecs(6 * 3600));
}

// The queue's "breaching within 2 h" reads the stored columns, so it must reflect a new
// policy at once, not after each ticket's next change.
void TestTicketServiceSla::breachingWithin2hFollowsTheNewPolicy()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    m_world->clock.advanceSecs(9 * 3600); // 15 h left of 24 h
    TicketQuery query(m_world->fx.db(), m_world->manager, &m_world->clock);
    const TicketFilter breaching = query.viewFilter(TicketView::BreachingWithin2h);
    QCOMPARE(*query.count(breaching), qint64(0));

    domain::SlaPolicy policy;
    policy.setFirstResponseHours(10); // now 1 h left
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    QCOMPARE(*query.count(breaching), qint64(1));
    auto rows = query.page(breaching, TicketSort(), 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, id);

    policy.setFirstResponseHours(24);
    QVERIFY(m_world->service(m_world->admin).setSlaPolicy(policy).ok());
    QCOMPARE(*query.count(breaching), qint64(0));
}

// The due columns are derived on each workstation: never in the outbox or the audit log.
void TestTicketServiceSla::slaColumnsAreNotSynced()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    m_world->clock.advanceSecs(3600);
    QVERIFY(m_world->service(m_world->agentA1).changeStatus(id, TicketStatus::PendingCustomer).ok());
    QVERIFY(load(id).firstResponseDue.isValid() == false);
    for (const char* column : {"first_response_due", "resolution_due", "next_due", "next_warn"}) {
        const QString like = QStringLiteral("%%1%").arg(QLatin1String(column));
        QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE fields_json LIKE ?"), {like}), 0);
        QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE before_json LIKE ? OR after_json LIKE ?"),
                                   {like, like}),
                 0);
    }
    // They are still stored: the creation wrote them beside the synced row.
    QVERIFY(m_world->fx.count(QStringLiteral("tickets WHERE id = ? AND next_due IS NULL"), {id}) == 1);
    const QString other = createTicket(m_world->agentA1, d);
    QCOMPARE(m_world->fx.count(QStringLiteral("tickets WHERE id = ? AND next_due = received_at + 86400"), {other}),
             1);
}

QTEST_GUILESS_MAIN(TestTicketServiceSla)
#include "tst_ticketservice_sla.moc"
