// TicketService: create/get/timeline, validation (nothing saved), status rules through
// the service, numbers, outbox and audit. SLA columns: tst_ticketservice_sla.cpp;
// permissions: tst_ticketservice_access.cpp; merge, attachments, canned replies and
// ratings: tst_ticketservice_extras.cpp.

#include "clock.h"
#include "domain/ticketworkflow.h"
#include "services/settingsservice.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::TicketChannel;
using domain::TicketKind;
using domain::TicketPriority;
using domain::TicketStatus;

Q_DECLARE_METATYPE(sw::domain::TicketStatus)

class TestTicketService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createGetAndTimeline();
    void createWithOwnerIsOpen();
    void numbersPerBeijingDay();
    void numberContinuesAfterSeededRows();
    void badInputRefusedNothingSaved_data();
    void badInputRefusedNothingSaved();
    void transitions_data();
    void transitions();
    void reopenWindow_data();
    void reopenWindow();
    void firstReplyOpensAndStopsFirstResponseClock();
    void everyWriteHasOutboxAuditAndEvent();
    void auditHidesCustomerPhone();

private:
    QString createTicket(const Actor& by, TicketDraft d = swtest::TicketWorld::draft());
    Ticket load(const QString& id);

    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestTicketService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTicketService::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestTicketService::cleanup()
{
    m_world.reset();
}

QString TestTicketService::createTicket(const Actor& by, TicketDraft d)
{
    auto id = m_world->service(by).create(d);
    if (!id)
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

Ticket TestTicketService::load(const QString& id)
{
    auto t = m_world->service(m_world->manager).get(id);
    if (!t)
        qFatal("get failed: %s", qPrintable(t.message()));
    return *t;
}

void TestTicketService::createGetAndTimeline()
{
    const QDateTime start = m_world->clock.now();
    TicketDraft d = swtest::TicketWorld::draft();
    d.kind = TicketKind::Complaint;
    d.channel = TicketChannel::Email;
    d.priority = TicketPriority::High;
    d.customerEmail = QStringLiteral("chen@example.com");
    const QString id = createTicket(m_world->agentA1, d);

    auto got = m_world->service(m_world->agentA1).get(id);
    QVERIFY2(got.ok(), qPrintable(got.message()));
    QCOMPARE(got->id, id);
    QCOMPARE(got->number, QStringLiteral("CS-20250301-000001")); // 08:00 UTC = 16:00 Beijing
    QCOMPARE(got->kind, TicketKind::Complaint);
    QCOMPARE(got->channel, TicketChannel::Email);
    QCOMPARE(got->priority, TicketPriority::High);
    QCOMPARE(got->status, TicketStatus::New);
    QCOMPARE(got->subject, d.subject);
    QCOMPARE(got->body, d.body);
    QCOMPARE(got->customerName, d.customerName);
    QCOMPARE(got->customerEmail, d.customerEmail);
    QCOMPARE(got->orderNo, d.orderNo);
    QCOMPARE(got->merchantName, d.merchantName);
    QVERIFY(!got->customerId.isEmpty());
    QVERIFY(!got->merchantId.isEmpty());
    QVERIFY(got->ownerId.isEmpty());
    QCOMPARE(got->receivedAt, start);
    QCOMPARE(got->createdAt, start);
    // Unassigned: nobody owns it, so the phone is masked even for its creator.
    QCOMPARE(got->customerPhone, QStringLiteral("138****5678"));
    // Complaint/high: 48 h resolution; first response 24 h → the earlier is next.
    QCOMPARE(got->firstResponseDue, start.addSecs(24 * 3600));
    QCOMPARE(got->resolutionDue, start.addSecs(48 * 3600));
    QCOMPARE(got->nextDue, start.addSecs(24 * 3600));
    QCOMPARE(got->nextWarn, start.addSecs(18 * 3600));
    QVERIFY(!got->paused);

    auto events = m_world->service(m_world->agentA1).timeline(id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().kind, TicketEventKind::Created);
    QCOMPARE(events->first().authorId, m_world->agentA1.userId);
    QCOMPARE(events->first().authorName, m_world->agentA1.displayName);
    QCOMPARE(events->first().at, start);
    QCOMPARE(events->first().data.value(QStringLiteral("number")).toString(), got->number);

    // A second ticket for the same phone reuses the customer row.
    const QString second = createTicket(m_world->agentA1);
    QCOMPARE(load(second).customerId, got->customerId);
    QCOMPARE(m_world->fx.count(QStringLiteral("customers")), 1);
    QCOMPARE(m_world->fx.count(QStringLiteral("merchants")), 1);

    auto missing = m_world->service(m_world->manager).get(QStringLiteral("no-such-id"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.code(), ErrorCode::NotFound);
}

void TestTicketService::createWithOwnerIsOpen()
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->leadA, d);
    const Ticket t = load(id);
    QCOMPARE(t.status, TicketStatus::Open);
    QCOMPARE(t.ownerId, m_world->agentA1.userId);
    QCOMPARE(t.ownerName, m_world->agentA1.displayName);
    QCOMPARE(t.teamId, m_world->teamA);

    // The owner sees the whole phone number.
    auto own = m_world->service(m_world->agentA1).get(id);
    QVERIFY(own.ok());
    QCOMPARE(own->customerPhone, QStringLiteral("13812345678"));
}

