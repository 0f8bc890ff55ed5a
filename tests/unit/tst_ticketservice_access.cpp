// TicketService, who may do what (DOMAIN.md roles): one row per role and operation on a
// fresh database, plus phone masking and the all-or-nothing bulk reassignment.

#include "clock.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::TicketStatus;

class TestTicketServiceAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void permissions_data();
    void permissions();
    void phoneMaskedExceptForOwner();
    void bulkAssignAllOrNothing();
    void assignableOwnersPerRole();
    void leadAssignsOnlyWithinTeam();
    void takeRefusesOwnedTicket();

private:
    QString createOwned(const Actor& owner);
    Actor actorNamed(const QString& name) const;

    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestTicketServiceAccess::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTicketServiceAccess::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestTicketServiceAccess::cleanup()
{
    m_world.reset();
}

QString TestTicketServiceAccess::createOwned(const Actor& owner)
{
    TicketDraft d = swtest::TicketWorld::draft();
    d.ownerId = owner.userId;
    auto id = m_world->service(m_world->manager).create(d);
    if (!id)
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

Actor TestTicketServiceAccess::actorNamed(const QString& name) const
{
    const swtest::TicketWorld& w = *m_world;
    const QHash<QString, Actor> all{{QStringLiteral("agentA1"), w.agentA1}, {QStringLiteral("leadA"), w.leadA},
                                    {QStringLiteral("manager"), w.manager},  {QStringLiteral("admin"), w.admin},
                                    {QStringLiteral("auditor"), w.auditor},  {QStringLiteral("trainer"), w.trainer}};
    return all.value(name);
}

// 0 = allowed; otherwise the expected ErrorCode + 1.
static int ok()
{
    return 0;
}
static int err(ErrorCode c)
{
    return int(c) + 1;
}

void TestTicketServiceAccess::permissions_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("expected");
    const int D = err(ErrorCode::PermissionDenied);
    const QStringList ops{QStringLiteral("get own"),        QStringLiteral("get teammate's"),
                          QStringLiteral("get other team's"), QStringLiteral("get unassigned"),
                          QStringLiteral("timeline other team's"), QStringLiteral("reply own"),
                          QStringLiteral("reply teammate's"), QStringLiteral("reply other team's"),
                          QStringLiteral("assign in team"),   QStringLiteral("assign other team's"),
                          QStringLiteral("take unassigned"),  QStringLiteral("bulkAssign"),
                          QStringLiteral("merge"),            QStringLiteral("canned reply create"),
                          QStringLiteral("canned reply remove"), QStringLiteral("setSlaPolicy")};
    // Rows: actor → expected per op (in the order above).
    const QList<QPair<QString, QList<int>>> table{
        {QStringLiteral("agentA1"), {ok(), ok(), D, ok(), D, ok(), D, D, D, D, ok(), D, ok(), D, D, D}},
        {QStringLiteral("leadA"), {ok(), ok(), D, ok(), D, ok(), ok(), D, ok(), D, ok(), ok(), ok(), ok(), ok(), D}},
        {QStringLiteral("manager"),
         {ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), D}},
        // An administrator sees everything but does not handle tickets: taking one fails
        // on the owner check, not on access.
        {QStringLiteral("admin"),
         {ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), err(ErrorCode::InvalidInput), ok(), ok(), ok(),
          ok(), ok()}},
        {QStringLiteral("auditor"), {D, D, D, D, D, D, D, D, D, D, D, D, D, D, D, D}},
        {QStringLiteral("trainer"), {D, D, D, D, D, D, D, D, D, D, D, D, D, D, D, D}},
    };
    for (const auto& [actor, expected] : table) {
        Q_ASSERT(expected.size() == ops.size());
        for (int i = 0; i < ops.size(); ++i)
            QTest::newRow(qPrintable(actor + QStringLiteral(": ") + ops.at(i))) << actor << ops.at(i) << expected.at(i);
    }
}

