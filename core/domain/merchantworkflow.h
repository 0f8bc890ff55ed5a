#pragma once

// The review of a merchant application 商家入驻审核 (DOMAIN.md "Merchant onboarding
// review", issue 6 "Workflow"), as a pure state machine:
//
//   submitted ──take──▶ in review ──request information──▶ info requested
//                          ▲  │                                  │
//                          │  └──────── information received ◀──┘
//                          │
//               in review ──first approval──▶ second review ──approve──▶ approved
//               in review ──reject──▶ rejected ◀──reject── second review
//
// - Only auditors (审核专员) work applications. Taking makes the taker the first reviewer;
//   while it is in review, requesting information, recording the answer, the first
//   approval and a rejection are the first reviewer's.
// - Four-eyes: the second review is done by an auditor other than the first reviewer —
//   the system refuses the same person (SeparationOfDuty), whatever their roles.
// - Requesting information needs a reason from its catalogue and a text saying what is
//   missing; a rejection needs a reason from the rejection catalogue and a text.
// Re-reviews (定期复核) of approved merchants run through the same states.

#include "domain/roles.h"
#include "domain/ticketenums.h" // the fromCode<> primary template
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sw::domain {

enum class MerchantAppStatus { Submitted, InReview, InfoRequested, SecondReview, Approved, Rejected };
enum class MerchantAppAction { Take, RequestInfo, InfoReceived, FirstApprove, SecondApprove, Reject };
enum class InfoRequestReason { MissingDocument, UnclearScan, ExpiredDocument, DataMismatch, Other };
enum class MerchantRejectReason {
    IncompleteDocuments,
    InvalidDocuments,
    FalseInformation,
    CategoryNotAllowed,
    DuplicateMerchant,
    NoBrandAuthorisation,
    Other
};

QString code(MerchantAppStatus value);
QString code(InfoRequestReason value);
QString code(MerchantRejectReason value);
template <> MerchantAppStatus fromCode<MerchantAppStatus>(QStringView code, bool* ok);
template <> InfoRequestReason fromCode<InfoRequestReason>(QStringView code, bool* ok);
template <> MerchantRejectReason fromCode<MerchantRejectReason>(QStringView code, bool* ok);
QString displayName(MerchantAppStatus value);
QString displayName(MerchantAppAction value);
QString displayName(InfoRequestReason value);
QString displayName(MerchantRejectReason value);
QList<InfoRequestReason> allInfoRequestReasons();
QList<MerchantRejectReason> allMerchantRejectReasons();

struct MerchantReviewStep
{
    QString actorId;
    QList<Role> actorRoles;
    QString firstReviewerId;  // empty until taken
    std::optional<InfoRequestReason> infoReason;
    std::optional<MerchantRejectReason> rejectReason;
    QString text; // what is missing / why rejected
};

class MerchantWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::MerchantWorkflow)

public:
    // The status after `action`, or why not: IllegalTransition (wrong status),
    // PermissionDenied (not an auditor, or not the first reviewer), SeparationOfDuty (the
    // first reviewer doing the second review), InvalidInput (reason or text missing).
    static Result<MerchantAppStatus> apply(MerchantAppStatus from, MerchantAppAction action,
                                           const MerchantReviewStep& step);
    // The actions `step`'s actor may take now (for the buttons).
    static QList<MerchantAppAction> allowed(MerchantAppStatus from, const MerchantReviewStep& step);
    // Waiting for the merchant: the due clock is stopped.
    static bool pausesTheClock(MerchantAppStatus status) { return status == MerchantAppStatus::InfoRequested; }
    static bool isFinal(MerchantAppStatus status);
};

} // namespace sw::domain
