// MerchantWorkflow: every legal step and the refusals around it — wrong status, not an
// auditor, not the first reviewer, the four-eyes rule, and reasons required.

#include "domain/merchantworkflow.h"

#include <QtTest>

using namespace sw::domain;
using sw::ErrorCode;

Q_DECLARE_METATYPE(sw::domain::MerchantAppStatus)
Q_DECLARE_METATYPE(sw::domain::MerchantAppAction)
Q_DECLARE_METATYPE(sw::ErrorCode)

namespace {

const QString kFirst = QStringLiteral("auditor-1");
const QString kSecond = QStringLiteral("auditor-2");

MerchantReviewStep by(const QString& actor, const QString& firstReviewer = kFirst, QList<Role> roles = {Role::Auditor})
{
    MerchantReviewStep s;
    s.actorId = actor;
    s.actorRoles = std::move(roles);
    s.firstReviewerId = firstReviewer;
    s.infoReason = InfoRequestReason::MissingDocument;
    s.rejectReason = MerchantRejectReason::IncompleteDocuments;
    s.text = QStringLiteral("缺少食品经营许可证");
    return s;
}

} // namespace

class TestMerchantWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<MerchantAppStatus>("from");
        QTest::addColumn<MerchantAppAction>("action");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("firstReviewer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<MerchantAppStatus>("to");
        QTest::addColumn<ErrorCode>("error");
        using S = MerchantAppStatus;
        using A = MerchantAppAction;
        const auto ok = ErrorCode::Internal; // unused when the step is legal
        QTest::newRow("take") << S::Submitted << A::Take << kFirst << QString() << true << S::InReview << ok;
        QTest::newRow("request info") << S::InReview << A::RequestInfo << kFirst << kFirst << true << S::InfoRequested << ok;
        QTest::newRow("info received") << S::InfoRequested << A::InfoReceived << kFirst << kFirst << true << S::InReview << ok;
        QTest::newRow("first approval") << S::InReview << A::FirstApprove << kFirst << kFirst << true << S::SecondReview << ok;
        QTest::newRow("reject in first review") << S::InReview << A::Reject << kFirst << kFirst << true << S::Rejected << ok;
        QTest::newRow("second approval by another auditor")
            << S::SecondReview << A::SecondApprove << kSecond << kFirst << true << S::Approved << ok;
        QTest::newRow("second reviewer rejects") << S::SecondReview << A::Reject << kSecond << kFirst << true << S::Rejected << ok;

        QTest::newRow("four-eyes: same person approves twice")
            << S::SecondReview << A::SecondApprove << kFirst << kFirst << false << S::Approved << ErrorCode::SeparationOfDuty;
        QTest::newRow("four-eyes: first reviewer rejects in second review")
            << S::SecondReview << A::Reject << kFirst << kFirst << false << S::Rejected << ErrorCode::SeparationOfDuty;
        QTest::newRow("another auditor's application")
            << S::InReview << A::FirstApprove << kSecond << kFirst << false << S::InReview << ErrorCode::PermissionDenied;
        QTest::newRow("approve before taking")
            << S::Submitted << A::FirstApprove << kFirst << QString() << false << S::Submitted << ErrorCode::IllegalTransition;
        QTest::newRow("second approval skipped")
            << S::InReview << A::SecondApprove << kSecond << kFirst << false << S::InReview << ErrorCode::IllegalTransition;
        QTest::newRow("approved is final")
            << S::Approved << A::Reject << kSecond << kFirst << false << S::Approved << ErrorCode::IllegalTransition;
        QTest::newRow("rejected is final")
            << S::Rejected << A::Take << kSecond << kFirst << false << S::Rejected << ErrorCode::IllegalTransition;
        QTest::newRow("waiting for the merchant: no approval")
            << S::InfoRequested << A::FirstApprove << kFirst << kFirst << false << S::InfoRequested << ErrorCode::IllegalTransition;
    }
    void steps()
    {
        QFETCH(MerchantAppStatus, from);
        QFETCH(MerchantAppAction, action);
        QFETCH(QString, actor);
        QFETCH(QString, firstReviewer);
        QFETCH(bool, ok);
        QFETCH(MerchantAppStatus, to);
        QFETCH(ErrorCode, error);
        const auto result = MerchantWorkflow::apply(from, action, by(actor, firstReviewer));
        QCOMPARE(bool(result), ok);
        if (ok) {
            QCOMPARE(*result, to);
        } else {
            QCOMPARE(result.code(), error);
            QVERIFY(!result.message().isEmpty());
        }
    }

    void onlyAuditorsReview()
    {
        for (Role r : {Role::Agent, Role::Lead, Role::Manager, Role::Admin, Role::Trainer}) {
            const auto result = MerchantWorkflow::apply(MerchantAppStatus::Submitted, MerchantAppAction::Take,
                                                        by(kFirst, QString(), {r}));
            QCOMPARE(result.code(), ErrorCode::PermissionDenied);
        }
        // A manager who is also an auditor reviews as an auditor.
        QVERIFY(MerchantWorkflow::apply(MerchantAppStatus::Submitted, MerchantAppAction::Take,
                                        by(kFirst, QString(), {Role::Manager, Role::Auditor})));
    }

    void reasonsAreRequired()
    {
        MerchantReviewStep noReason = by(kFirst);
        noReason.infoReason.reset();
        QCOMPARE(MerchantWorkflow::apply(MerchantAppStatus::InReview, MerchantAppAction::RequestInfo, noReason).code(),
                 ErrorCode::InvalidInput);
        MerchantReviewStep noText = by(kFirst);
        noText.text = QStringLiteral("   ");
        QCOMPARE(MerchantWorkflow::apply(MerchantAppStatus::InReview, MerchantAppAction::RequestInfo, noText).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(MerchantWorkflow::apply(MerchantAppStatus::InReview, MerchantAppAction::Reject, noText).code(),
                 ErrorCode::InvalidInput);
        MerchantReviewStep noRejectReason = by(kSecond);
        noRejectReason.rejectReason.reset();
        QCOMPARE(MerchantWorkflow::apply(MerchantAppStatus::SecondReview, MerchantAppAction::Reject, noRejectReason).code(),
                 ErrorCode::InvalidInput);
    }

    void allowedActionsForTheButtons()
    {
        using A = MerchantAppAction;
        QCOMPARE(MerchantWorkflow::allowed(MerchantAppStatus::InReview, by(kFirst)),
                 (QList<A>{A::RequestInfo, A::FirstApprove, A::Reject}));
        QCOMPARE(MerchantWorkflow::allowed(MerchantAppStatus::SecondReview, by(kFirst)), QList<A>{});
        QCOMPARE(MerchantWorkflow::allowed(MerchantAppStatus::SecondReview, by(kSecond)),
                 (QList<A>{A::SecondApprove, A::Reject}));
        QVERIFY(MerchantWorkflow::pausesTheClock(MerchantAppStatus::InfoRequested));
        QVERIFY(!MerchantWorkflow::pausesTheClock(MerchantAppStatus::InReview));
    }

    void codesRoundTrip()
    {
        for (MerchantRejectReason r : allMerchantRejectReasons()) {
            bool ok = false;
            QCOMPARE(fromCode<MerchantRejectReason>(code(r), &ok), r);
            QVERIFY(ok && !displayName(r).isEmpty());
        }
        for (InfoRequestReason r : allInfoRequestReasons()) {
            bool ok = false;
            QCOMPARE(fromCode<InfoRequestReason>(code(r), &ok), r);
            QVERIFY(ok && !displayName(r).isEmpty());
        }
        QCOMPARE(code(MerchantAppStatus::SecondReview), QStringLiteral("second_review"));
    }
};

QTEST_GUILESS_MAIN(TestMerchantWorkflow)
#include "tst_merchantworkflow.moc"