void TestTicketService::numbersPerBeijingDay()
{
    const QString a = createTicket(m_world->agentA1);
    const QString b = createTicket(m_world->agentA1);
    QCOMPARE(load(a).number, QStringLiteral("CS-20250301-000001"));
    QCOMPARE(load(b).number, QStringLiteral("CS-20250301-000002"));
    // 16:30 UTC is 00:30 the next day in Beijing: a new day, a new counter.
    m_world->clock.set(QDateTime(QDate(2025, 3, 1), QTime(16, 30), Qt::UTC));
    const QString c = createTicket(m_world->agentA1);
    QCOMPARE(load(c).number, QStringLiteral("CS-20250302-000001"));
    // The receipt time decides, not the time of entry.
    TicketDraft d = swtest::TicketWorld::draft();
    d.receivedAt = QDateTime(QDate(2025, 3, 1), QTime(15, 59, 59), Qt::UTC);
    const QString e = createTicket(m_world->agentA1, d);
    QCOMPARE(load(e).number, QStringLiteral("CS-20250301-000003"));
    QCOMPARE(load(e).receivedAt, d.receivedAt);
}

void TestTicketService::numberContinuesAfterSeededRows()
{
    // A seeder writes tickets directly without touching ticket_numbers.
    QVERIFY(m_world->fx.exec(QStringLiteral(
        "INSERT INTO tickets (id, number, kind, channel, priority, status, subject, received_at, created_at, "
        "updated_at) VALUES ('seeded', 'CS-20250301-000041', 'inquiry', 'phone', 'normal', 'new', 's', 0, 0, 0)")));
    const QString id = createTicket(m_world->agentA1);
    QCOMPARE(load(id).number, QStringLiteral("CS-20250301-000042"));
}

enum class Bad {
    EmptySubject, BlankSubject, LongSubject, LongBody, EmptyCustomer, BadPhone, BadOrderNo, SpecialWithoutReason,
    FutureReceipt, UnknownOwner, InactiveOwner, AdminOnlyOwner, EmptyReply, LongReply, LongNote,
    IllegalTransition, NeedsOwner, ClosedIsFinal, AssignUnknownOwner, AssignInactiveOwner,
    TriageSpecialWithoutReason, RatingOutOfRange, RatingZero, RateUnresolved, RateTwice, AttachmentTooLarge,
    EmptyAttachment, CannedEmptyTitle,
};

