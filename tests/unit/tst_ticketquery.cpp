// TicketQuery: views per role, every filter, every sort column in both directions
// against a C++ reference over the same tickets, paging, scope and masking.

#include "clock.h"
#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace sw;
using namespace sw::services;
using domain::TicketChannel;
using domain::TicketKind;
using domain::TicketPriority;
using domain::TicketStatus;

Q_DECLARE_METATYPE(sw::services::TicketColumn)

class TestTicketQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void viewsPerRole();
    void viewFiltersMatchReference();
    void filters_data();
    void filters();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void pagingCoversEveryRowOnce();
    void scopePerRole();
    void phoneMaskedInRows();
    void refusals();

private:
    QList<QString> ids(const Actor& actor, const TicketFilter& f, const TicketSort& s = {});
    QList<Ticket> reference(const std::function<bool(const Ticket&)>& keep) const;

    std::unique_ptr<swtest::TicketWorld> m_world;
    QList<Ticket> m_all; // every ticket as stored (manager's view), merged ones included
};

void TestTicketQuery::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    swtest::TicketWorld& w = *m_world;
    TicketService manager = w.service(w.manager);

    // A deterministic mix of owners, kinds, channels, priorities, receipt times and
    // statuses, so that each filter and SLA class has members and sorts have ties.
    QRandomGenerator rng(20250301);
    const QList<Actor> owners{w.agentA1, w.agentA2, w.agentB1, w.leadA, Actor{}};
    const QStringList subjects{QStringLiteral("订单未发货"), QStringLiteral("退款进度"), QStringLiteral("Refund"),
                               QStringLiteral("商品破损"), QStringLiteral("发票问题"), QStringLiteral("account")};
    const QStringList customers{QStringLiteral("陈小姐"), QStringLiteral("王先生"), QStringLiteral("Alice"),
                                QStringLiteral("李女士")};
    const QStringList merchants{QStringLiteral("好物旗舰店"), QStringLiteral("数码专营"), {}, QStringLiteral("Acme")};
    // Hours before "now" at which tickets arrive: fresh, warning (≥ 18 h of 24 h),
    // breaching within 2 h (22–24 h), breached, long ago.
    const QList<int> ages{0, 1, 5, 12, 19, 20, 22, 23, 30, 50, 80, 200};
    QStringList created;
    for (int i = 0; i < 64; ++i) {
        TicketDraft d = swtest::TicketWorld::draft(subjects.at(i % subjects.size()) + QString::number(i % 7));
        d.kind = domain::allTicketKinds().at(rng.bounded(3));
        d.channel = domain::allTicketChannels().at(rng.bounded(3));
        d.priority = domain::allTicketPriorities().at(rng.bounded(4));
        d.customerName = customers.at(rng.bounded(customers.size()));
        d.customerPhone = QStringLiteral("139%1").arg(10000000 + i, 8, 10, QLatin1Char('0'));
        d.orderNo = i % 5 == 0 ? QString() : QStringLiteral("SO-%1").arg(rng.bounded(20));
        d.merchantName = merchants.at(rng.bounded(merchants.size()));
        d.ownerId = owners.at(i % owners.size()).userId;
        d.receivedAt = w.clock.now().addSecs(-qint64(ages.at(rng.bounded(ages.size()))) * 3600 - rng.bounded(600));
        auto id = manager.create(d);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        created << *id;
        if (d.ownerId.isEmpty())
            continue;
        switch (i % 6) {
        case 1:
            QVERIFY(manager.changeStatus(*id, TicketStatus::PendingCustomer).ok());
            break;
        case 2:
            QVERIFY(manager.reply(*id, QStringLiteral("已回复")).ok());
            break;
        case 3:
            QVERIFY(manager.changeStatus(*id, TicketStatus::Resolved).ok());
            break;
        case 4:
            QVERIFY(manager.changeStatus(*id, TicketStatus::Resolved).ok());
            QVERIFY(manager.changeStatus(*id, TicketStatus::Closed).ok());
            break;
        default:
            break;
        }
    }
    QVERIFY(manager.merge(created.at(5), created.at(6)).ok());
    QVERIFY(manager.merge(created.at(10), created.at(6)).ok());
    for (const QString& id : created)
        m_all << *manager.get(id);
}

