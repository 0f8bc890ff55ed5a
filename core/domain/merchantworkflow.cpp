#include "domain/merchantworkflow.h"

#include "domain/codetable.h"

namespace sw::domain {

namespace {

using codetable::Entry;

constexpr Entry<MerchantAppStatus> kStatusCodes[] = {
    {MerchantAppStatus::Submitted, "submitted"},         {MerchantAppStatus::InReview, "in_review"},
    {MerchantAppStatus::InfoRequested, "info_requested"}, {MerchantAppStatus::SecondReview, "second_review"},
    {MerchantAppStatus::Approved, "approved"},           {MerchantAppStatus::Rejected, "rejected"},
};
constexpr Entry<InfoRequestReason> kInfoCodes[] = {
    {InfoRequestReason::MissingDocument, "missing_document"}, {InfoRequestReason::UnclearScan, "unclear_scan"},
    {InfoRequestReason::ExpiredDocument, "expired_document"}, {InfoRequestReason::DataMismatch, "data_mismatch"},
    {InfoRequestReason::Other, "other"},
};
constexpr Entry<MerchantRejectReason> kRejectCodes[] = {
    {MerchantRejectReason::IncompleteDocuments, "incomplete_documents"},
    {MerchantRejectReason::InvalidDocuments, "invalid_documents"},
    {MerchantRejectReason::FalseInformation, "false_information"},
    {MerchantRejectReason::CategoryNotAllowed, "category_not_allowed"},
    {MerchantRejectReason::DuplicateMerchant, "duplicate_merchant"},
    {MerchantRejectReason::NoBrandAuthorisation, "no_brand_authorisation"},
    {MerchantRejectReason::Other, "other"},
};

struct Transition
{
    MerchantAppStatus from;
    MerchantAppAction action;
    MerchantAppStatus to;
};

constexpr Transition kTransitions[] = {
    {MerchantAppStatus::Submitted, MerchantAppAction::Take, MerchantAppStatus::InReview},
    {MerchantAppStatus::InReview, MerchantAppAction::RequestInfo, MerchantAppStatus::InfoRequested},
    {MerchantAppStatus::InfoRequested, MerchantAppAction::InfoReceived, MerchantAppStatus::InReview},
    {MerchantAppStatus::InReview, MerchantAppAction::FirstApprove, MerchantAppStatus::SecondReview},
    {MerchantAppStatus::InReview, MerchantAppAction::Reject, MerchantAppStatus::Rejected},
    {MerchantAppStatus::SecondReview, MerchantAppAction::SecondApprove, MerchantAppStatus::Approved},
    {MerchantAppStatus::SecondReview, MerchantAppAction::Reject, MerchantAppStatus::Rejected},
};

} // namespace

QString code(MerchantAppStatus value)
{
    return codetable::codeOf(kStatusCodes, value);
}
QString code(InfoRequestReason value)
{
    return codetable::codeOf(kInfoCodes, value);
}
QString code(MerchantRejectReason value)
{
    return codetable::codeOf(kRejectCodes, value);
}
template <> MerchantAppStatus fromCode<MerchantAppStatus>(QStringView c, bool* ok)
{
    return codetable::parse(kStatusCodes, c, ok);
}
template <> InfoRequestReason fromCode<InfoRequestReason>(QStringView c, bool* ok)
{
    return codetable::parse(kInfoCodes, c, ok);
}
template <> MerchantRejectReason fromCode<MerchantRejectReason>(QStringView c, bool* ok)
{
    return codetable::parse(kRejectCodes, c, ok);
}
QList<InfoRequestReason> allInfoRequestReasons()
{
    return codetable::valuesOf(kInfoCodes);
}
QList<MerchantRejectReason> allMerchantRejectReasons()
{
    return codetable::valuesOf(kRejectCodes);
}

QString displayName(MerchantAppStatus value)
{
    switch (value) {
    case MerchantAppStatus::Submitted:
        return QCoreApplication::translate("sw::domain::Merchant", "Submitted");
    case MerchantAppStatus::InReview:
        return QCoreApplication::translate("sw::domain::Merchant", "In review");
    case MerchantAppStatus::InfoRequested:
        return QCoreApplication::translate("sw::domain::Merchant", "Information requested");
    case MerchantAppStatus::SecondReview:
        return QCoreApplication::translate("sw::domain::Merchant", "Second review");
    case MerchantAppStatus::Approved:
        return QCoreApplication::translate("sw::domain::Merchant", "Approved");
    case MerchantAppStatus::Rejected:
        return QCoreApplication::translate("sw::domain::Merchant", "Rejected");
    }
    return {};
}

QString displayName(MerchantAppAction value)
{
    switch (value) {
    case MerchantAppAction::Take:
        return QCoreApplication::translate("sw::domain::Merchant", "Take");
    case MerchantAppAction::RequestInfo:
        return QCoreApplication::translate("sw::domain::Merchant", "Request information");
    case MerchantAppAction::InfoReceived:
        return QCoreApplication::translate("sw::domain::Merchant", "Information received");
    case MerchantAppAction::FirstApprove:
        return QCoreApplication::translate("sw::domain::Merchant", "First approval");
    case MerchantAppAction::SecondApprove:
        return QCoreApplication::translate("sw::domain::Merchant", "Approve (second review)");
    case MerchantAppAction::Reject:
        return QCoreApplication::translate("sw::domain::Merchant", "Reject");
    }
    return {};
}

QString displayName(InfoRequestReason value)
{
    switch (value) {
    case InfoRequestReason::MissingDocument:
        return QCoreApplication::translate("sw::domain::Merchant", "A required document is missing");
    case InfoRequestReason::UnclearScan:
        return QCoreApplication::translate("sw::domain::Merchant", "A scan is unreadable");
    case InfoRequestReason::ExpiredDocument:
        return QCoreApplication::translate("sw::domain::Merchant", "A document has expired");
    case InfoRequestReason::DataMismatch:
        return QCoreApplication::translate("sw::domain::Merchant", "The data do not match the documents");
    case InfoRequestReason::Other:
        return QCoreApplication::translate("sw::domain::Merchant", "Other");
    }
    return {};
}

QString displayName(MerchantRejectReason value)
{
    switch (value) {
    case MerchantRejectReason::IncompleteDocuments:
        return QCoreApplication::translate("sw::domain::Merchant", "Documents incomplete");
    case MerchantRejectReason::InvalidDocuments:
        return QCoreApplication::translate("sw::domain::Merchant", "Documents invalid or expired");
    case MerchantRejectReason::FalseInformation:
        return QCoreApplication::translate("sw::domain::Merchant", "False information");
    case MerchantRejectReason::CategoryNotAllowed:
        return QCoreApplication::translate("sw::domain::Merchant", "Category not allowed on the platform");
    case MerchantRejectReason::DuplicateMerchant:
        return QCoreApplication::translate("sw::domain::Merchant", "Already registered as another merchant");
    case MerchantRejectReason::NoBrandAuthorisation:
        return QCoreApplication::translate("sw::domain::Merchant", "No trademark or brand authorisation");
    case MerchantRejectReason::Other:
        return QCoreApplication::translate("sw::domain::Merchant", "Other");
    }
    return {};
}

bool MerchantWorkflow::isFinal(MerchantAppStatus status)
{
    return status == MerchantAppStatus::Approved || status == MerchantAppStatus::Rejected;
}

Result<MerchantAppStatus> MerchantWorkflow::apply(MerchantAppStatus from, MerchantAppAction action,
                                                   const MerchantReviewStep& step)
{
    std::optional<MerchantAppStatus> to;
    for (const Transition& t : kTransitions)
        if (t.from == from && t.action == action)
            to = t.to;
    if (!to)
        return makeError(ErrorCode::IllegalTransition,
                         tr("“%1” is not possible while the application is “%2”.")
                             .arg(displayName(action), displayName(from)));
    if (!step.actorRoles.contains(Role::Auditor))
        return makeError(ErrorCode::PermissionDenied, tr("Only merchant auditors review applications."));

    const bool isFirst = !step.firstReviewerId.isEmpty() && step.actorId == step.firstReviewerId;
    if (from == MerchantAppStatus::SecondReview) {
        if (isFirst)
            return makeError(ErrorCode::SeparationOfDuty,
                             tr("You gave this application its first approval, so its second review must be "
                                "done by another auditor (four-eyes rule)."));
    } else if (from != MerchantAppStatus::Submitted && !isFirst) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("This application is being reviewed by another auditor; only they can take this step."));
    }

    if (action == MerchantAppAction::RequestInfo
        && (!step.infoReason || step.text.trimmed().isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose a reason and say which information the merchant must supply."));
    if (action == MerchantAppAction::Reject && (!step.rejectReason || step.text.trimmed().isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose a rejection reason and explain it: the merchant is told why."));
    return *to;
}

QList<MerchantAppAction> MerchantWorkflow::allowed(MerchantAppStatus from, const MerchantReviewStep& step)
{
    // The reason and text are asked for by the dialog the action opens.
    MerchantReviewStep probe = step;
    probe.infoReason = InfoRequestReason::Other;
    probe.rejectReason = MerchantRejectReason::Other;
    probe.text = QStringLiteral("-");
    QList<MerchantAppAction> out;
    for (const Transition& t : kTransitions)
        if (t.from == from && apply(from, t.action, probe))
            out << t.action;
    return out;
}

} // namespace sw::domain
