#pragma once

// Dispute mediation 纠纷调解 between buyer and merchant, mediated by the platform
// (DOMAIN.md "After-sales requests"; regulations 第八章纠纷处理; issue 5).
//
// Statuses and edges:
//   Open (collecting evidence) ─► Decided ─► Appealed ─► Decided ─► Closed (final)
//   Open ─► Closed        only when the buyer withdraws or the parties settle themselves
//   Open ─► Decided       after the evidence deadline, or earlier once both buyer and
//                         merchant have submitted their evidence
//   Decided ─► Appealed   within the appeal period (default 7 days, inclusive) and only
//                         once: the decision on an appeal is final
//   Decided ─► Closed     after the appeal period, or at once when the appeal was used
//   Appealed ─► Decided   the appeal decision
//
// Who does what, where DOMAIN.md is silent:
// - Evidence: buyer and merchant until their deadline (inclusive), only while Open; the
//   platform (the mediator's own findings) at any time while Open.
// - Decisions are made by a lead or a manager; an appeal is decided by a manager who did
//   not make the first decision (the rule of the merchant second review, applied here).
// - Only the buyer or the merchant appeals; the platform does not appeal its own decision.
// - Outcomes: full refund (the request amount), partial refund (an amount > ¥0.00 and ≤ the
//   request amount), claim rejected, other (e.g. an exchange agreed in mediation). Every
//   decision needs its reasoning (DOMAIN.md: every decision records why); only a partial
//   refund carries an amount of its own.
// - A full or partial refund upholds the buyer's complaint against the merchant: that is
//   the fact the merchant's credit file will use (isUpheldAgainstMerchant()).

#include "domain/aftersalesenums.h"
#include "domain/disputepolicy.h"
#include "domain/money.h"
#include "domain/roles.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sw::domain {

struct DisputeDecision
{
    DisputeOutcome outcome = DisputeOutcome::Rejected;
    Money partialAmount; // only for PartialRefund
    QString reasoning;
};

struct DisputeTransitionContext
{
    QDateTime now;
    QDateTime evidenceDeadline; // DisputePolicy::evidenceDeadline() of the opening time
    bool buyerSubmitted = false;
    bool merchantSubmitted = false;
    QDateTime decidedAt;           // of the latest decision
    bool appealUsed = false;       // an appeal was made already: the latest decision is final
    bool settledByParties = false; // the buyer withdrew, or buyer and merchant agreed
};

class DisputeRules
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::DisputeRules)

public:
    // IllegalTransition when not Open or past the party's deadline (exactly at the deadline
    // is still in time).
    static Status canSubmitEvidence(DisputeParty party, DisputeStatus status, const QDateTime& deadline,
                                    const QDateTime& now);
    // PermissionDenied unless lead or manager.
    static Status canMediate(const QList<Role>& roles);
    // PermissionDenied unless manager; SeparationOfDuty for the first decision's mediator.
    static Status canDecideAppeal(const QList<Role>& roles, const QString& actorId,
                                  const QString& firstMediatorId);
    // InvalidInput for a missing reasoning or a partial amount outside (¥0.00, request].
    static Status validateDecision(const DisputeDecision& decision, Money requestAmount);
    // What the buyer gets back: the request amount, the partial amount, or ¥0.00.
    static Money refundAmount(const DisputeDecision& decision, Money requestAmount);
    static bool isUpheldAgainstMerchant(DisputeOutcome outcome);

    // PermissionDenied for the platform, otherwise canTransition(status → Appealed).
    static Status canAppeal(DisputeParty party, DisputeStatus status, const DisputeTransitionContext& ctx,
                            const DisputePolicy& policy);

    // Ok, or IllegalTransition with a translated sentence naming both statuses.
    static Status canTransition(DisputeStatus from, DisputeStatus to, const DisputeTransitionContext& ctx,
                                const DisputePolicy& policy);
    static QList<DisputeStatus> allowedTransitions(DisputeStatus from, const DisputeTransitionContext& ctx,
                                                   const DisputePolicy& policy);
    static bool isEdge(DisputeStatus from, DisputeStatus to);
    static bool isFinal(DisputeStatus status) { return status == DisputeStatus::Closed; }
};

} // namespace sw::domain
