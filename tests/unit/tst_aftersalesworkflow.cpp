// AfterSalesWorkflow: every from × to pair, the condition of each guarded edge (eligibility
// or override, full approval, rejection reason + text, missing-information note,
// withdrawal note), allowed transitions, and refusals that name both statuses.

#include "domain/aftersalesworkflow.h"

#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::AfterSalesStatus)

namespace {

// Every condition met: only the diagram decides.
AfterSalesTransitionContext fullContext()
{
    AfterSalesTransitionContext ctx;
    ctx.eligibilityPassed = true;
    ctx.fullyApproved = true;
    ctx.rejectionReason = RejectionReason::OutsideWindow;
    ctx.rejectionText = QStringLiteral("Requested on day 12.");
    ctx.note = QStringLiteral("Please send a photo of the serial number.");
    return ctx;
}

} // namespace

class TestAfterSalesWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data();
    void everyPair();
    void eligibilityGate_data();
    void eligibilityGate();
    void approvalGate();
    void rejectionNeedsReasonAndText_data();
    void rejectionNeedsReasonAndText();
    void notesRequired_data();
    void notesRequired();
    void allowedTransitions_data();
    void allowedTransitions();
    void openStatuses();
    void messagesNameBothStatuses();
};

void TestAfterSalesWorkflow::everyPair_data()
{
    QTest::addColumn<AfterSalesStatus>("from");
    QTest::addColumn<AfterSalesStatus>("to");
    QTest::addColumn<bool>("legal");
    using S = AfterSalesStatus;
    const QList<std::pair<S, S>> legal = {
        {S::Submitted, S::Checking},
        {S::Checking, S::AwaitingApproval},
        {S::Checking, S::Rejected},
        {S::Checking, S::ReturnedForInfo},
        {S::AwaitingApproval, S::Approved},
        {S::AwaitingApproval, S::Rejected},
        {S::AwaitingApproval, S::ReturnedForInfo},
        {S::ReturnedForInfo, S::Checking},
        {S::Approved, S::Executed},
        {S::Executed, S::Closed},
        {S::Rejected, S::Closed},
        // withdrawals
        {S::Submitted, S::Closed},
        {S::Checking, S::Closed},
        {S::AwaitingApproval, S::Closed},
        {S::ReturnedForInfo, S::Closed},
    };
    for (S from : allAfterSalesStatuses()) {
        for (S to : allAfterSalesStatuses()) {
            const bool isLegal = legal.contains(std::make_pair(from, to));
            QTest::addRow("%s -> %s", qPrintable(code(from)), qPrintable(code(to))) << from << to << isLegal;
        }
    }
}

void TestAfterSalesWorkflow::everyPair()
{
    QFETCH(AfterSalesStatus, from);
    QFETCH(AfterSalesStatus, to);
    QFETCH(bool, legal);
    const auto status = AfterSalesWorkflow::canTransition(from, to, fullContext());
    QCOMPARE(status.ok(), legal);
    QCOMPARE(AfterSalesWorkflow::isEdge(from, to), legal);
    if (!legal) {
        QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
        QCOMPARE(status.error().detail, QStringLiteral("%1 -> %2").arg(code(from), code(to)));
    }
}

void TestAfterSalesWorkflow::eligibilityGate_data()
{
    QTest::addColumn<bool>("passed");
    QTest::addColumn<bool>("overridden");
    QTest::addColumn<bool>("legal");
    QTest::newRow("eligible") << true << false << true;
    QTest::newRow("failed, overridden by a manager") << false << true << true;
    QTest::newRow("failed, not overridden") << false << false << false;
}

