#include "domain/ticketworkflow.h"

#include <QCoreApplication>
#include <QLocale>

namespace sw::domain {

namespace {

Error refused(const QString& message, TicketStatus from, TicketStatus to)
{
    return makeError(ErrorCode::IllegalTransition, message,
                     QStringLiteral("%1 -> %2").arg(code(from), code(to)));
}

} // namespace

bool TicketWorkflow::isEdge(TicketStatus from, TicketStatus to)
{
    using S = TicketStatus;
    switch (from) {
    case S::New:
        return to == S::Open;
    case S::Open:
        return to == S::PendingCustomer || to == S::Resolved;
    case S::PendingCustomer:
        return to == S::Open || to == S::Resolved;
    case S::Resolved:
        return to == S::Closed || to == S::Open;
    case S::Closed:
        return false;
    }
    return false;
}

Status TicketWorkflow::canTransition(TicketStatus from, TicketStatus to, const TransitionContext& ctx)
{
    if (from == to) {
        return refused(
            QCoreApplication::translate("sw::domain::TicketWorkflow", "The ticket is already “%1”.")
                .arg(displayName(from)),
            from, to);
    }
    if (isFinal(from)) {
        return refused(
            QCoreApplication::translate("sw::domain::TicketWorkflow",
                                        "A ticket that is “%1” is final and cannot be changed to “%2”.")
                .arg(displayName(from), displayName(to)),
            from, to);
    }
    if (!isEdge(from, to)) {
        return refused(
            QCoreApplication::translate("sw::domain::TicketWorkflow", "A ticket cannot go from “%1” to “%2”.")
                .arg(displayName(from), displayName(to)),
            from, to);
    }
    if (!ctx.hasOwner) {
        return refused(
            QCoreApplication::translate("sw::domain::TicketWorkflow",
                                        "The ticket needs an owner before it can go from “%1” to “%2”.")
                .arg(displayName(from), displayName(to)),
            from, to);
    }
    if (from == TicketStatus::Resolved && to == TicketStatus::Open) {
        if (!ctx.resolvedAt.isValid() || !ctx.now.isValid()) {
            return refused(
                QCoreApplication::translate("sw::domain::TicketWorkflow",
                                            "The ticket cannot go from “%1” to “%2” because its resolution "
                                            "time is unknown.")
                    .arg(displayName(from), displayName(to)),
                from, to);
        }
        if (ctx.resolvedAt.secsTo(ctx.now) > kReopenWindowSecs) {
            return refused(
                QCoreApplication::translate("sw::domain::TicketWorkflow",
                                            "The ticket cannot go from “%1” back to “%2”: it was resolved on "
                                            "%3, and a ticket can only be reopened within 7 days.")
                    .arg(displayName(from), displayName(to),
                         QLocale().toString(ctx.resolvedAt.toLocalTime(), QLocale::ShortFormat)),
                from, to);
        }
    }
    return {};
}

QList<TicketStatus> TicketWorkflow::allowedTransitions(TicketStatus from, const TransitionContext& ctx)
{
    QList<TicketStatus> result;
    for (TicketStatus to : allTicketStatuses()) {
        if (canTransition(from, to, ctx).ok())
            result.append(to);
    }
    return result;
}

} // namespace sw::domain
