#pragma once

// Dispute mediation 纠纷调解 between a buyer and a merchant, mediated by the platform
// (DOMAIN.md "After-sales requests"; issue 5): the storage and service layer under
// domain::DisputeRules and domain::DisputePolicy. No UI here.
//
// Tables (resources/migrations/0007_disputes.sql, all synced): disputes,
// dispute_statements (one row per statement of a party, with its evidence count) and
// dispute_outcomes (the outcome on the merchant's record for the credit file: one row per
// decided dispute, id = the dispute's id, keyed by merchant_id; see the migration).
//
// Every write is one WriteTransaction (rows + outbox + audit). When the dispute has a
// ticket (given, or the after-sales request's ticket), each step also adds a Note event
// to that ticket's timeline (data: {"disputeId", "disputeNumber", "step", "status"}).
//
// Permissions (DOMAIN.md: "buyer vs merchant, mediated by the platform"; the platform's
// mediators are its leads and managers, who already decide after-sales requests):
//   open, add a buyer or merchant statement, record an appeal, close:
//       agents, leads and managers (they take the parties' calls and messages);
//   add a platform statement (the mediator's findings), decide: leads and managers;
//   decide an appeal: a manager other than the one who made the first decision;
//   read: agents, leads, managers, admins and auditors (admins and auditors read only).
//
// Times: the evidence deadline is fixed when the dispute opens — DisputePolicy's period
// (default 48 h) on the SLA clock in force (calendar hours, or working time of the
// business-day calendar when the SLA policy counts business days), the same deadline for
// buyer and merchant. The appeal period (default 7 days) runs from the decision. Both
// periods come from the admin's after-sales policy (AfterSalesPolicies).

#include "domain/aftersalesenums.h"
#include "domain/disputerules.h"
#include "domain/money.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

// What the user enters when opening a dispute: from an after-sales request or a ticket.
struct DisputeDraft
{
    QString aftersalesId; // one of the two; with both, the ticket must be the request's
    QString ticketId;
    QString merchantName; // empty → the ticket's merchant
    QString buyerName;    // empty → the ticket's customer
    QString subject;      // 1 … kMaxSubjectChars
    QString claimAmount;  // as typed ("¥300.00"); empty → the request's amount
};

struct DisputeDecisionDraft
{
    domain::DisputeOutcome outcome = domain::DisputeOutcome::Rejected;
    QString partialAmount; // as typed; only for a partial refund
    QString reasoning;
};

struct Dispute
{
    QString id;
    QString number; // DP-YYYYMMDD-NNNNNN
    domain::DisputeStatus status = domain::DisputeStatus::Open;
    QString aftersalesId;
    QString aftersalesNumber;
    QString ticketId;
    QString ticketNumber;
    QString merchantId;
    QString merchantName;
    QString buyerName;
    QString subject;
    domain::Money claim;
    QString openedBy;
    QDateTime openedAt;
    QDateTime evidenceDeadline; // for buyer and merchant
    bool buyerSubmitted = false;
    bool merchantSubmitted = false;
    std::optional<domain::DisputeOutcome> outcome; // the decision in force
    domain::Money refund;                          // what the buyer gets back
    QString reasoning;
    QString decidedBy;
    QString decidedByName;
    QDateTime decidedAt;
    QString firstDecidedBy;
    QDateTime appealDeadline; // while the decision may be appealed (policy in force); else invalid
    std::optional<domain::DisputeParty> appealParty;
    QString appealReason;
    QDateTime appealedAt;
    QDateTime closedAt;
    QString closeNote;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool appealUsed() const { return appealedAt.isValid(); }
};

struct DisputeStatement
{
    QString id;
    domain::DisputeParty party = domain::DisputeParty::Buyer;
    QString body;
    int attachmentCount = 0;
    QString recordedBy;
    QString recordedByName;
    QDateTime recordedAt;
};