void TestAfterSalesWorkflow::eligibilityGate()
{
    QFETCH(bool, passed);
    QFETCH(bool, overridden);
    QFETCH(bool, legal);
    AfterSalesTransitionContext ctx = fullContext();
    ctx.eligibilityPassed = passed;
    ctx.eligibilityOverridden = overridden;
    const auto status = AfterSalesWorkflow::canTransition(AfterSalesStatus::Checking,
                                                          AfterSalesStatus::AwaitingApproval, ctx);
    QCOMPARE(status.ok(), legal);
    if (!legal)
        QVERIFY(status.message().contains(QStringLiteral("eligibility")));
    // Rejecting an ineligible request is always possible.
    QVERIFY(
        AfterSalesWorkflow::canTransition(AfterSalesStatus::Checking, AfterSalesStatus::Rejected, ctx).ok());
}

void TestAfterSalesWorkflow::approvalGate()
{
    AfterSalesTransitionContext ctx = fullContext();
    ctx.fullyApproved = false;
    const auto status = AfterSalesWorkflow::canTransition(AfterSalesStatus::AwaitingApproval,
                                                          AfterSalesStatus::Approved, ctx);
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), sw::ErrorCode::IllegalTransition);
    QVERIFY(status.message().contains(QStringLiteral("approvals")));
    QVERIFY(!AfterSalesWorkflow::allowedTransitions(AfterSalesStatus::AwaitingApproval, ctx)
                 .contains(AfterSalesStatus::Approved));
    ctx.fullyApproved = true;
    QVERIFY(
        AfterSalesWorkflow::canTransition(AfterSalesStatus::AwaitingApproval, AfterSalesStatus::Approved, ctx)
            .ok());
}

void TestAfterSalesWorkflow::rejectionNeedsReasonAndText_data()
{
    QTest::addColumn<AfterSalesStatus>("from");
    QTest::addColumn<bool>("hasReason");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("legal");
    using S = AfterSalesStatus;
    for (S from : {S::Checking, S::AwaitingApproval}) {
        const QByteArray name = code(from).toLatin1();
        QTest::addRow("%s: reason and text", name.constData())
            << from << true << QStringLiteral("Day 12.") << true;
        QTest::addRow("%s: reason, no text", name.constData()) << from << true << QString() << false;
        QTest::addRow("%s: reason, blank text", name.constData())
            << from << true << QStringLiteral("  ") << false;
        QTest::addRow("%s: text, no reason", name.constData())
            << from << false << QStringLiteral("Day 12.") << false;
    }
}

void TestAfterSalesWorkflow::rejectionNeedsReasonAndText()
{
    QFETCH(AfterSalesStatus, from);
    QFETCH(bool, hasReason);
    QFETCH(QString, text);
    QFETCH(bool, legal);
    AfterSalesTransitionContext ctx = fullContext();
    if (!hasReason)
        ctx.rejectionReason.reset();
    ctx.rejectionText = text;
    const auto status = AfterSalesWorkflow::canTransition(from, AfterSalesStatus::Rejected, ctx);
    QCOMPARE(status.ok(), legal);
    if (!legal)
        QVERIFY(status.message().contains(QStringLiteral("rejection reason")));
}

void TestAfterSalesWorkflow::notesRequired_data()
{
    QTest::addColumn<AfterSalesStatus>("from");
    QTest::addColumn<AfterSalesStatus>("to");
    QTest::addColumn<QString>("word"); // in the refusal
    using S = AfterSalesStatus;
    QTest::newRow("checking -> returned")
        << S::Checking << S::ReturnedForInfo << QStringLiteral("information");
    QTest::newRow("awaiting -> returned")
        << S::AwaitingApproval << S::ReturnedForInfo << QStringLiteral("information");
    QTest::newRow("withdraw submitted") << S::Submitted << S::Closed << QStringLiteral("why");
    QTest::newRow("withdraw checking") << S::Checking << S::Closed << QStringLiteral("why");
    QTest::newRow("withdraw awaiting") << S::AwaitingApproval << S::Closed << QStringLiteral("why");
    QTest::newRow("give up waiting for info") << S::ReturnedForInfo << S::Closed << QStringLiteral("why");
}