void TestTicketService::badInputRefusedNothingSaved_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    auto row = [](const char* name, Bad b, ErrorCode code, const QString& part = {}) {
        QTest::newRow(name) << int(b) << int(code) << part;
    };
    row("empty subject", Bad::EmptySubject, ErrorCode::InvalidInput, QStringLiteral("subject"));
    row("blank subject", Bad::BlankSubject, ErrorCode::InvalidInput, QStringLiteral("subject"));
    row("subject > 200", Bad::LongSubject, ErrorCode::InvalidInput, QStringLiteral("200"));
    row("body > limit", Bad::LongBody, ErrorCode::InvalidInput, QStringLiteral("20000"));
    row("empty customer", Bad::EmptyCustomer, ErrorCode::InvalidInput, QStringLiteral("customer"));
    row("bad phone", Bad::BadPhone, ErrorCode::InvalidInput, QStringLiteral("phone"));
    row("bad order no", Bad::BadOrderNo, ErrorCode::InvalidInput, QStringLiteral("order"));
    row("special without reason", Bad::SpecialWithoutReason, ErrorCode::InvalidInput, QStringLiteral("reason"));
    row("receipt in the future", Bad::FutureReceipt, ErrorCode::InvalidInput, QStringLiteral("future"));
    row("unknown owner", Bad::UnknownOwner, ErrorCode::InvalidInput, QStringLiteral("owner"));
    row("inactive owner", Bad::InactiveOwner, ErrorCode::InvalidInput, QStringLiteral("deactivated"));
    row("owner without ticket role", Bad::AdminOnlyOwner, ErrorCode::InvalidInput, QStringLiteral("role"));
    row("empty reply", Bad::EmptyReply, ErrorCode::InvalidInput);
    row("reply > limit", Bad::LongReply, ErrorCode::InvalidInput, QStringLiteral("20000"));
    row("note > limit", Bad::LongNote, ErrorCode::InvalidInput, QStringLiteral("20000"));
    row("illegal transition", Bad::IllegalTransition, ErrorCode::IllegalTransition, QStringLiteral("cannot go"));
    row("transition needs owner", Bad::NeedsOwner, ErrorCode::IllegalTransition, QStringLiteral("owner"));
    row("closed is final", Bad::ClosedIsFinal, ErrorCode::IllegalTransition, QStringLiteral("final"));
    row("assign unknown owner", Bad::AssignUnknownOwner, ErrorCode::InvalidInput, QStringLiteral("owner"));
    row("assign inactive owner", Bad::AssignInactiveOwner, ErrorCode::InvalidInput, QStringLiteral("deactivated"));
    row("triage special without reason", Bad::TriageSpecialWithoutReason, ErrorCode::InvalidInput,
        QStringLiteral("reason"));
    row("rating 6", Bad::RatingOutOfRange, ErrorCode::InvalidInput, QStringLiteral("1 to 5"));
    row("rating 0", Bad::RatingZero, ErrorCode::InvalidInput, QStringLiteral("1 to 5"));
    row("rate unresolved", Bad::RateUnresolved, ErrorCode::InvalidInput, QStringLiteral("resolved"));
    row("rate twice", Bad::RateTwice, ErrorCode::Conflict, QStringLiteral("already"));
    row("attachment > 20 MB", Bad::AttachmentTooLarge, ErrorCode::InvalidInput, QStringLiteral("20 MB"));
    row("empty attachment", Bad::EmptyAttachment, ErrorCode::InvalidInput, QStringLiteral("empty"));
    row("canned reply without title", Bad::CannedEmptyTitle, ErrorCode::InvalidInput, QStringLiteral("title"));
}