// What the actor may do with a dispute right now (the pane offers only these; the service
// checks again on every call).
struct DisputeActions
{
    bool buyerStatement = false;
    bool merchantStatement = false;
    bool platformStatement = false;
    bool decide = false; // first decision, or the decision on the appeal
    bool appeal = false;
    bool close = false; // Decided → Closed, or Open → Closed as settled / withdrawn
};

class DisputeService
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::DisputeService)

public:
    static const QString kDisputes;   // "disputes"
    static const QString kStatements; // "dispute_statements"
    static const QString kOutcomes;   // "dispute_outcomes"
    static constexpr int kMaxSubjectChars = 200;
    static constexpr int kMaxNameChars = 64;
    static constexpr int kMaxTextChars = 2000;
    static constexpr int kMaxAttachments = 50;

    DisputeService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // Declares the three tables as synced (idempotent; called by the constructor and by
    // declareAllSyncedTables()).
    static void declareTables();

    // Whether the actor's roles let them open disputes (agents, leads and managers).
    static bool canOpen(const Actor& actor);
    // Validates everything first; refuses bad input with a translated message and saves
    // nothing. Conflict when the request or ticket already has an unfinished dispute.
    Result<QString> open(const DisputeDraft& draft);
    // The number of the unfinished dispute open() would refuse a second one for: about the
    // after-sales request when `aftersalesId` is given, else about the ticket itself (not
    // one of its requests). Empty when there is none.
    Result<QString> unfinishedFor(const QString& aftersalesId, const QString& ticketId) const;
    // A draft for the ticket (CS-…) or after-sales request (AS-…) with this number: its id,
    // the buyer and merchant of the ticket, the subject and, for a request, its amount.
    // NotFound (translated) for an unknown number.
    Result<DisputeDraft> draftFor(const QString& number) const;
    Result<Dispute> get(const QString& id) const;
    Result<QList<Dispute>> list() const;                                 // newest first
    Result<QList<DisputeStatement>> statements(const QString& id) const; // oldest first
    DisputeActions actions(const Dispute& dispute) const;
    // Overdue: open past the evidence deadline (a decision is due), or decided past the
    // appeal period (closing is due).
    static bool isOverdue(const Dispute& dispute, const QDateTime& now);
    // The overdue disputes this actor can act on now (decide or close); 0 for everyone but
    // the mediators (leads and managers). For the navigation badge.
    Result<int> overdueCount() const;

    // A statement of `party` with its evidence: not blank, ≤ kMaxTextChars, 0 … kMaxAttachments
    // attachments; buyer and merchant only until the evidence deadline.
    Result<QString> addStatement(const QString& id, domain::DisputeParty party, const QString& text,
                                 int attachmentCount);
    // The mediator's decision (Open → Decided), or the decision on an appeal (Appealed →
    // Decided, final). Records the outcome on the merchant.
    Status decide(const QString& id, const DisputeDecisionDraft& decision);
    // The buyer's or the merchant's appeal, within the appeal period, once.
    Status appeal(const QString& id, domain::DisputeParty party, const QString& reason);
    // Decided → Closed (after the appeal period or the appeal decision; the outcome becomes
    // final), or Open → Closed when the buyer withdrew or the parties settled: needs a note.
    Status close(const QString& id, const QString& note = {});

    // The merchant's dispute outcomes (newest first), for the credit file.
    struct MerchantOutcome
    {
        QString disputeId;
        domain::DisputeOutcome outcome = domain::DisputeOutcome::Rejected;
        domain::Money refund;
        bool upheld = false;
        bool isFinal = false;
        QDateTime decidedAt;
    };
    Result<QList<MerchantOutcome>> outcomesForMerchant(const QString& merchantId) const;

private:
    struct Step;
    Result<Step> beginStep(const QString& id) const;
    Status finishStep(Step& step, const Dispute& after, const QString& action, const QString& timelineText);
    domain::DisputeTransitionContext context(const Dispute& d, const QDateTime& now) const;

    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
