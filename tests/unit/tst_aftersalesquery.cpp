// AfterSalesQuery: filters, sort, saved views and their counts, "awaiting my approval" by
// role and ladder level (never the requester, never twice), eligibility failed, executed
// this week, due / overdue, customer and merchant through the linked ticket, permissions.

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/aftersalespolicies.h"
#include "services/aftersalesquery.h"
#include "services/aftersalesservice.h"
#include "tickettestsupport.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::AfterSalesKind;
using domain::AfterSalesReason;
using domain::AfterSalesStatus;

class TestAfterSalesQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void awaitingMyApproval_data();
    void awaitingMyApproval();
    void approvedOnceLeavesTheManagersView();
    void configuredLadderDecidesTheView();
    void filtersNarrowTheList();
    void textSearchFindsCustomerThroughTheTicket();
    void eligibilityFailedView();
    void executedThisWeekView();
    void dueAndOverdue();
    void sortOnEveryColumn_data();
    void sortOnEveryColumn();
    void viewCountsMatchTheLists();
    void readersOnly();

private:
    AfterSalesService service(const Actor& a)
    {
        return AfterSalesService(m_world->fx.db(), a, &m_world->clock);
    }
    AfterSalesQuery query(const Actor& a) { return AfterSalesQuery(m_world->fx.db(), a, &m_world->clock); }
    AfterSalesDraft draft(const QString& amount, AfterSalesKind kind = AfterSalesKind::Refund,
                          AfterSalesReason reason = AfterSalesReason::QualityProblem);
    QString create(const Actor& by, const AfterSalesDraft& d);
    QString createSubmitted(const Actor& by, const QString& amount);
    QStringList numbers(const Actor& a, const AfterSalesFilter& f, const AfterSalesSort& s = {});
    QString numberOf(const QString& id);

    std::unique_ptr<swtest::TicketWorld> m_world;
    QString m_ticketId;
};

void TestAfterSalesQuery::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    TicketDraft t = swtest::TicketWorld::draft(QStringLiteral("收到的商品有破损"));
    t.ownerId = m_world->agentA1.userId;
    auto id = m_world->service(m_world->agentA1).create(t);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_ticketId = *id;
}

void TestAfterSalesQuery::cleanup()
{
    m_world.reset();
}

AfterSalesDraft TestAfterSalesQuery::draft(const QString& amount, AfterSalesKind kind,
                                           AfterSalesReason reason)
{
    AfterSalesDraft d;
    d.kind = kind;
    d.reason = reason;
    d.reasonText = QStringLiteral("外壳有裂纹");
    d.orderNo = QStringLiteral("SO-2025-0001");
    d.deliveredOn = QDate(2025, 2, 26); // fixedStart() is 2025-03-01: day 3
    d.itemName = QStringLiteral("保温杯");
    d.evidenceCount = 2;
    d.amount = amount;
    d.orderTotal = QStringLiteral("¥50,000.00");
    return d;
}

QString TestAfterSalesQuery::create(const Actor& by, const AfterSalesDraft& d)
{
    auto id = service(by).create(d);
    if (!id)
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

QString TestAfterSalesQuery::createSubmitted(const Actor& by, const QString& amount)
{
    const QString id = create(by, draft(amount));
    auto s = service(by).submitForApproval(id);
    if (!s || *s != AfterSalesStatus::AwaitingApproval)
        qFatal("submit failed");
    return id;
}

QString TestAfterSalesQuery::numberOf(const QString& id)
{
    return service(m_world->manager).get(id)->number;
}

QStringList TestAfterSalesQuery::numbers(const Actor& a, const AfterSalesFilter& f, const AfterSalesSort& s)
{
    auto rows = query(a).list(f, s);
    if (!rows)
        qFatal("list failed: %s", qPrintable(rows.message()));
    QStringList out;
    for (const AfterSalesRow& r : *rows)
        out << r.number;
    return out;
}

void TestAfterSalesQuery::awaitingMyApproval_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QList<int>>(
        "expected"); // indexes into {¥200.00, ¥200.01, ¥2,000.00, ¥2,000.01, ¥10,000.01}
    QTest::newRow("requester (agent A1): never own") << "agentA1" << QList<int>{};
    QTest::newRow("agent A2: up to ¥200.00") << "agentA2" << QList<int>{0};
    QTest::newRow("lead: up to ¥2,000.00") << "leadA" << QList<int>{0, 1, 2};
    QTest::newRow("manager: everything") << "manager" << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("admin: does not approve") << "admin" << QList<int>{};
    QTest::newRow("auditor: does not approve") << "auditor" << QList<int>{};
}