void TestTicketService::badInputRefusedNothingSaved()
{
    QFETCH(int, which);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    swtest::TicketWorld& w = *m_world;
    const Bad bad = Bad(which);

    // Setup that is allowed to write: a ticket owned by agentA1 in the state the case needs.
    TicketDraft owned = swtest::TicketWorld::draft();
    owned.ownerId = w.agentA1.userId;
    const QString ticket = createTicket(w.leadA, owned);
    const QString unassigned = createTicket(w.agentA1);
    TicketService agent = w.service(w.agentA1);
    if (bad == Bad::RateTwice || bad == Bad::ClosedIsFinal) {
        QVERIFY(agent.changeStatus(ticket, TicketStatus::Resolved).ok());
        if (bad == Bad::RateTwice)
            QVERIFY(agent.rate(ticket, 5, 5, 5, QStringLiteral("很好")).ok());
        else
            QVERIFY(agent.changeStatus(ticket, TicketStatus::Closed).ok());
    }

    const QList<qint64> before = w.writeCounts();
    TicketDraft d = swtest::TicketWorld::draft();
    Status result;
    auto createAs = [&](const Actor& actor, const TicketDraft& draft) {
        auto r = w.service(actor).create(draft);
        return r ? Status() : Status(r.error());
    };
    auto createWith = [&](const TicketDraft& draft) { return createAs(w.agentA1, draft); };
    switch (bad) {
    case Bad::EmptySubject:
        d.subject.clear();
        result = createWith(d);
        break;
    case Bad::BlankSubject:
        d.subject = QStringLiteral("   ");
        result = createWith(d);
        break;
    case Bad::LongSubject:
        d.subject = QString(201, QChar(u'字'));
        result = createWith(d);
        break;
    case Bad::LongBody:
        d.body = QString(TicketService::kMaxBodyChars + 1, QLatin1Char('x'));
        result = createWith(d);
        break;
    case Bad::EmptyCustomer:
        d.customerName = QStringLiteral(" ");
        result = createWith(d);
        break;
    case Bad::BadPhone:
        d.customerPhone = QStringLiteral("138abc");
        result = createWith(d);
        break;
    case Bad::BadOrderNo:
        d.orderNo = QStringLiteral("SO 1;DROP");
        result = createWith(d);
        break;
    case Bad::SpecialWithoutReason:
        d.specialCase = true;
        d.specialReason = QStringLiteral("  ");
        result = createWith(d);
        break;
    case Bad::FutureReceipt:
        d.receivedAt = w.clock.now().addSecs(3600);
        result = createWith(d);
        break;
    case Bad::UnknownOwner:
        d.ownerId = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        result = createAs(w.manager, d);
        break;
    case Bad::InactiveOwner:
        d.ownerId = w.inactive.userId;
        result = createAs(w.manager, d);
        break;
    case Bad::AdminOnlyOwner:
        d.ownerId = w.admin.userId;
        result = createAs(w.manager, d);
        break;
    case Bad::EmptyReply:
        result = agent.reply(ticket, QStringLiteral(" \n "));
        break;
    case Bad::LongReply:
        result = agent.reply(ticket, QString(TicketService::kMaxBodyChars + 1, QLatin1Char('y')));
        break;
    case Bad::LongNote:
        result = agent.addNote(ticket, QString(TicketService::kMaxBodyChars + 1, QLatin1Char('y')));
        break;
    case Bad::IllegalTransition:
        result = agent.changeStatus(ticket, TicketStatus::Closed); // Open → Closed
        break;
    case Bad::NeedsOwner:
        result = agent.changeStatus(unassigned, TicketStatus::Open);
        break;
    case Bad::ClosedIsFinal:
        result = agent.changeStatus(ticket, TicketStatus::Open);
        break;
    case Bad::AssignUnknownOwner:
        result = w.service(w.manager).assign(ticket, QStringLiteral("nobody"));
        break;
    case Bad::AssignInactiveOwner:
        result = w.service(w.manager).assign(ticket, w.inactive.userId);
        break;
    case Bad::TriageSpecialWithoutReason:
        result = agent.triage(ticket, TicketKind::Complaint, TicketPriority::High, true, QString());
        break;
    case Bad::RatingOutOfRange:
        result = agent.rate(ticket, 6, 3, 3, {});
        break;
    case Bad::RatingZero:
        result = agent.rate(ticket, 3, 0, 3, {});
        break;
    case Bad::RateUnresolved:
        result = agent.rate(ticket, 3, 3, 3, {});
        break;
    case Bad::RateTwice:
        result = agent.rate(ticket, 1, 1, 1, QStringLiteral("again"));
        break;
    case Bad::AttachmentTooLarge: {
        const QByteArray big(int(TicketService::kDefaultMaxAttachmentBytes) + 1, 'a');
        auto r = agent.addAttachment(ticket, QStringLiteral("evidence.bin"), big);
        result = r ? Status() : Status(r.error());
        break;
    }
    case Bad::EmptyAttachment: {
        auto r = agent.addAttachment(ticket, QStringLiteral("empty.txt"), QByteArray());
        result = r ? Status() : Status(r.error());
        break;
    }
    case Bad::CannedEmptyTitle: {
        auto r = w.service(w.leadA).saveCannedReply(CannedReply{{}, QStringLiteral(" "), QStringLiteral("您好")});
        result = r ? Status() : Status(r.error());
        break;
    }
    }
    QVERIFY2(!result.ok(), "the bad input was accepted");
    QCOMPARE(int(result.code()), code);
    QVERIFY(!result.message().isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(result.message().contains(messagePart, Qt::CaseInsensitive), qPrintable(result.message()));
    QCOMPARE(w.writeCounts(), before);
}

void TestTicketService::transitions_data()
{
    QTest::addColumn<QList<TicketStatus>>("path"); // reached first (each step must succeed)
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = TicketStatus;
    QTest::newRow("open→pending") << QList<S>{} << S::PendingCustomer << true;
    QTest::newRow("open→resolved") << QList<S>{} << S::Resolved << true;
    QTest::newRow("open→new") << QList<S>{} << S::New << false;
    QTest::newRow("open→closed") << QList<S>{} << S::Closed << false;
    QTest::newRow("open→open") << QList<S>{} << S::Open << false;
    QTest::newRow("pending→open") << QList<S>{S::PendingCustomer} << S::Open << true;
    QTest::newRow("pending→resolved") << QList<S>{S::PendingCustomer} << S::Resolved << true;
    QTest::newRow("pending→closed") << QList<S>{S::PendingCustomer} << S::Closed << false;
    QTest::newRow("resolved→closed") << QList<S>{S::Resolved} << S::Closed << true;
    QTest::newRow("resolved→open (reopen)") << QList<S>{S::Resolved} << S::Open << true;
    QTest::newRow("resolved→pending") << QList<S>{S::Resolved} << S::PendingCustomer << false;
    QTest::newRow("closed→open") << QList<S>{S::Resolved, S::Closed} << S::Open << false;
    QTest::newRow("closed→resolved") << QList<S>{S::Resolved, S::Closed} << S::Resolved << false;
}

void TestTicketService::transitions()
{
    QFETCH(QList<TicketStatus>, path);
    QFETCH(TicketStatus, to);
    QFETCH(bool, allowed);
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    TicketService agent = m_world->service(m_world->agentA1);
    for (TicketStatus step : path) {
        m_world->clock.advanceSecs(60);
        QVERIFY(agent.changeStatus(id, step).ok());
    }
    const TicketStatus from = load(id).status;
    const qint64 eventsBefore = m_world->fx.count(QStringLiteral("ticket_events"));
    auto offered = agent.allowedTransitions(id);
    QVERIFY(offered.ok());
    QCOMPARE(offered->contains(to), allowed);
    const Status r = agent.changeStatus(id, to);
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        QCOMPARE(load(id).status, to);
        QCOMPARE(m_world->fx.count(QStringLiteral("ticket_events")), eventsBefore + 1);
        auto events = agent.timeline(id);
        QVERIFY(events.ok());
        const TicketEvent& last = events->last();
        QCOMPARE(last.kind, TicketEventKind::StatusChange);
        QCOMPARE(last.data.value(QStringLiteral("from")).toString(), domain::code(from));
        QCOMPARE(last.data.value(QStringLiteral("to")).toString(), domain::code(to));
    } else {
        QCOMPARE(r.code(), ErrorCode::IllegalTransition);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(load(id).status, from);
        QCOMPARE(m_world->fx.count(QStringLiteral("ticket_events")), eventsBefore);
    }
}