void TestTicketServiceAccess::permissions()
{
    QFETCH(QString, actor);
    QFETCH(QString, op);
    QFETCH(int, expected);
    swtest::TicketWorld& w = *m_world;
    const QString ownA1 = createOwned(w.agentA1);
    const QString ownA2 = createOwned(w.agentA2);
    const QString ownB1 = createOwned(w.agentB1);
    auto freeId = w.service(w.manager).create(swtest::TicketWorld::draft(QStringLiteral("未分配工单")));
    QVERIFY(freeId.ok());
    auto canned = w.service(w.manager).saveCannedReply(CannedReply{{}, QStringLiteral("问候"), QStringLiteral("您好")});
    QVERIFY(canned.ok());

    const Actor who = actorNamed(actor);
    QVERIFY(!who.userId.isEmpty());
    TicketService s = w.service(who);
    const QList<qint64> before = w.writeCounts();
    auto status = [](const auto& r) { return r.ok() ? Status() : Status(r.error()); };
    Status r;
    if (op == QLatin1String("get own"))
        r = status(s.get(ownA1));
    else if (op == QLatin1String("get teammate's"))
        r = status(s.get(ownA2));
    else if (op == QLatin1String("get other team's"))
        r = status(s.get(ownB1));
    else if (op == QLatin1String("get unassigned"))
        r = status(s.get(*freeId));
    else if (op == QLatin1String("timeline other team's"))
        r = status(s.timeline(ownB1));
    else if (op == QLatin1String("reply own"))
        r = s.reply(ownA1, QStringLiteral("您好"));
    else if (op == QLatin1String("reply teammate's"))
        r = s.reply(ownA2, QStringLiteral("您好"));
    else if (op == QLatin1String("reply other team's"))
        r = s.reply(ownB1, QStringLiteral("您好"));
    else if (op == QLatin1String("assign in team"))
        r = s.assign(ownA1, w.agentA2.userId);
    else if (op == QLatin1String("assign other team's"))
        r = s.assign(ownB1, w.agentA1.userId);
    else if (op == QLatin1String("take unassigned"))
        r = s.take(*freeId);
    else if (op == QLatin1String("bulkAssign"))
        r = s.bulkAssign({ownA1, ownA2}, w.agentA2.userId);
    else if (op == QLatin1String("merge"))
        r = s.merge(ownA1, *freeId);
    else if (op == QLatin1String("canned reply create"))
        r = status(s.saveCannedReply(CannedReply{{}, QStringLiteral("致歉"), QStringLiteral("非常抱歉")}));
    else if (op == QLatin1String("canned reply remove"))
        r = s.removeCannedReply(*canned);
    else if (op == QLatin1String("setSlaPolicy"))
        r = s.setSlaPolicy(domain::SlaPolicy());
    else
        QFAIL("unknown op");

    if (expected == 0) {
        QVERIFY2(r.ok(), qPrintable(r.message()));
    } else {
        QVERIFY2(!r.ok(), "allowed but should be refused");
        QCOMPARE(int(r.code()) + 1, expected);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(w.writeCounts(), before); // refused: nothing written
    }
}

void TestTicketServiceAccess::phoneMaskedExceptForOwner()
{
    swtest::TicketWorld& w = *m_world;
    const QString id = createOwned(w.agentA1);
    const QString full = QStringLiteral("13812345678");
    const QString masked = QStringLiteral("138****5678");
    QCOMPARE(w.service(w.agentA1).get(id)->customerPhone, full);
    for (const Actor& a : {w.agentA2, w.leadA, w.manager, w.admin})
        QCOMPARE(w.service(a).get(id)->customerPhone, masked);
    // Stored unmasked.
    QCOMPARE(w.fx.scalar(QStringLiteral("SELECT customer_phone FROM tickets WHERE id = ?"), {id}).toString(), full);
    // Reassigned: the new owner sees it, the old one no longer does.
    QVERIFY(w.service(w.leadA).assign(id, w.agentA2.userId).ok());
    QCOMPARE(w.service(w.agentA2).get(id)->customerPhone, full);
    QCOMPARE(w.service(w.agentA1).get(id)->customerPhone, masked);
}

