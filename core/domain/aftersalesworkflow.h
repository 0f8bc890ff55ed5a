#pragma once

// Which status changes an after-sales request may make (DOMAIN.md "After-sales requests"):
//
//   from                 to
//   Submitted            Checking
//   Checking             AwaitingApproval, Rejected, ReturnedForInfo
//   AwaitingApproval     Approved, Rejected, ReturnedForInfo
//   ReturnedForInfo      Checking
//   Approved             Executed
//   Executed, Rejected   Closed (final)
//   withdrawal: Submitted, Checking, AwaitingApproval, ReturnedForInfo → Closed
//
// Edges and their conditions:
// - Submitted → Checking.
// - Checking → AwaitingApproval: every eligibility check passed, or a manager overrode
//   the failed ones (AfterSalesEligibility::validateOverride).
// - Checking / AwaitingApproval → Rejected: a rejection reason from the catalogue and a
//   non-blank explanation (DOMAIN.md: "a reason from a catalogue plus free text").
// - Checking / AwaitingApproval → ReturnedForInfo: a note saying what is missing.
// - ReturnedForInfo → Checking: the information arrived; eligibility is checked again.
// - AwaitingApproval → Approved: fully approved (ApprovalLadder::isFullyApproved).
// - Approved → Executed (refund issued / replacement shipped / repaired, executedName()).
// - Executed → Closed, Rejected → Closed.
// - Withdrawal: Submitted, Checking, AwaitingApproval and ReturnedForInfo → Closed with a
//   note saying why (the customer withdrew, or never sent the missing information).
//   Approved cannot be closed: what was approved is carried out, then closed.
// Closed is final; moving to the same status is refused. A decision in a dispute does not
// reopen a request: the dispute records its own outcome (see disputerules.h).

#include "domain/aftersalesenums.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sw::domain {

struct AfterSalesTransitionContext
{
    bool eligibilityPassed = false;
    bool eligibilityOverridden = false; // by a manager, with a reason
    bool fullyApproved = false;
    std::optional<RejectionReason> rejectionReason;
    QString rejectionText;
    QString note; // what is missing (→ ReturnedForInfo), or why it is withdrawn (→ Closed)
};

class AfterSalesWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::AfterSalesWorkflow)

public:
    // Ok, or ErrorCode::IllegalTransition with a translated sentence naming both statuses.
    static Status canTransition(AfterSalesStatus from, AfterSalesStatus to,
                                const AfterSalesTransitionContext& ctx);
    // Targets for which canTransition() succeeds, in allAfterSalesStatuses() order.
    static QList<AfterSalesStatus> allowedTransitions(AfterSalesStatus from,
                                                      const AfterSalesTransitionContext& ctx);
    // The edge exists in the diagram above (ignores the conditions).
    static bool isEdge(AfterSalesStatus from, AfterSalesStatus to);
    static bool isFinal(AfterSalesStatus status) { return status == AfterSalesStatus::Closed; }
    // Still in someone's queue: not yet approved, rejected or closed.
    static bool isOpen(AfterSalesStatus status);
};

} // namespace sw::domain