void TestAfterSalesWorkflow::notesRequired()
{
    QFETCH(AfterSalesStatus, from);
    QFETCH(AfterSalesStatus, to);
    QFETCH(QString, word);
    AfterSalesTransitionContext ctx = fullContext();
    QVERIFY(AfterSalesWorkflow::canTransition(from, to, ctx).ok());
    for (const QString& blank : {QString(), QStringLiteral(" \n")}) {
        ctx.note = blank;
        const auto status = AfterSalesWorkflow::canTransition(from, to, ctx);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(word), qPrintable(status.message()));
    }
    // Closing after execution or rejection needs no note.
    QVERIFY(
        AfterSalesWorkflow::canTransition(AfterSalesStatus::Executed, AfterSalesStatus::Closed, ctx).ok());
    QVERIFY(
        AfterSalesWorkflow::canTransition(AfterSalesStatus::Rejected, AfterSalesStatus::Closed, ctx).ok());
}

void TestAfterSalesWorkflow::allowedTransitions_data()
{
    QTest::addColumn<AfterSalesStatus>("from");
    QTest::addColumn<QList<AfterSalesStatus>>("expected");
    using S = AfterSalesStatus;
    QTest::newRow("submitted") << S::Submitted << QList<S>{S::Checking, S::Closed};
    QTest::newRow("checking") << S::Checking
                              << QList<S>{S::AwaitingApproval, S::Rejected, S::ReturnedForInfo, S::Closed};
    QTest::newRow("awaiting") << S::AwaitingApproval
                              << QList<S>{S::Approved, S::Rejected, S::ReturnedForInfo, S::Closed};
    QTest::newRow("approved must be executed") << S::Approved << QList<S>{S::Executed};
    QTest::newRow("rejected") << S::Rejected << QList<S>{S::Closed};
    QTest::newRow("returned") << S::ReturnedForInfo << QList<S>{S::Checking, S::Closed};
    QTest::newRow("executed") << S::Executed << QList<S>{S::Closed};
    QTest::newRow("closed is final") << S::Closed << QList<S>{};
}

void TestAfterSalesWorkflow::allowedTransitions()
{
    QFETCH(AfterSalesStatus, from);
    QFETCH(QList<AfterSalesStatus>, expected);
    QCOMPARE(AfterSalesWorkflow::allowedTransitions(from, fullContext()), expected);
}

void TestAfterSalesWorkflow::openStatuses()
{
    using S = AfterSalesStatus;
    QList<S> open;
    for (S s : allAfterSalesStatuses()) {
        if (AfterSalesWorkflow::isOpen(s))
            open.append(s);
    }
    QCOMPARE(open, (QList<S>{S::Submitted, S::Checking, S::AwaitingApproval, S::ReturnedForInfo}));
    QVERIFY(AfterSalesWorkflow::isFinal(S::Closed));
    QVERIFY(!AfterSalesWorkflow::isFinal(S::Executed));
}

void TestAfterSalesWorkflow::messagesNameBothStatuses()
{
    using S = AfterSalesStatus;
    AfterSalesTransitionContext blocked; // nothing met
    const QList<std::pair<S, S>> refusals = {
        {S::Submitted, S::Approved},        // no edge
        {S::Closed, S::Checking},           // final
        {S::Checking, S::AwaitingApproval}, // eligibility
        {S::AwaitingApproval, S::Approved}, // approvals
        {S::Checking, S::Rejected},         // rejection reason
        {S::Checking, S::ReturnedForInfo},  // note
        {S::Submitted, S::Closed},          // withdrawal note
        {S::Approved, S::Closed},           // approved is carried out first
    };
    for (const auto& [from, to] : refusals) {
        const auto status = AfterSalesWorkflow::canTransition(from, to, blocked);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(displayName(from)), qPrintable(status.message()));
        QVERIFY2(status.message().contains(displayName(to)), qPrintable(status.message()));
    }
    const auto same = AfterSalesWorkflow::canTransition(S::Checking, S::Checking, fullContext());
    QVERIFY(!same.ok());
    QVERIFY(same.message().contains(displayName(S::Checking)));
}

QTEST_GUILESS_MAIN(TestAfterSalesWorkflow)
#include "tst_aftersalesworkflow.moc"