void TestTicketQuery::cleanupTestCase()
{
    m_world.reset();
}

QList<QString> TestTicketQuery::ids(const Actor& actor, const TicketFilter& f, const TicketSort& s)
{
    TicketQuery q(m_world->fx.db(), actor, &m_world->clock);
    auto rows = q.page(f, s, 0, 1000);
    if (!rows)
        qFatal("page failed: %s", qPrintable(rows.message()));
    QList<QString> out;
    for (const TicketRow& r : *rows)
        out << r.id;
    return out;
}

QList<Ticket> TestTicketQuery::reference(const std::function<bool(const Ticket&)>& keep) const
{
    QList<Ticket> out;
    for (const Ticket& t : m_all) {
        if (keep(t))
            out << t;
    }
    return out;
}

static QStringList sortedIds(const QList<Ticket>& tickets)
{
    QStringList out;
    for (const Ticket& t : tickets)
        out << t.id;
    std::sort(out.begin(), out.end());
    return out;
}

static QStringList sortedIds(QList<QString> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestTicketQuery::viewsPerRole()
{
    swtest::TicketWorld& w = *m_world;
    using V = TicketView;
    auto views = [&](const Actor& a) { return TicketQuery(w.fx.db(), a, &w.clock).viewsFor(); };
    QCOMPARE(views(w.agentA1), (QList<V>{V::MyOpen, V::Unassigned, V::BreachingWithin2h, V::ComplaintsThisWeek}));
    QCOMPARE(views(w.leadA),
             (QList<V>{V::MyOpen, V::Unassigned, V::BreachingWithin2h, V::ComplaintsThisWeek, V::TeamQueue}));
    QCOMPARE(views(w.manager), (QList<V>{V::Unassigned, V::BreachingWithin2h, V::ComplaintsThisWeek, V::All}));
    QVERIFY(views(w.auditor).isEmpty());
    QVERIFY(views(w.trainer).isEmpty());
    for (V v : {V::MyOpen, V::Unassigned, V::BreachingWithin2h, V::ComplaintsThisWeek, V::TeamQueue, V::All})
        QVERIFY(!displayName(v).isEmpty());
}

void TestTicketQuery::viewFiltersMatchReference()
{
    swtest::TicketWorld& w = *m_world;
    const QDateTime now = w.clock.now();
    const QList<TicketStatus> open{TicketStatus::New, TicketStatus::Open, TicketStatus::PendingCustomer};
    TicketQuery agentQ(w.fx.db(), w.agentA1, &w.clock);
    TicketQuery leadQ(w.fx.db(), w.leadA, &w.clock);
    TicketQuery managerQ(w.fx.db(), w.manager, &w.clock);
    auto visibleToAgent = [&](const Ticket& t) {
        return t.mergedInto.isEmpty() && (t.ownerId.isEmpty() || t.ownerId == w.agentA1.userId);
    };

    auto myOpen = reference([&](const Ticket& t) {
        return t.mergedInto.isEmpty() && t.ownerId == w.agentA1.userId && open.contains(t.status);
    });
    QVERIFY(!myOpen.isEmpty());
    QCOMPARE(sortedIds(ids(w.agentA1, agentQ.viewFilter(TicketView::MyOpen))), sortedIds(myOpen));

    auto unassigned = reference([&](const Ticket& t) {
        return t.mergedInto.isEmpty() && t.ownerId.isEmpty() && open.contains(t.status);
    });
    QVERIFY(!unassigned.isEmpty());
    QCOMPARE(sortedIds(ids(w.agentA1, agentQ.viewFilter(TicketView::Unassigned))), sortedIds(unassigned));

    auto breaching = reference([&](const Ticket& t) {
        return visibleToAgent(t) && t.nextDue.isValid() && t.nextDue > now && t.nextDue <= now.addSecs(7200);
    });
    QVERIFY(!breaching.isEmpty());
    QCOMPARE(sortedIds(ids(w.agentA1, agentQ.viewFilter(TicketView::BreachingWithin2h))), sortedIds(breaching));

    // Saturday 2025-03-01 16:00 Beijing: the week began Monday 2025-02-24 00:00 Beijing.
    const TicketFilter complaints = managerQ.viewFilter(TicketView::ComplaintsThisWeek);
    QCOMPARE(complaints.receivedFrom, QDateTime(QDate(2025, 2, 23), QTime(16, 0), Qt::UTC));
    auto complaintRef = reference([&](const Ticket& t) {
        return t.mergedInto.isEmpty() && t.kind == TicketKind::Complaint && t.receivedAt >= complaints.receivedFrom;
    });
    QVERIFY(!complaintRef.isEmpty());
    QCOMPARE(sortedIds(ids(w.manager, complaints)), sortedIds(complaintRef));

    auto team = reference([&](const Ticket& t) { return t.mergedInto.isEmpty() && t.teamId == w.teamA; });
    QVERIFY(!team.isEmpty());
    QCOMPARE(sortedIds(ids(w.leadA, leadQ.viewFilter(TicketView::TeamQueue))), sortedIds(team));

    QCOMPARE(sortedIds(ids(w.manager, managerQ.viewFilter(TicketView::All))),
             sortedIds(reference([](const Ticket& t) { return t.mergedInto.isEmpty(); })));
}

void TestTicketQuery::filters_data()
{
    QTest::addColumn<int>("which");
    const char* names[] = {"statuses",         "kinds",          "channels",        "priorities",
                           "owner",            "unassigned",     "team",            "received window",
                           "sla ok",           "sla warning",    "sla breached",    "sla within 2h",
                           "sla paused",       "include merged", "combined",        "search",
                           "search with a merged-away hit"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestTicketQuery::filters()
{
    QFETCH(int, which);
    swtest::TicketWorld& w = *m_world;
    const QDateTime now = w.clock.now();
    TicketFilter f;
    std::function<bool(const Ticket&)> keep;
    auto live = [](const Ticket& t) { return t.mergedInto.isEmpty(); };
    switch (which) {
    case 0:
        f.statuses = {TicketStatus::Open, TicketStatus::PendingCustomer};
        keep = [&](const Ticket& t) { return live(t) && f.statuses.contains(t.status); };
        break;
    case 1:
        f.kinds = {TicketKind::Complaint};
        keep = [&](const Ticket& t) { return live(t) && t.kind == TicketKind::Complaint; };
        break;
    case 2:
        f.channels = {TicketChannel::Email, TicketChannel::Online};
        keep = [&](const Ticket& t) { return live(t) && f.channels.contains(t.channel); };
        break;
    case 3:
        f.priorities = {TicketPriority::Urgent};
        keep = [&](const Ticket& t) { return live(t) && t.priority == TicketPriority::Urgent; };
        break;
    case 4:
        f.ownerId = w.agentA2.userId;
        keep = [&](const Ticket& t) { return live(t) && t.ownerId == w.agentA2.userId; };
        break;
    case 5:
        f.unassignedOnly = true;
        keep = [&](const Ticket& t) { return live(t) && t.ownerId.isEmpty(); };
        break;
    case 6:
        f.teamId = w.teamB;
        keep = [&](const Ticket& t) { return live(t) && t.teamId == w.teamB; };
        break;
    case 7:
        f.receivedFrom = now.addSecs(-40 * 3600);
        f.receivedTo = now.addSecs(-10 * 3600);
        keep = [&](const Ticket& t) {
            return live(t) && t.receivedAt >= f.receivedFrom && t.receivedAt < f.receivedTo;
        };
        break;
    case 8:
        f.sla = SlaFilter::Ok;
        keep = [&](const Ticket& t) { return live(t) && t.nextWarn.isValid() && now < t.nextWarn; };
        break;
    case 9:
        f.sla = SlaFilter::Warning;
        keep = [&](const Ticket& t) {
            return live(t) && t.nextWarn.isValid() && t.nextWarn <= now && t.nextDue.isValid() && now < t.nextDue;
        };
        break;
    case 10:
        f.sla = SlaFilter::Breached;
        keep = [&](const Ticket& t) { return live(t) && t.nextDue.isValid() && t.nextDue <= now; };
        break;
    case 11:
        f.sla = SlaFilter::BreachingWithin2h;
        keep = [&](const Ticket& t) {
            return live(t) && t.nextDue.isValid() && t.nextDue > now && t.nextDue <= now.addSecs(7200);
        };
        break;
    case 12:
        f.sla = SlaFilter::Paused;
        keep = [&](const Ticket& t) { return live(t) && t.paused; };
        break;
    case 13:
        f.includeMerged = true;
        keep = [](const Ticket&) { return true; };
        break;
    case 14:
        f.statuses = {TicketStatus::Open, TicketStatus::New};
        f.kinds = {TicketKind::Inquiry, TicketKind::Suggestion};
        f.teamId = w.teamA;
        keep = [&](const Ticket& t) {
            return live(t) && f.statuses.contains(t.status) && f.kinds.contains(t.kind) && t.teamId == w.teamA;
        };
        break;
    case 15:
        f.search = QStringLiteral("退款");
        keep = [&](const Ticket& t) { return live(t) && t.subject.contains(QStringLiteral("退款")); };
        break;
    case 16:
        // Ticket 5 ("account5") is merged away: a hit of the index that the count must
        // subtract.
        f.search = QStringLiteral("account");
        keep = [&](const Ticket& t) { return live(t) && t.subject.contains(QStringLiteral("account")); };
        QVERIFY(!reference([](const Ticket& t) {
                     return !t.mergedInto.isEmpty() && t.subject.contains(QStringLiteral("account"));
                 }).isEmpty());
        break;
    }
    const QList<Ticket> expected = reference(keep);
    QVERIFY2(!expected.isEmpty(), "the fixture has no ticket for this filter: the test could not fail");
    if (which != 13)
        QVERIFY2(expected.size() < reference([](const Ticket& t) { return t.mergedInto.isEmpty(); }).size(),
                 "the filter keeps everything: the test could not fail");
    TicketQuery q(w.fx.db(), w.manager, &w.clock);
    QCOMPARE(*q.count(f), qint64(expected.size()));
    QCOMPARE(sortedIds(ids(w.manager, f)), sortedIds(expected));

    // Every role: the count (from ticket_counts, from full-text arithmetic or from SQL)
    // agrees with the rows; a search gives the same rows read hit by hit and by the
    // ordered scan over the hit set.
    for (const Actor& actor : {w.manager, w.leadA, w.agentA1}) {
        const QList<QString> rows = ids(actor, f);
        for (qint64 drive : {qint64(0), qint64(1) << 40}) {
            TicketQuery scoped(w.fx.db(), actor, &w.clock);
            scoped.setDriveFromHitsMax(drive);
            QCOMPARE(*scoped.count(f), qint64(rows.size()));
            auto page = scoped.page(f, {}, 0, 1000);
            QVERIFY2(page.ok(), qPrintable(page.message()));
            QList<QString> got;
            for (const TicketRow& r : *page)
                got << r.id;
            QCOMPARE(got, rows);
        }
    }
}

void TestTicketQuery::sortEveryColumn_data()
{
    QTest::addColumn<TicketColumn>("column");
    QTest::addColumn<bool>("ascending");
    for (int c = 0; c < int(TicketColumn::Count); ++c) {
        for (bool asc : {true, false})
            QTest::newRow(qPrintable(QStringLiteral("column %1 %2").arg(c).arg(asc ? "asc" : "desc")))
                << TicketColumn(c) << asc;
    }
}

namespace {

// SQLite's order: NULL first, then numbers, then text compared as UTF-8 bytes.
struct Key
{
    bool isNull = true;
    qint64 number = 0;
    QByteArray text;
    bool operator<(const Key& o) const
    {
        if (isNull != o.isNull)
            return isNull;
        if (number != o.number)
            return number < o.number;
        return text < o.text;
    }
    bool operator==(const Key& o) const { return isNull == o.isNull && number == o.number && text == o.text; }
};

Key textKey(const QString& s)
{
    return Key{false, 0, s.toUtf8()};
}
Key numberKey(qint64 n)
{
    return Key{false, n, {}};
}
Key timeKey(const QDateTime& t)
{
    return t.isValid() ? numberKey(t.toSecsSinceEpoch()) : Key{};
}

Key sortKey(const Ticket& t, TicketColumn c)
{
    switch (c) {
    case TicketColumn::Number:
        return textKey(t.number);
    case TicketColumn::Kind:
        return numberKey(domain::allTicketKinds().indexOf(t.kind));
    case TicketColumn::Channel:
        return numberKey(domain::allTicketChannels().indexOf(t.channel));
    case TicketColumn::Subject:
        return textKey(t.subject);
    case TicketColumn::Customer:
        return textKey(t.customerName);
    case TicketColumn::OrderNo:
        return textKey(t.orderNo);
    case TicketColumn::Merchant:
        return textKey(t.merchantName);
    case TicketColumn::Priority:
        return numberKey(domain::allTicketPriorities().indexOf(t.priority));
    case TicketColumn::Status:
        return numberKey(domain::allTicketStatuses().indexOf(t.status));
    case TicketColumn::Owner:
        return t.ownerName.isEmpty() ? Key{} : textKey(t.ownerName);
    case TicketColumn::FirstResponseDue:
        return timeKey(t.firstResponseDue);
    case TicketColumn::ResolutionDue:
        return timeKey(t.resolutionDue);
    case TicketColumn::SlaState:
        return timeKey(t.nextDue);
    case TicketColumn::ReceivedAt:
    case TicketColumn::Count:
        break;
    }
    return timeKey(t.receivedAt);
}

} // namespace

void TestTicketQuery::sortEveryColumn()
{
    QFETCH(TicketColumn, column);
    QFETCH(bool, ascending);
    QList<Ticket> expected = reference([](const Ticket& t) { return t.mergedInto.isEmpty(); });
    std::sort(expected.begin(), expected.end(), [&](const Ticket& a, const Ticket& b) {
        const Key ka = sortKey(a, column);
        const Key kb = sortKey(b, column);
        if (!(ka == kb))
            return ka < kb;
        return a.n < b.n;
    });
    // The data must actually order something: more than one distinct key.
    QVERIFY(!(sortKey(expected.first(), column) == sortKey(expected.last(), column)));
    if (!ascending)
        std::reverse(expected.begin(), expected.end());
    QList<QString> expectedIds;
    for (const Ticket& t : expected)
        expectedIds << t.id;
    const TicketSort sort{column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder};
    QCOMPARE(ids(m_world->manager, TicketFilter(), sort), expectedIds);
}

void TestTicketQuery::pagingCoversEveryRowOnce()
{
    swtest::TicketWorld& w = *m_world;
    TicketQuery q(w.fx.db(), w.manager, &w.clock);
    TicketFilter f;
    const qint64 total = *q.count(f);
    QVERIFY(total > 20);
    for (TicketColumn c : {TicketColumn::ReceivedAt, TicketColumn::SlaState, TicketColumn::Customer,
                           TicketColumn::Owner, TicketColumn::Priority}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            // Without the total, and with it (pages in the second half are then read
            // from the far end in reverse order and turned round).
            for (qint64 known : {qint64(-1), total}) {
                QList<QString> paged;
                for (qint64 offset = 0; offset < total + 7; offset += 7) {
                    auto rows = q.page(f, {c, order}, offset, 7, known);
                    QVERIFY(rows.ok());
                    QVERIFY(rows->size() <= 7);
                    for (const TicketRow& r : *rows)
                        paged << r.id;
                }
                QCOMPARE(paged.size(), int(total));
                QCOMPARE(paged, ids(w.manager, f, {c, order})); // same order as one big page
                QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), int(total));
            }
        }
    }
    QVERIFY(q.page(f, {}, total, 50)->isEmpty());
    QVERIFY(q.page(f, {}, total, 50, total)->isEmpty());
    QCOMPARE(q.page(f, {}, total - 3, 50, total)->size(), 3);
    QVERIFY(q.page(f, {}, 0, 0)->isEmpty());
}