void TestTicketService::reopenWindow_data()
{
    QTest::addColumn<qint64>("after");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("1 h") << qint64(3600) << true;
    QTest::newRow("exactly 7 days") << qint64(7 * 86400) << true;
    QTest::newRow("7 days + 1 s") << qint64(7 * 86400 + 1) << false;
    QTest::newRow("30 days") << qint64(30 * 86400) << false;
}

void TestTicketService::reopenWindow()
{
    QFETCH(qint64, after);
    QFETCH(bool, allowed);
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = m_world->agentA1.userId;
    const QString id = createTicket(m_world->agentA1, d);
    TicketService agent = m_world->service(m_world->agentA1);
    QVERIFY(agent.changeStatus(id, TicketStatus::Resolved).ok());
    const QDateTime resolvedAt = m_world->clock.now();
    QCOMPARE(load(id).resolvedAt, resolvedAt);
    QVERIFY(!load(id).nextDue.isValid()); // both clocks stopped
    m_world->clock.advanceSecs(after);
    const Status r = agent.changeStatus(id, TicketStatus::Open);
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        const Ticket t = load(id);
        QCOMPARE(t.status, TicketStatus::Open);
        QVERIFY(!t.resolvedAt.isValid());
        QVERIFY(t.resolutionDue.isValid()); // the resolution clock runs again
    } else {
        QCOMPARE(r.code(), ErrorCode::IllegalTransition);
        QVERIFY2(r.message().contains(QStringLiteral("7 days")), qPrintable(r.message()));
        QCOMPARE(load(id).resolvedAt, resolvedAt);
    }
}