void TestAfterSalesQuery::awaitingMyApproval()
{
    QFETCH(QString, who);
    QFETCH(QList<int>, expected);
    const QStringList amounts = {QStringLiteral("200.00"), QStringLiteral("200.01"),
                                 QStringLiteral("2000.00"), QStringLiteral("2000.01"),
                                 QStringLiteral("10000.01")};
    QStringList all;
    for (const QString& amount : amounts)
        all << numberOf(createSubmitted(m_world->agentA1, amount));
    // Not awaiting approval: never in anyone's list.
    create(m_world->agentA2, draft(QStringLiteral("50.00")));

    const QHash<QString, Actor> people = {
        {QStringLiteral("agentA1"), m_world->agentA1}, {QStringLiteral("agentA2"), m_world->agentA2},
        {QStringLiteral("leadA"), m_world->leadA},     {QStringLiteral("manager"), m_world->manager},
        {QStringLiteral("admin"), m_world->admin},     {QStringLiteral("auditor"), m_world->auditor}};
    const Actor actor = people.value(who);
    AfterSalesQuery q = query(actor);
    QStringList want;
    for (int i : expected)
        want << all.at(i);
    want.sort();
    AfterSalesFilter f = q.viewFilter(AfterSalesView::AwaitingMyApproval);
    QStringList got = numbers(actor, f);
    got.sort();
    QCOMPARE(got, want);
    QCOMPARE(*q.count(f), qint64(want.size()));
    // The first one listed may really be approved: the service agrees with the view.
    if (!want.isEmpty()) {
        auto rows = q.list(f);
        QVERIFY(rows.ok());
        QVERIFY2(service(actor).approve(rows->first().id).ok(), "listed but the service refuses");
    }
}

// The ladder an administrator set (AfterSalesPolicies), not the default, decides who sees
// a request as waiting for them and what level the queue shows.
void TestAfterSalesQuery::configuredLadderDecidesTheView()
{
    const QString small = numberOf(createSubmitted(m_world->agentA1, QStringLiteral("150.00")));
    AfterSalesFilter f = query(m_world->agentA2).viewFilter(AfterSalesView::AwaitingMyApproval);
    QCOMPARE(numbers(m_world->agentA2, f), QStringList{small}); // default agent limit ¥200
    AfterSalesPolicySet set;
    set.ladder.setAgentLimit(domain::Money::fromYuan(100));
    QVERIFY(AfterSalesPolicies(m_world->fx.db(), m_world->admin, &m_world->clock).save(set).ok());
    QVERIFY(numbers(m_world->agentA2, f).isEmpty());
    QCOMPARE(numbers(m_world->leadA, f), QStringList{small});
    auto rows = query(m_world->leadA).list(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows->first().level, domain::ApprovalLevel::Lead);
}

void TestAfterSalesQuery::approvedOnceLeavesTheManagersView()
{
    const QString big = createSubmitted(m_world->agentA1, QStringLiteral("12800.00"));
    const Actor manager2 =
        m_world->addUser(QStringLiteral("manager2"), QStringLiteral("钱经理"), {domain::Role::Manager}, {});
    const AfterSalesFilter mine = query(m_world->manager).viewFilter(AfterSalesView::AwaitingMyApproval);
    QCOMPARE(*query(m_world->manager).count(mine), 1);
    QVERIFY(service(m_world->manager).approve(big).ok());
    // Still awaiting (one of two), but not for the manager who approved.
    QCOMPARE(*query(m_world->manager).count(mine), 0);
    QCOMPARE(*query(manager2).count(mine), 1);
    auto rows = query(manager2).list(mine);
    QCOMPARE(rows->first().approvalsGiven, 1);
    QCOMPARE(rows->first().approvalsNeeded, 2);
    QCOMPARE(rows->first().level, domain::ApprovalLevel::Manager);
    QVERIFY(service(manager2).approve(big).ok());
    QCOMPARE(*query(manager2).count(mine), 0);
}

