#include "domain/aftersalesworkflow.h"

namespace sw::domain {

namespace {

Error refused(const QString& message, AfterSalesStatus from, AfterSalesStatus to)
{
    return makeError(ErrorCode::IllegalTransition, message,
                     QStringLiteral("%1 -> %2").arg(code(from), code(to)));
}

bool isWithdrawal(AfterSalesStatus from, AfterSalesStatus to)
{
    using S = AfterSalesStatus;
    return to == S::Closed && (from == S::Submitted || from == S::Checking || from == S::AwaitingApproval ||
                               from == S::ReturnedForInfo);
}

} // namespace

bool AfterSalesWorkflow::isEdge(AfterSalesStatus from, AfterSalesStatus to)
{
    using S = AfterSalesStatus;
    if (isWithdrawal(from, to))
        return true;
    switch (from) {
    case S::Submitted:
        return to == S::Checking;
    case S::Checking:
        return to == S::AwaitingApproval || to == S::Rejected || to == S::ReturnedForInfo;
    case S::AwaitingApproval:
        return to == S::Approved || to == S::Rejected || to == S::ReturnedForInfo;
    case S::ReturnedForInfo:
        return to == S::Checking;
    case S::Approved:
        return to == S::Executed;
    case S::Rejected:
    case S::Executed:
        return to == S::Closed;
    case S::Closed:
        return false;
    }
    return false;
}

bool AfterSalesWorkflow::isOpen(AfterSalesStatus status)
{
    using S = AfterSalesStatus;
    return status == S::Submitted || status == S::Checking || status == S::AwaitingApproval ||
           status == S::ReturnedForInfo;
}

Status AfterSalesWorkflow::canTransition(AfterSalesStatus from, AfterSalesStatus to,
                                         const AfterSalesTransitionContext& ctx)
{
    using S = AfterSalesStatus;
    if (from == to)
        return refused(tr("The request is already “%1”.").arg(displayName(from)), from, to);
    if (isFinal(from)) {
        return refused(tr("A request that is “%1” is final and cannot be changed to “%2”.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (!isEdge(from, to)) {
        return refused(tr("A request cannot go from “%1” to “%2”.").arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (to == S::AwaitingApproval && !ctx.eligibilityPassed && !ctx.eligibilityOverridden) {
        return refused(tr("The request cannot go from “%1” to “%2”: some eligibility checks failed and no "
                          "manager has overridden them.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (to == S::Approved && !ctx.fullyApproved) {
        return refused(tr("The request cannot go from “%1” to “%2” before it has all the approvals it "
                          "needs.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (to == S::Rejected && (!ctx.rejectionReason || ctx.rejectionText.trimmed().isEmpty())) {
        return refused(tr("The request cannot go from “%1” to “%2” without a rejection reason from the "
                          "catalogue and an explanation.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (to == S::ReturnedForInfo && ctx.note.trimmed().isEmpty()) {
        return refused(tr("The request cannot go from “%1” to “%2” without saying which information is "
                          "missing.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (isWithdrawal(from, to) && ctx.note.trimmed().isEmpty()) {
        return refused(tr("The request cannot go from “%1” to “%2” without saying why it is closed before "
                          "a decision.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    return {};
}

QList<AfterSalesStatus> AfterSalesWorkflow::allowedTransitions(AfterSalesStatus from,
                                                               const AfterSalesTransitionContext& ctx)
{
    QList<AfterSalesStatus> result;
    for (AfterSalesStatus to : allAfterSalesStatuses()) {
        if (canTransition(from, to, ctx).ok())
            result.append(to);
    }
    return result;
}

} // namespace sw::domain
