#pragma once

// Customer-service tickets (DOMAIN.md "Customer-service tickets"; issue 3): create,
// triage, assign, reply, note, status changes, merge/unmerge, satisfaction,
// attachments, canned replies and the SLA policy. Every write is one WriteTransaction
// (row + timeline event + outbox + audit) that also refreshes the ticket's search
// index entry and its SLA due columns. Every method checks role and scope itself:
//   agents: their own tickets and unassigned ones (and their team's, read-only);
//   leads: their team's tickets and unassigned ones; may assign/reassign within the team;
//   managers/admins: everything.
// Customer phone numbers come back masked unless the actor owns the ticket.

#include "domain/slapolicy.h"
#include "result.h"
#include "services/actor.h"
#include "services/tickettypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sw { class Clock; }
namespace sw::storage { class Database; }

namespace sw::services {

struct TicketEdit;        // ticketedit.h
struct TicketEditOptions; // ticketedit.h

class TicketService
{
public:
    static constexpr int kMaxSubjectChars = 200;
    static constexpr int kMaxBodyChars = 20000;              // stated in the UI
    static constexpr qint64 kDefaultMaxAttachmentBytes = 20LL * 1024 * 1024;

    TicketService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // Declares tickets, ticket_events, attachments, customers, merchants, canned_replies,
    // calendar_days as synced tables (idempotent; called by the constructor).
    static void declareTables();

    Result<QString> create(const TicketDraft& draft);          // returns the id
    Result<Ticket> get(const QString& id) const;
    Result<QList<TicketEvent>> timeline(const QString& id) const;   // oldest first

    Status addCustomerMessage(const QString& id, const QString& text);
    Status reply(const QString& id, const QString& text);      // public; first response
    Status addNote(const QString& id, const QString& text);    // internal
    Status changeStatus(const QString& id, domain::TicketStatus to);
    Result<QList<domain::TicketStatus>> allowedTransitions(const QString& id) const;
    Status triage(const QString& id, domain::TicketKind kind, domain::TicketPriority priority,
                  bool specialCase, const QString& specialReason);
    Status assign(const QString& id, const QString& ownerId);  // leads (team), managers
    Status take(const QString& id);                            // agent takes an unassigned one
    // Leads/managers: each ticket is reassigned in its own check; the whole batch is one
    // transaction — all or nothing, the error names the first ticket that failed.
    Status bulkAssign(const QList<QString>& ids, const QString& ownerId);

    // The source's timeline is shown inside the target; the source is hidden from the
    // queue and closed for edits. Undo restores both exactly.
    Status merge(const QString& sourceId, const QString& targetId);
    Status unmerge(const QString& sourceId);

    // Only Resolved or Closed tickets; each score 1–5; once per resolution.
    Status rate(const QString& id, int attitude, int efficiency, int result, const QString& comment);

    Result<AttachmentInfo> addAttachment(const QString& ticketId, const QString& fileName,
                                         const QByteArray& content);
    Result<QList<AttachmentInfo>> attachments(const QString& ticketId) const;
    Result<QByteArray> attachmentContent(const QString& attachmentId) const; // verified SHA-256
    qint64 maxAttachmentBytes() const;                                        // setting, default 20 MB

    Result<QList<CannedReply>> cannedReplies() const;
    Result<QString> saveCannedReply(const CannedReply& reply);   // lead/manager/admin
    Status removeCannedReply(const QString& id);
    // Fills {customer_name} {order_no} {ticket_no} {agent_name} from the ticket.
    Result<QString> expandCannedReply(const QString& cannedId, const QString& ticketId) const;

    domain::SlaPolicy slaPolicy() const;
    // ManageSettings. Stores the policy and, in the same transaction, recomputes the SLA
    // columns of every ticket whose clocks may run (TicketStore::recomputeAllSla), with one
    // audit entry naming how many changed. Takes seconds at a million tickets: call it off
    // the GUI thread.
    Status setSlaPolicy(const domain::SlaPolicy& policy);

    // Active users the actor may assign to (for the assign combo).
    Result<QList<QPair<QString, QString>>> assignableOwners() const;

private:
    // The shared prologue of every write to an existing ticket (see ticketedit.h).
    Result<TicketEdit> beginTicketEdit(const QString& id, const TicketEditOptions& options) const;

    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