void TestAfterSalesQuery::filtersNarrowTheList()
{
    const QString refund = create(m_world->agentA1, draft(QStringLiteral("100.00")));
    AfterSalesDraft ex =
        draft(QStringLiteral("300.00"), AfterSalesKind::Exchange, AfterSalesReason::WrongItem);
    ex.itemName = QStringLiteral("运动袜");
    ex.orderNo = QStringLiteral("SO-2025-0777");
    const QString exchange = create(m_world->agentA1, ex);
    m_world->clock.advanceSecs(3 * 86400);
    createSubmitted(m_world->agentA1, QStringLiteral("90.00"));
    const Actor& lead = m_world->leadA;

    AfterSalesFilter f;
    QCOMPARE(numbers(lead, f).size(), 3);
    f.kinds = {AfterSalesKind::Exchange};
    QCOMPARE(numbers(lead, f), QStringList{numberOf(exchange)});
    f = {};
    f.reasons = {AfterSalesReason::WrongItem};
    QCOMPARE(numbers(lead, f), QStringList{numberOf(exchange)});
    f = {};
    f.statuses = {AfterSalesStatus::AwaitingApproval};
    QCOMPARE(numbers(lead, f).size(), 1);
    f = {};
    f.text = QStringLiteral("0777");
    QCOMPARE(numbers(lead, f), QStringList{numberOf(exchange)});
    f.text = QStringLiteral("运动");
    QCOMPARE(numbers(lead, f), QStringList{numberOf(exchange)});
    f.text = numberOf(refund);
    QCOMPARE(numbers(lead, f), QStringList{numberOf(refund)});
    f.text = QStringLiteral("%"); // LIKE wildcards are taken literally
    QCOMPARE(numbers(lead, f).size(), 0);
    // Date range: the first two were created three days before the third.
    f = {};
    f.createdFrom = swtest::fixedStart().addSecs(86400);
    QCOMPARE(numbers(lead, f).size(), 1);
    f = {};
    f.createdTo = swtest::fixedStart().addSecs(86400);
    QCOMPARE(numbers(lead, f).size(), 2);
}

void TestAfterSalesQuery::textSearchFindsCustomerThroughTheTicket()
{
    AfterSalesDraft linked = draft(QStringLiteral("150.00"));
    linked.ticketId = m_ticketId;
    const QString id = create(m_world->agentA1, linked);
    create(m_world->agentA1, draft(QStringLiteral("160.00")));
    AfterSalesFilter f;
    f.text = QStringLiteral("陈小姐");
    auto rows = query(m_world->auditor).list(f);
    QVERIFY2(rows.ok(), qPrintable(rows.message()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, id);
    QCOMPARE(rows->first().customerName, QStringLiteral("陈小姐"));
    QCOMPARE(rows->first().merchantName, QStringLiteral("好物旗舰店"));
    QCOMPARE(rows->first().ticketId, m_ticketId);
    // The unlinked one has no customer (LEFT JOIN), but is listed.
    QCOMPARE(query(m_world->auditor).list({})->size(), 2);
}

void TestAfterSalesQuery::eligibilityFailedView()
{
    AfterSalesDraft late =
        draft(QStringLiteral("100.00"), AfterSalesKind::Refund, AfterSalesReason::NoReasonReturn);
    late.deliveredOn = QDate(2025, 2, 10); // day 19: outside 7 days
    late.evidenceCount = 0;
    const QString id = create(m_world->agentA1, late);
    createSubmitted(m_world->agentA1, QStringLiteral("120.00"));
    QCOMPARE(*service(m_world->agentA1).submitForApproval(id), AfterSalesStatus::Checking);
    AfterSalesQuery q = query(m_world->manager);
    const AfterSalesFilter failed = q.viewFilter(AfterSalesView::EligibilityFailed);
    QCOMPARE(numbers(m_world->manager, failed), QStringList{numberOf(id)});
    QVERIFY(service(m_world->manager).overrideEligibility(id, QStringLiteral("老客户特批")).ok());
    QCOMPARE(*q.count(failed), 0);
}

void TestAfterSalesQuery::executedThisWeekView()
{
    const QString id = createSubmitted(m_world->agentA1, QStringLiteral("150.00"));
    QVERIFY(service(m_world->agentA2).approve(id).ok());
    AfterSalesQuery q = query(m_world->agentA2);
    QCOMPARE(*q.count(q.viewFilter(AfterSalesView::ExecutedThisWeek)), 0);
    QVERIFY(service(m_world->agentA1).markExecuted(id).ok());
    QCOMPARE(*q.count(q.viewFilter(AfterSalesView::ExecutedThisWeek)), 1);
    QVERIFY(service(m_world->agentA1).close(id).ok()); // closing keeps it "executed this week"
    QCOMPARE(*q.count(q.viewFilter(AfterSalesView::ExecutedThisWeek)), 1);
    QCOMPARE(*q.count(q.viewFilter(AfterSalesView::AllOpen)), 0);
    m_world->clock.advanceSecs(8 * 86400);
    QCOMPARE(*q.count(q.viewFilter(AfterSalesView::ExecutedThisWeek)), 0);
    // 2025-03-01 16:00 Beijing is a Saturday: the week began Monday 24 Feb 00:00 Beijing.
    QCOMPARE(AfterSalesQuery::startOfWeek(swtest::fixedStart()),
             QDateTime(QDate(2025, 2, 23), QTime(16, 0), Qt::UTC));
}

void TestAfterSalesQuery::dueAndOverdue()
{
    const QString id = createSubmitted(m_world->agentA1, QStringLiteral("150.00"));
    const QString done = createSubmitted(m_world->agentA1, QStringLiteral("120.00"));
    QVERIFY(service(m_world->agentA2).approve(done).ok());
    AfterSalesQuery q = query(m_world->leadA);
    AfterSalesFilter overdue;
    overdue.overdueOnly = true;
    auto rows = q.list({});
    QVERIFY(rows.ok());
    for (const AfterSalesRow& r : *rows) {
        if (r.id == id) {
            QCOMPARE(r.dueAt(), swtest::fixedStart().addSecs(24 * 3600));
            QVERIFY(!r.isOverdue(m_world->clock.now()));
        } else {
            QVERIFY(!r.dueAt().isValid()); // approved: nothing to decide
        }
    }
    QCOMPARE(*q.count(overdue), 0);
    m_world->clock.advanceSecs(24 * 3600 + 60);
    QCOMPARE(numbers(m_world->leadA, overdue), QStringList{numberOf(id)});
    // Returned for information and submitted again: the clock restarts.
    QVERIFY(service(m_world->leadA).returnForInfo(id, QStringLiteral("请补充照片")).ok());
    QVERIFY(service(m_world->agentA1).submitForApproval(id).ok());
    QCOMPARE(*q.count(overdue), 0);
    rows = q.list(overdue);
    QVERIFY(rows->isEmpty());
}

void TestAfterSalesQuery::sortOnEveryColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < int(AfterSalesColumn::Count); ++c)
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void TestAfterSalesQuery::sortOnEveryColumn()
{
    QFETCH(int, column);
    const QString small = create(m_world->agentA1, draft(QStringLiteral("10.00")));
    m_world->clock.advanceSecs(3600);
    const QString big = createSubmitted(m_world->agentA1, QStringLiteral("900.00"));
    const AfterSalesSort asc{AfterSalesColumn(column), Qt::AscendingOrder};
    const AfterSalesSort desc{AfterSalesColumn(column), Qt::DescendingOrder};
    const QStringList up = numbers(m_world->leadA, {}, asc);
    const QStringList down = numbers(m_world->leadA, {}, desc);
    QCOMPARE(up.size(), 2);
    QCOMPARE(down, QStringList({up.at(1), up.at(0)}));
    if (AfterSalesColumn(column) == AfterSalesColumn::Amount) {
        QCOMPARE(up.first(), numberOf(small));
    } else if (AfterSalesColumn(column) == AfterSalesColumn::Age) {
        QCOMPARE(down.first(), numberOf(small)); // oldest first
    } else if (AfterSalesColumn(column) == AfterSalesColumn::Due) {
        QCOMPARE(up.first(), numberOf(big)); // only the waiting one has a due time
    } else if (AfterSalesColumn(column) == AfterSalesColumn::Status) {
        QCOMPARE(up.first(), numberOf(small)); // submitted before awaiting approval
    }
}

