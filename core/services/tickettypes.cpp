#include "services/tickettypes.h"

#include <QCoreApplication>

namespace sw::services {

namespace {

struct EventKindEntry
{
    TicketEventKind kind;
    const char* code; // stored in ticket_events.kind; never changes once written
};

constexpr EventKindEntry kEventKinds[] = {
    {TicketEventKind::CustomerMessage, "customer_message"},
    {TicketEventKind::Reply, "reply"},
    {TicketEventKind::Note, "note"},
    {TicketEventKind::StatusChange, "status_change"},
    {TicketEventKind::Assignment, "assignment"},
    {TicketEventKind::Triage, "triage"},
    {TicketEventKind::Attachment, "attachment"},
    {TicketEventKind::Merge, "merge"},
    {TicketEventKind::Unmerge, "unmerge"},
    {TicketEventKind::Satisfaction, "satisfaction"},
    {TicketEventKind::Created, "created"},
};

} // namespace

QString code(TicketEventKind kind)
{
    for (const auto& entry : kEventKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.code);
    }
    Q_ASSERT_X(false, "code(TicketEventKind)", "event kind missing from its code table");
    return {};
}

bool eventKindFromCode(const QString& code, TicketEventKind* out)
{
    for (const auto& entry : kEventKinds) {
        if (code == QLatin1String(entry.code)) {
            if (out)
                *out = entry.kind;
            return true;
        }
    }
    return false;
}

QString displayName(TicketEventKind kind)
{
    switch (kind) {
    case TicketEventKind::CustomerMessage:
        return QCoreApplication::translate("sw::services::TicketEvent", "Customer message");
    case TicketEventKind::Reply:
        return QCoreApplication::translate("sw::services::TicketEvent", "Reply");
    case TicketEventKind::Note:
        return QCoreApplication::translate("sw::services::TicketEvent", "Internal note");
    case TicketEventKind::StatusChange:
        return QCoreApplication::translate("sw::services::TicketEvent", "Status change");
    case TicketEventKind::Assignment:
        return QCoreApplication::translate("sw::services::TicketEvent", "Assignment");
    case TicketEventKind::Triage:
        return QCoreApplication::translate("sw::services::TicketEvent", "Triage");
    case TicketEventKind::Attachment:
        return QCoreApplication::translate("sw::services::TicketEvent", "Attachment");
    case TicketEventKind::Merge:
        return QCoreApplication::translate("sw::services::TicketEvent", "Merge");
    case TicketEventKind::Unmerge:
        return QCoreApplication::translate("sw::services::TicketEvent", "Merge undone");
    case TicketEventKind::Satisfaction:
        return QCoreApplication::translate("sw::services::TicketEvent", "Satisfaction rating");
    case TicketEventKind::Created:
        return QCoreApplication::translate("sw::services::TicketEvent", "Ticket created");
    }
    return {};
}

} // namespace sw::services