void TestTicketServiceAccess::bulkAssignAllOrNothing()
{
    swtest::TicketWorld& w = *m_world;
    const QString a = createOwned(w.agentA1);
    const QString b = createOwned(w.agentB1); // not the lead's team
    const QString number = w.service(w.manager).get(b)->number;
    const QList<qint64> before = w.writeCounts();
    const Status r = w.service(w.leadA).bulkAssign({a, b}, w.agentA2.userId);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::PermissionDenied);
    QVERIFY2(r.message().contains(number), qPrintable(r.message()));
    QCOMPARE(w.writeCounts(), before);
    QCOMPARE(w.service(w.manager).get(a)->ownerId, w.agentA1.userId);

    QVERIFY(w.service(w.manager).bulkAssign({a, b}, w.agentA2.userId).ok());
    QCOMPARE(w.service(w.manager).get(a)->ownerId, w.agentA2.userId);
    QCOMPARE(w.service(w.manager).get(b)->ownerId, w.agentA2.userId);
    QCOMPARE(w.service(w.manager).get(b)->teamId, w.teamA);
}

void TestTicketServiceAccess::assignableOwnersPerRole()
{
    swtest::TicketWorld& w = *m_world;
    auto ids = [&](const Actor& a) {
        QStringList out;
        const auto owners = w.service(a).assignableOwners();
        if (!owners)
            return QStringList{QStringLiteral("<error>")};
        for (const auto& [id, name] : *owners)
            out << id;
        std::sort(out.begin(), out.end());
        return out;
    };
    QStringList team{w.leadA.userId, w.agentA1.userId, w.agentA2.userId};
    std::sort(team.begin(), team.end());
    QCOMPARE(ids(w.leadA), team); // not the deactivated agent, not team B
    QCOMPARE(ids(w.agentA1), QStringList{w.agentA1.userId});
    QStringList all{w.manager.userId, w.leadA.userId, w.agentA1.userId, w.agentA2.userId, w.leadB.userId,
                    w.agentB1.userId};
    std::sort(all.begin(), all.end());
    QCOMPARE(ids(w.manager), all);
    QCOMPARE(w.service(w.auditor).assignableOwners().code(), ErrorCode::PermissionDenied);
}

void TestTicketServiceAccess::leadAssignsOnlyWithinTeam()
{
    swtest::TicketWorld& w = *m_world;
    auto free = w.service(w.manager).create(swtest::TicketWorld::draft());
    QVERIFY(free.ok());
    const Status cross = w.service(w.leadA).assign(*free, w.agentB1.userId);
    QCOMPARE(cross.code(), ErrorCode::PermissionDenied);
    QVERIFY(w.service(w.leadA).assign(*free, w.agentA2.userId).ok());
    auto t = w.service(w.leadA).get(*free);
    QCOMPARE(t->ownerId, w.agentA2.userId);
    QCOMPARE(t->status, TicketStatus::Open); // an owner after triage
    auto events = w.service(w.leadA).timeline(*free);
    QCOMPARE(events->at(1).kind, TicketEventKind::Assignment);
    QCOMPARE(events->at(1).data.value(QStringLiteral("to")).toString(), w.agentA2.userId);
    QCOMPARE(w.service(w.agentA1).assign(*free, w.agentA1.userId).code(), ErrorCode::PermissionDenied);
}

void TestTicketServiceAccess::takeRefusesOwnedTicket()
{
    swtest::TicketWorld& w = *m_world;
    const QString id = createOwned(w.agentA2);
    // agentA1 may read the teammate's ticket but not take it over.
    const Status r = w.service(w.agentA1).take(id);
    QVERIFY(!r.ok());
    QCOMPARE(w.service(w.manager).get(id)->ownerId, w.agentA2.userId);
    QVERIFY(w.service(w.agentA2).take(id).ok()); // already theirs: nothing to do
}

QTEST_GUILESS_MAIN(TestTicketServiceAccess)
#include "tst_ticketservice_access.moc"
