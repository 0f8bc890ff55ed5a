// TicketWorkflow: every from × to pair, the 7-day reopen window, the owner rule, and the
// wording of refusals.

#include "domain/ticketworkflow.h"

#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::TicketStatus)

namespace {

const QDateTime kResolved(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

TransitionContext ownedContext(qint64 secsSinceResolution = 3600)
{
    return TransitionContext{true, kResolved, kResolved.addSecs(secsSinceResolution)};
}

} // namespace

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data();
    void everyPair();
    void reopenWindow_data();
    void reopenWindow();
    void ownerRequired_data();
    void ownerRequired();
    void allowedTransitions_data();
    void allowedTransitions();
    void messagesNameBothStatuses();
};

void TestTicketWorkflow::everyPair_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = TicketStatus;
    const QList<std::pair<S, S>> legal = {
        {S::New, S::Open},      {S::Open, S::PendingCustomer},     {S::PendingCustomer, S::Open},
        {S::Open, S::Resolved}, {S::PendingCustomer, S::Resolved}, {S::Resolved, S::Closed},
        {S::Resolved, S::Open},
    };
    for (S from : allTicketStatuses()) {
        for (S to : allTicketStatuses()) {
            const bool isLegal = legal.contains(std::make_pair(from, to));
            QTest::addRow("%s -> %s", qPrintable(code(from)), qPrintable(code(to))) << from << to << isLegal;
        }
    }
}

void TestTicketWorkflow::everyPair()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    QFETCH(bool, legal);
    const auto status = TicketWorkflow::canTransition(from, to, ownedContext());
    QCOMPARE(status.ok(), legal);
    QCOMPARE(TicketWorkflow::isEdge(from, to), legal);
    if (!legal) {
        QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
        QVERIFY(!status.message().isEmpty());
    }
}

void TestTicketWorkflow::reopenWindow_data()
{
    QTest::addColumn<qint64>("secsSinceResolution");
    QTest::addColumn<bool>("legal");
    QTest::newRow("just resolved") << qint64(0) << true;
    QTest::newRow("1 day") << qint64(86400) << true;
    QTest::newRow("6 d 23 h") << qint64(6 * 86400 + 23 * 3600) << true;
    QTest::newRow("exactly 7 d") << qint64(7 * 86400) << true;
    QTest::newRow("7 d + 1 s") << qint64(7 * 86400 + 1) << false;
    QTest::newRow("30 d") << qint64(30 * 86400) << false;
}

void TestTicketWorkflow::reopenWindow()
{
    QFETCH(qint64, secsSinceResolution);
    QFETCH(bool, legal);
    const TransitionContext ctx = ownedContext(secsSinceResolution);
    const auto status = TicketWorkflow::canTransition(TicketStatus::Resolved, TicketStatus::Open, ctx);
    QCOMPARE(status.ok(), legal);
    QCOMPARE(TicketWorkflow::allowedTransitions(TicketStatus::Resolved, ctx).contains(TicketStatus::Open),
             legal);
    if (!legal)
        QVERIFY(status.message().contains(QStringLiteral("7 days")));
    // Closing is never limited by the window.
    QVERIFY(TicketWorkflow::canTransition(TicketStatus::Resolved, TicketStatus::Closed, ctx).ok());
}

void TestTicketWorkflow::ownerRequired_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");
    using S = TicketStatus;
    QTest::newRow("triage") << S::New << S::Open;
    QTest::newRow("ask customer") << S::Open << S::PendingCustomer;
    QTest::newRow("customer replied") << S::PendingCustomer << S::Open;
    QTest::newRow("resolve") << S::Open << S::Resolved;
    QTest::newRow("close") << S::Resolved << S::Closed;
    QTest::newRow("reopen") << S::Resolved << S::Open;
}

void TestTicketWorkflow::ownerRequired()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    TransitionContext ctx = ownedContext();
    QVERIFY(TicketWorkflow::canTransition(from, to, ctx).ok());
    ctx.hasOwner = false;
    const auto status = TicketWorkflow::canTransition(from, to, ctx);
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
    QVERIFY(status.message().contains(QStringLiteral("owner")));
    QVERIFY(TicketWorkflow::allowedTransitions(from, ctx).isEmpty());
}

void TestTicketWorkflow::allowedTransitions_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<QList<TicketStatus>>("expected");
    using S = TicketStatus;
    QTest::newRow("new") << S::New << QList<S>{S::Open};
    QTest::newRow("open") << S::Open << QList<S>{S::PendingCustomer, S::Resolved};
    QTest::newRow("pending") << S::PendingCustomer << QList<S>{S::Open, S::Resolved};
    QTest::newRow("resolved") << S::Resolved << QList<S>{S::Open, S::Closed};
    QTest::newRow("closed is final") << S::Closed << QList<S>{};
}

void TestTicketWorkflow::allowedTransitions()
{
    QFETCH(TicketStatus, from);
    QFETCH(QList<TicketStatus>, expected);
    QCOMPARE(TicketWorkflow::allowedTransitions(from, ownedContext()), expected);
}

void TestTicketWorkflow::messagesNameBothStatuses()
{
    const auto skip =
        TicketWorkflow::canTransition(TicketStatus::New, TicketStatus::Resolved, ownedContext());
    QVERIFY(skip.message().contains(displayName(TicketStatus::New)));
    QVERIFY(skip.message().contains(displayName(TicketStatus::Resolved)));

    const auto closed =
        TicketWorkflow::canTransition(TicketStatus::Closed, TicketStatus::Open, ownedContext());
    QVERIFY(closed.message().contains(displayName(TicketStatus::Closed)));
    QVERIFY(closed.message().contains(displayName(TicketStatus::Open)));

    const auto same = TicketWorkflow::canTransition(TicketStatus::Open, TicketStatus::Open, ownedContext());
    QVERIFY(same.message().contains(displayName(TicketStatus::Open)));

    TransitionContext noTime = ownedContext();
    noTime.resolvedAt = QDateTime();
    const auto unknown = TicketWorkflow::canTransition(TicketStatus::Resolved, TicketStatus::Open, noTime);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.message().contains(displayName(TicketStatus::Resolved)));
}

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "tst_ticketworkflow.moc"
