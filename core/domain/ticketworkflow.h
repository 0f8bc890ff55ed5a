#pragma once

// Which status changes a ticket may make (DOMAIN.md "Customer-service tickets"):
//
//   New ──► Open ◄──► PendingCustomer
//            │  ▲          │
//            ▼  │reopen    ▼
//          Resolved ◄──────┘
//            │
//            ▼
//          Closed (final)
//
// - Reopen (Resolved → Open) only within 7 days of the resolution (inclusive).
// - "One named owner at every moment after triage": every target status is past triage,
//   so every transition needs an owner.
// - Moving to the same status is refused: the caller would write an empty event.
// The rules are pure; TicketService applies them inside its write transaction, and the
// pane offers only allowedTransitions().

#include "domain/ticketenums.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace sw::domain {

struct TransitionContext
{
    bool hasOwner = false;
    QDateTime resolvedAt; // when the ticket was last resolved; needed for a reopen
    QDateTime now;
};

class TicketWorkflow
{
public:
    static constexpr qint64 kReopenWindowSecs = 7 * 24 * 3600;

    // Ok, or ErrorCode::IllegalTransition with a translated sentence naming both statuses.
    static Status canTransition(TicketStatus from, TicketStatus to, const TransitionContext& ctx);
    // Targets for which canTransition() succeeds, in allTicketStatuses() order.
    static QList<TicketStatus> allowedTransitions(TicketStatus from, const TransitionContext& ctx);
    // The edge exists in the diagram above (ignores owner and the reopen window).
    static bool isEdge(TicketStatus from, TicketStatus to);
    static bool isFinal(TicketStatus status) { return status == TicketStatus::Closed; }
};

} // namespace sw::domain