void TestTicketQuery::scopePerRole()
{
    swtest::TicketWorld& w = *m_world;
    TicketFilter f;
    auto agentRef = reference([&](const Ticket& t) {
        return t.mergedInto.isEmpty() && (t.ownerId.isEmpty() || t.ownerId == w.agentA1.userId);
    });
    const QList<QString> agentSees = ids(w.agentA1, f);
    QCOMPARE(sortedIds(agentSees), sortedIds(agentRef));
    for (const Ticket& t : m_all) {
        if (!t.ownerId.isEmpty() && t.ownerId != w.agentA1.userId)
            QVERIFY2(!agentSees.contains(t.id), "an agent sees another agent's ticket");
    }
    // Even asking for another agent's tickets shows none of them.
    f.ownerId = w.agentA2.userId;
    QVERIFY(ids(w.agentA1, f).isEmpty());
    QCOMPARE(*TicketQuery(w.fx.db(), w.agentA1, &w.clock).count(f), 0);
    f = {};

    auto leadRef = reference([&](const Ticket& t) {
        return t.mergedInto.isEmpty() && (t.ownerId.isEmpty() || t.ownerId == w.leadA.userId || t.teamId == w.teamA);
    });
    QCOMPARE(sortedIds(ids(w.leadA, f)), sortedIds(leadRef));
    QVERIFY(leadRef.size() > agentRef.size());
    const int everyone = reference([](const Ticket& t) { return t.mergedInto.isEmpty(); }).size();
    QVERIFY(leadRef.size() < everyone);
    QCOMPARE(ids(w.manager, f).size(), everyone);
    QCOMPARE(ids(w.admin, f).size(), everyone);
}