void TestTicketService::firstReplyOpensAndStopsFirstResponseClock()
{
    const QString id = createTicket(m_world->agentA1); // New, unassigned
    m_world->clock.advanceSecs(3 * 3600);
    const QDateTime replyAt = m_world->clock.now();
    QVERIFY(m_world->service(m_world->agentA1).reply(id, QStringLiteral("您好，已为您催促商家发货。")).ok());
    const Ticket t = load(id);
    QCOMPARE(t.status, TicketStatus::Open);
    QCOMPARE(t.ownerId, m_world->agentA1.userId); // the one who answered owns it
    QCOMPARE(t.teamId, m_world->teamA);
    QCOMPARE(t.firstResponseAt, replyAt);
    QVERIFY(!t.firstResponseDue.isValid());
    QCOMPARE(t.nextDue, t.resolutionDue);
    QCOMPARE(t.resolutionDue, t.receivedAt.addSecs(48 * 3600));

    auto events = m_world->service(m_world->agentA1).timeline(id);
    QVERIFY(events.ok());
    QList<TicketEventKind> kinds;
    for (const TicketEvent& e : *events)
        kinds << e.kind;
    QCOMPARE(kinds, (QList<TicketEventKind>{TicketEventKind::Created, TicketEventKind::Assignment,
                                            TicketEventKind::StatusChange, TicketEventKind::Reply}));
    QCOMPARE(events->last().body, QStringLiteral("您好，已为您催促商家发货。"));

    // A second reply does not move the first response.
    m_world->clock.advanceSecs(600);
    QVERIFY(m_world->service(m_world->agentA1).reply(id, QStringLiteral("补充说明")).ok());
    QCOMPARE(load(id).firstResponseAt, replyAt);
}

void TestTicketService::everyWriteHasOutboxAuditAndEvent()
{
    swtest::TicketWorld& w = *m_world;
    TicketService agent = w.service(w.agentA1);
    const QString id = createTicket(w.agentA1);
    using Op = std::function<Status()>;
    const QList<QPair<const char*, Op>> ops{
        {"take", [&] { return agent.take(id); }},
        {"reply", [&] { return agent.reply(id, QStringLiteral("回复")); }},
        {"note", [&] { return agent.addNote(id, QStringLiteral("内部备注")); }},
        {"customer message", [&] { return agent.addCustomerMessage(id, QStringLiteral("客户留言")); }},
        {"triage", [&] { return agent.triage(id, TicketKind::Complaint, TicketPriority::High, false, {}); }},
        {"pending", [&] { return agent.changeStatus(id, TicketStatus::PendingCustomer); }},
        {"resolved", [&] { return agent.changeStatus(id, TicketStatus::Resolved); }},
        {"rate", [&] { return agent.rate(id, 4, 5, 4, QStringLiteral("满意")); }},
        {"assign", [&] { return w.service(w.leadA).assign(id, w.agentA2.userId); }},
        {"attachment",
         [&] {
             auto r = w.service(w.agentA2).addAttachment(id, QStringLiteral("a.txt"), QByteArray("evidence"));
             return r ? Status() : Status(r.error());
         }},
    };
    for (const auto& [name, op] : ops) {
        w.clock.advanceSecs(60);
        const qint64 outbox = w.fx.count(QStringLiteral("sync_outbox"));
        const qint64 audit = w.fx.count(QStringLiteral("audit_log"));
        const qint64 events = w.fx.count(QStringLiteral("ticket_events"));
        const Status r = op();
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), r.message())));
        QVERIFY2(w.fx.count(QStringLiteral("ticket_events")) > events, name);
        QVERIFY2(w.fx.count(QStringLiteral("sync_outbox")) >= outbox + 2, name); // event + ticket row
        QVERIFY2(w.fx.count(QStringLiteral("audit_log")) >= audit + 2, name);
        QVERIFY2(w.fx.count(QStringLiteral("sync_outbox WHERE table_name = 'tickets' AND row_id = ?"), {id}) > 0,
                 name);
    }
    // The ticket's outbox records carry the workflow fields that changed.
    const QString lastTicketOp = w.fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE "
                                                            "table_name = 'tickets' AND fields_json LIKE '%owner_id%' "
                                                            "ORDER BY seq DESC LIMIT 1"))
                                     .toString();
    QVERIFY(lastTicketOp.contains(w.agentA2.userId));
}

void TestTicketService::auditHidesCustomerPhone()
{
    const QString id = createTicket(m_world->agentA1);
    const QString after = m_world->fx
                              .scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'tickets' AND "
                                                     "entity_id = ? AND action = 'ticket.create'"),
                                      {id})
                              .toString();
    QVERIFY(!after.isEmpty());
    QVERIFY(!after.contains(QStringLiteral("13812345678")));
    const QJsonObject json = QJsonDocument::fromJson(after.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("***"));
    // The outbox carries it: it is the row's data.
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE row_id = ? AND fields_json LIKE '%13812345678%'"),
                               {id}),
             1);
}

QTEST_GUILESS_MAIN(TestTicketService)
#include "tst_ticketservice.moc"
