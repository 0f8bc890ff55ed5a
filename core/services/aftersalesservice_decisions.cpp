// AfterSalesService: the decisions on a request — manager override of failed checks,
// approve, reject, return for more information (see the header for who may do what).

#include "services/aftersalesservice.h"

#include "domain/aftersalesworkflow.h"
#include "services/aftersalespolicies.h"
#include "services/aftersalesstep_p.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

namespace sw::services {

using namespace aftersales;
using domain::AfterSalesStatus;
using domain::AfterSalesWorkflow;
using domain::ApprovalLadder;
using domain::ApprovalLevel;

Status AfterSalesService::requireApprover(const AfterSalesRequest& r) const
{
    if (r.requesterId == m_actor.userId)
        return makeError(ErrorCode::SeparationOfDuty, tr("Nobody decides on their own after-sales request."));
    // The ladder in force now: a changed limit applies to every request still undecided.
    const ApprovalLevel level = AfterSalesPolicies::ladder(m_db.connection()).requiredLevel(r.amount);
    if (!ApprovalLadder::qualifies(m_actor.roles, level))
        return makeError(
            ErrorCode::PermissionDenied,
            tr("This request needs a decision at the level “%1” or higher.").arg(domain::displayName(level)));
    return {};
}

Status AfterSalesService::addDecision(WriteTransaction& tx, const QString& requestId, const QString& decision,
                                      const QString& note, const QDateTime& now)
{
    auto id = tx.insert(kApprovals,
                        {{QStringLiteral("request_id"), requestId},
                         {QStringLiteral("approver_id"), m_actor.userId},
                         {QStringLiteral("approver_roles"), rolesCode(m_actor.roles)},
                         {QStringLiteral("decided_at"), TicketStore::epoch(now)},
                         {QStringLiteral("decision"), decision},
                         {QStringLiteral("note"), note}},
                        QStringLiteral("aftersales.decision"));
    if (!id)
        return id.error();
    return {};
}

Status AfterSalesService::overrideEligibility(const QString& id, const QString& reason)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    if (after.status != AfterSalesStatus::Checking && after.status != AfterSalesStatus::Submitted)
        return makeError(ErrorCode::IllegalTransition,
                         tr("Only a request that is being checked can be overridden; this one is “%1”.")
                             .arg(domain::displayName(after.status)));
    auto result = evaluate(step->db, after);
    if (!result)
        return result.error();
    domain::EligibilityOverride o{m_actor.userId, m_actor.roles, after.requesterId, reason.trimmed()};
    SW_TRY(domain::AfterSalesEligibility::validateOverride(*result, o));
    SW_TRY(checkTextLength(o.reason, tr("The reason is %1 characters long; at most %2 characters "
                                        "are allowed.")));
    after.overrideBy = m_actor.userId;
    after.overrideReason = o.reason;
    domain::AfterSalesTransitionContext ctx;
    ctx.eligibilityOverridden = true;
    if (after.status == AfterSalesStatus::Checking &&
        AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::AwaitingApproval, ctx))
        after.status = AfterSalesStatus::AwaitingApproval;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.override"),
                      tr("%1 overrode the failed eligibility checks of after-sales request %2: %3")
                          .arg(m_actor.displayName, after.number, o.reason)));
    return {};
}

Status AfterSalesService::approve(const QString& id)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    if (after.status != AfterSalesStatus::AwaitingApproval)
        return makeError(ErrorCode::IllegalTransition,
                         tr("Only a request awaiting approval can be approved; this one is “%1”.")
                             .arg(domain::displayName(after.status)));
    auto decisions = loadDecisions(step->db, id);
    if (!decisions)
        return decisions.error();
    domain::ApprovalState state{after.amount, after.requesterId, {}};
    for (const AfterSalesDecision& dcs : *decisions)
        if (dcs.decision == kApproved)
            state.approvals << domain::ApprovalRecord{dcs.approverId, dcs.approverRoles};
    const ApprovalLadder ladder = AfterSalesPolicies::ladder(step->db);
    SW_TRY(ladder.canApprove(state, m_actor.userId, m_actor.roles));
    SW_TRY(addDecision(step->tx, id, kApproved, {}, step->now));
    state.approvals << domain::ApprovalRecord{m_actor.userId, m_actor.roles};
    QString text;
    if (ladder.isFullyApproved(state)) {
        domain::AfterSalesTransitionContext ctx;
        ctx.fullyApproved = true;
        SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Approved, ctx));
        after.status = AfterSalesStatus::Approved;
        text = tr("%1 approved after-sales request %2; it is fully approved.")
                   .arg(m_actor.displayName, after.number);
    } else {
        text = tr("%1 approved after-sales request %2; %3 more approval(s) needed.")
                   .arg(m_actor.displayName, after.number)
                   .arg(ladder.approvalsStillNeeded(state));
    }
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.approve"), text));
    return {};
}

Status AfterSalesService::reject(const QString& id, domain::RejectionReason reason, const QString& text)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    SW_TRY(requireApprover(after));
    const QString why = text.trimmed();
    SW_TRY(checkTextLength(why, tr("The explanation is %1 characters long; at most %2 characters "
                                   "are allowed.")));
    domain::AfterSalesTransitionContext ctx;
    ctx.rejectionReason = reason;
    ctx.rejectionText = why;
    SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Rejected, ctx));
    SW_TRY(addDecision(step->tx, id, kRejected, why, step->now));
    after.status = AfterSalesStatus::Rejected;
    after.rejectionReason = reason;
    after.rejectionText = why;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.reject"),
                      tr("%1 rejected after-sales request %2 (%3): %4")
                          .arg(m_actor.displayName, after.number, domain::displayName(reason), why)));
    return {};
}

Status AfterSalesService::returnForInfo(const QString& id, const QString& note)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    SW_TRY(requireApprover(after));
    const QString what = note.trimmed();
    SW_TRY(checkTextLength(what, tr("The note is %1 characters long; at most %2 characters "
                                    "are allowed.")));
    domain::AfterSalesTransitionContext ctx;
    ctx.note = what;
    SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::ReturnedForInfo, ctx));
    SW_TRY(addDecision(step->tx, id, kReturned, what, step->now));
    after.status = AfterSalesStatus::ReturnedForInfo;
    after.infoNote = what;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.return"),
                      tr("%1 returned after-sales request %2 for more information: %3")
                          .arg(m_actor.displayName, after.number, what)));
    return {};
}

} // namespace sw::services