void TestTicketQuery::phoneMaskedInRows()
{
    swtest::TicketWorld& w = *m_world;
    auto rows = TicketQuery(w.fx.db(), w.agentA1, &w.clock).page({}, {}, 0, 1000);
    QVERIFY(rows.ok());
    int own = 0;
    for (const TicketRow& r : *rows) {
        const bool mine = r.ownerId == w.agentA1.userId;
        own += mine ? 1 : 0;
        QCOMPARE(r.customerPhone.contains(QLatin1Char('*')), !mine);
        if (mine)
            QCOMPARE(r.ownerName, w.agentA1.displayName);
    }
    QVERIFY(own > 0);
    const auto managerRows = TicketQuery(w.fx.db(), w.manager, &w.clock).page({}, {}, 0, 1000);
    QVERIFY(managerRows.ok());
    QVERIFY(!managerRows->isEmpty());
    for (const TicketRow& r : *managerRows)
        QVERIFY(r.customerPhone.contains(QLatin1Char('*')));
}

void TestTicketQuery::refusals()
{
    swtest::TicketWorld& w = *m_world;
    TicketFilter f;
    f.search = QStringLiteral("好");
    auto r = TicketQuery(w.fx.db(), w.manager, &w.clock).count(f);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(TicketQuery(w.fx.db(), w.manager, &w.clock).page(f, {}, 0, 10).code(), ErrorCode::InvalidInput);
    QCOMPARE(TicketQuery(w.fx.db(), w.auditor, &w.clock).count({}).code(), ErrorCode::PermissionDenied);
    QCOMPARE(TicketQuery(w.fx.db(), w.trainer, &w.clock).page({}, {}, 0, 10).code(), ErrorCode::PermissionDenied);
    // Injection attempts are plain search text.
    f.search = QStringLiteral("\" OR 1=1 -- ' ; DROP TABLE tickets");
    auto injected = TicketQuery(w.fx.db(), w.manager, &w.clock).count(f);
    QVERIFY(injected.ok());
    QCOMPARE(*injected, 0);
}

QTEST_GUILESS_MAIN(TestTicketQuery)
#include "tst_ticketquery.moc"
