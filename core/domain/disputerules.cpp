#include "domain/disputerules.h"

#include <QLocale>

namespace sw::domain {

namespace {

Error refused(const QString& message, DisputeStatus from, DisputeStatus to)
{
    return makeError(ErrorCode::IllegalTransition, message,
                     QStringLiteral("%1 -> %2").arg(code(from), code(to)));
}

QString shortDateTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Status DisputeRules::canSubmitEvidence(DisputeParty party, DisputeStatus status, const QDateTime& deadline,
                                       const QDateTime& now)
{
    if (status != DisputeStatus::Open) {
        return makeError(ErrorCode::IllegalTransition,
                         tr("Evidence can be added only while the dispute is “%1”; it is “%2”.")
                             .arg(displayName(DisputeStatus::Open), displayName(status)));
    }
    if (party == DisputeParty::Platform)
        return {};
    if (!deadline.isValid() || !now.isValid())
        return makeError(ErrorCode::Internal, tr("The evidence deadline of the dispute is unknown."));
    if (now > deadline) {
        return makeError(ErrorCode::IllegalTransition,
                         tr("The evidence deadline (%1) has passed for “%2”; later evidence is not "
                            "accepted.")
                             .arg(shortDateTime(deadline), displayName(party)));
    }
    return {};
}

Status DisputeRules::canMediate(const QList<Role>& roles)
{
    if (roles.contains(Role::Lead) || roles.contains(Role::Manager))
        return {};
    return makeError(ErrorCode::PermissionDenied, tr("Only a lead or a manager can decide a dispute."));
}

Status DisputeRules::canDecideAppeal(const QList<Role>& roles, const QString& actorId,
                                     const QString& firstMediatorId)
{
    if (!roles.contains(Role::Manager))
        return makeError(ErrorCode::PermissionDenied, tr("Only a manager can decide an appeal."));
    if (actorId.isEmpty())
        return makeError(ErrorCode::Internal, tr("The signed-in user is unknown."));
    if (actorId == firstMediatorId) {
        return makeError(ErrorCode::SeparationOfDuty,
                         tr("The appeal must be decided by someone other than the person who made the "
                            "first decision."));
    }
    return {};
}

Status DisputeRules::validateDecision(const DisputeDecision& decision, Money requestAmount)
{
    if (decision.outcome == DisputeOutcome::PartialRefund) {
        if (!decision.partialAmount.isPositive()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("A partial refund needs an amount more than %1.").arg(Money().format()));
        }
        if (decision.partialAmount > requestAmount) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The partial refund %1 is more than the requested amount %2.")
                                 .arg(decision.partialAmount.format(), requestAmount.format()));
        }
    } else if (!decision.partialAmount.isZero()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Only a partial refund has an amount of its own; leave the amount empty for "
                            "“%1”.")
                             .arg(displayName(decision.outcome)));
    }
    if (decision.reasoning.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the reasoning for the decision."));
    return {};
}

Money DisputeRules::refundAmount(const DisputeDecision& decision, Money requestAmount)
{
    switch (decision.outcome) {
    case DisputeOutcome::FullRefund:
        return requestAmount;
    case DisputeOutcome::PartialRefund:
        return decision.partialAmount;
    case DisputeOutcome::Rejected:
    case DisputeOutcome::Other:
        return Money();
    }
    return Money();
}

bool DisputeRules::isUpheldAgainstMerchant(DisputeOutcome outcome)
{
    return outcome == DisputeOutcome::FullRefund || outcome == DisputeOutcome::PartialRefund;
}

Status DisputeRules::canAppeal(DisputeParty party, DisputeStatus status, const DisputeTransitionContext& ctx,
                               const DisputePolicy& policy)
{
    if (party == DisputeParty::Platform) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only the buyer or the merchant can appeal a decision."));
    }
    return canTransition(status, DisputeStatus::Appealed, ctx, policy);
}

bool DisputeRules::isEdge(DisputeStatus from, DisputeStatus to)
{
    using S = DisputeStatus;
    switch (from) {
    case S::Open:
        return to == S::Decided || to == S::Closed;
    case S::Decided:
        return to == S::Appealed || to == S::Closed;
    case S::Appealed:
        return to == S::Decided;
    case S::Closed:
        return false;
    }
    return false;
}

Status DisputeRules::canTransition(DisputeStatus from, DisputeStatus to, const DisputeTransitionContext& ctx,
                                   const DisputePolicy& policy)
{
    using S = DisputeStatus;
    if (from == to)
        return refused(tr("The dispute is already “%1”.").arg(displayName(from)), from, to);
    if (isFinal(from)) {
        return refused(tr("A dispute that is “%1” is final and cannot be changed to “%2”.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (!isEdge(from, to)) {
        return refused(tr("A dispute cannot go from “%1” to “%2”.").arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (from == S::Open && to == S::Decided) {
        const bool bothSubmitted = ctx.buyerSubmitted && ctx.merchantSubmitted;
        const bool deadlinePassed =
            ctx.evidenceDeadline.isValid() && ctx.now.isValid() && ctx.now > ctx.evidenceDeadline;
        if (!bothSubmitted && !deadlinePassed) {
            return refused(tr("The dispute cannot go from “%1” to “%2” before the evidence deadline (%3) "
                              "unless both buyer and merchant have submitted their evidence.")
                               .arg(displayName(from), displayName(to), shortDateTime(ctx.evidenceDeadline)),
                           from, to);
        }
    }
    if (from == S::Open && to == S::Closed && !ctx.settledByParties) {
        return refused(tr("The dispute cannot go from “%1” to “%2” unless the buyer withdraws it or the "
                          "parties settle it themselves.")
                           .arg(displayName(from), displayName(to)),
                       from, to);
    }
    if (from == S::Decided) {
        if (!ctx.decidedAt.isValid() || !ctx.now.isValid()) {
            return refused(tr("The dispute cannot go from “%1” to “%2” because the time of the decision "
                              "is unknown.")
                               .arg(displayName(from), displayName(to)),
                           from, to);
        }
        const bool appealPeriodOver = ctx.decidedAt.secsTo(ctx.now) > policy.appealWindowSecs();
        if (to == S::Appealed && ctx.appealUsed) {
            return refused(tr("The dispute cannot go from “%1” to “%2”: it was appealed once already, and "
                              "the decision on the appeal is final.")
                               .arg(displayName(from), displayName(to)),
                           from, to);
        }
        if (to == S::Appealed && appealPeriodOver) {
            return refused(tr("The dispute cannot go from “%1” to “%2”: the decision of %3 could be "
                              "appealed only within %4 days.")
                               .arg(displayName(from), displayName(to), shortDateTime(ctx.decidedAt))
                               .arg(policy.appealDays()),
                           from, to);
        }
        if (to == S::Closed && !ctx.appealUsed && !appealPeriodOver) {
            return refused(tr("The dispute cannot go from “%1” to “%2” before the appeal period ends (%3).")
                               .arg(displayName(from), displayName(to),
                                    shortDateTime(policy.appealDeadline(ctx.decidedAt))),
                           from, to);
        }
    }
    return {};
}

QList<DisputeStatus> DisputeRules::allowedTransitions(DisputeStatus from, const DisputeTransitionContext& ctx,
                                                      const DisputePolicy& policy)
{
    QList<DisputeStatus> result;
    for (DisputeStatus to : allDisputeStatuses()) {
        if (canTransition(from, to, ctx, policy).ok())
            result.append(to);
    }
    return result;
}

} // namespace sw::domain