void TestAfterSalesQuery::viewCountsMatchTheLists()
{
    createSubmitted(m_world->agentA1, QStringLiteral("150.00"));
    createSubmitted(m_world->agentA1, QStringLiteral("1500.00"));
    create(m_world->agentA2, draft(QStringLiteral("50.00")));
    AfterSalesQuery q = query(m_world->leadA);
    auto counts = q.viewCounts();
    QVERIFY(counts.ok());
    const QList<AfterSalesView> views = allAfterSalesViews();
    QCOMPARE(counts->size(), views.size());
    for (int i = 0; i < views.size(); ++i)
        QCOMPARE(counts->at(i), qint64(q.list(q.viewFilter(views.at(i)))->size()));
    QCOMPARE(counts->at(0), 2); // awaiting my approval (lead)
    QCOMPARE(counts->at(3), 3); // all open
    QCOMPARE(counts->at(4), 3); // all
}

void TestAfterSalesQuery::readersOnly()
{
    create(m_world->agentA1, draft(QStringLiteral("50.00")));
    auto rows = query(m_world->trainer).list({});
    QVERIFY(!rows.ok());
    QCOMPARE(rows.code(), ErrorCode::PermissionDenied);
    QCOMPARE(query(m_world->trainer).count({}).code(), ErrorCode::PermissionDenied);
    QCOMPARE(query(m_world->trainer).viewCounts().code(), ErrorCode::PermissionDenied);
    for (const Actor& reader : {m_world->agentB1, m_world->leadB, m_world->admin, m_world->auditor})
        QCOMPARE(query(reader).list({})->size(), 1);
}

QTEST_GUILESS_MAIN(TestAfterSalesQuery)
#include "tst_aftersalesquery.moc"
