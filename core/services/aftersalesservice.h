#pragma once

// After-sales requests (退款 / 换货 / 维修; DOMAIN.md "After-sales requests", issue 5):
// the storage and service layer under the domain rules of core/domain (Money,
// AfterSalesEligibility, ApprovalLadder, AfterSalesWorkflow). No UI here.
//
// Every write is one WriteTransaction (rows + outbox + audit). When the request is linked
// to a ticket, each step also adds a Note event to that ticket's timeline (data:
// {"aftersalesId", "aftersalesNumber", "step", "status"}) in the same transaction.
//
// Permissions:
//   create, submitForApproval, markExecuted, close: agents, leads and managers;
//   approve / reject / returnForInfo: whoever qualifies for the request's level on the
//     approval ladder, never the requester (ApprovalLadder::canApprove for approvals);
//   override of a failed eligibility check: a manager, not the requester, with a reason;
//   reading: agents, leads, managers, admins and auditors.
//
// Status flow (AfterSalesWorkflow): create → Submitted; submitForApproval → Checking and,
// when every check passed or a manager overrode, straight on to AwaitingApproval;
// approvals until the ladder is satisfied → Approved; markExecuted → Executed; close →
// Closed (also Rejected → Closed, and withdrawal with a note).
//
// The ladder and the eligibility windows are the administrator's after-sales policy
// (AfterSalesPolicies, shared settings; the domain defaults until an admin saves one),
// read at each step: a changed limit applies to every request not yet decided.

#include "domain/aftersaleseligibility.h"
#include "domain/aftersalesenums.h"
#include "domain/approvalladder.h"
#include "domain/money.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

class WriteTransaction;

// One evidence file picked for a request (photo, video, inspection report).
struct AfterSalesFile
{
    QString fileName;
    QByteArray content;
};

// What a user enters; amounts are text as typed ("¥1,234.50"), read by Money::parse.
struct AfterSalesDraft
{
    domain::AfterSalesKind kind = domain::AfterSalesKind::Refund;
    domain::AfterSalesReason reason = domain::AfterSalesReason::QualityProblem;
    QString reasonText;
    QString ticketId; // optional
    QString orderNo;
    QDate deliveredOn;
    QDate requestedOn; // invalid → today (Beijing date)
    QString itemName;
    domain::ItemFlags itemFlags;
    int warrantyDays = domain::AfterSalesFacts::kDefaultWarranty;
    // Evidence files stored with the request. When there are files, the stored evidence
    // count is their number; evidenceCount is only read for a draft without files (a
    // count typed before evidence files existed).
    QList<AfterSalesFile> evidence;
    int evidenceCount = 0;
    QString amount;
    QString orderTotal;
    QString refundedBefore; // empty → ¥0.00
    QString compensation;   // platform-at-fault compensation line; empty → ¥0.00
};

struct AfterSalesRequest
{
    QString id;
    QString number; // AS-YYYYMMDD-NNNNNN
    domain::AfterSalesKind kind = domain::AfterSalesKind::Refund;
    domain::AfterSalesStatus status = domain::AfterSalesStatus::Submitted;
    QString ticketId;
    QString orderNo;
    QDate deliveredOn;
    QDate requestedOn;
    QString itemName;
    domain::ItemFlags itemFlags;
    int warrantyDays = domain::AfterSalesFacts::kDefaultWarranty;
    int evidenceCount = 0;
    domain::Money amount;
    domain::Money orderTotal;
    domain::Money refundedBefore;
    domain::AfterSalesReason reason = domain::AfterSalesReason::QualityProblem;
    QString reasonText;
    QString requesterId;
    domain::ApprovalLevel requiredLevel = domain::ApprovalLevel::Agent;
    QString overrideBy;
    QString overrideReason;
    std::optional<domain::RejectionReason> rejectionReason;
    QString rejectionText;
    QString infoNote;
    domain::Money compensation;
    QDateTime executedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One row of aftersales_evidence, without its bytes (evidenceContent()).
struct AfterSalesEvidence
{
    QString id;
    QString requestId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
    QString addedById;
    QString addedByName;
};

struct AfterSalesDecision
{
    QString id;
    QString approverId;
    QList<domain::Role> approverRoles; // at the time of the decision
    QDateTime decidedAt;
    QString decision; // "approved", "rejected", "returned"
    QString note;
};

class AfterSalesService
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::AfterSalesService)

public:
    static const QString kRequests;  // "aftersales_requests"
    static const QString kApprovals; // "aftersales_approvals"
    static const QString kEvidence;  // "aftersales_evidence"
    static constexpr int kMaxTextChars = 2000;
    static constexpr int kMaxItemChars = 200;

    AfterSalesService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // Declares aftersales_requests, aftersales_approvals and aftersales_evidence (without
    // its content BLOB, which travels as a blob like ticket attachments) as synced tables (idempotent;
    // called by the constructor and by declareAllSyncedTables()).
    static void declareTables();

    // Validates everything first (text, amounts, eligibility facts); refuses bad input with
    // a translated message and saves nothing. Returns the id.
    Result<QString> create(const AfterSalesDraft& draft);
    Result<AfterSalesRequest> get(const QString& id) const;
    Result<QList<AfterSalesDecision>> decisions(const QString& id) const; // oldest first
    // The checklist for the stored facts, evaluated today (Beijing date). The already
    // refunded amount is the typed one plus executed refunds of the same order.
    Result<domain::EligibilityResult> eligibility(const QString& id) const;

    // Submitted / ReturnedForInfo → Checking, then AwaitingApproval when eligible or
    // overridden. Returns the status the request ends in.
    Result<domain::AfterSalesStatus> submitForApproval(const QString& id);
    // A manager records an override of the failed checks, with a reason; a request in
    // Checking moves on to AwaitingApproval.
    Status overrideEligibility(const QString& id, const QString& reason);
    // Adds the actor's approval; the request becomes Approved once the ladder is satisfied.
    Status approve(const QString& id);
    Status reject(const QString& id, domain::RejectionReason reason, const QString& text);
    Status returnForInfo(const QString& id, const QString& note);
    Status markExecuted(const QString& id);
    // Executed / Rejected → Closed; earlier statuses are a withdrawal and need a note.
    Status close(const QString& id, const QString& note = {});

    // Evidence files (aftersales_evidence; the bytes in the encrypted database with their
    // SHA-256, the same checks and size limit as ticket attachments). Adding and removing
    // are for handlers while the request is Submitted or ReturnedForInfo; each keeps the
    // request's evidence_count equal to the number of live files in the same transaction.
    Result<AfterSalesEvidence> addEvidence(const QString& requestId, const QString& fileName,
                                           const QByteArray& content);
    Result<QList<AfterSalesEvidence>> evidence(const QString& requestId) const; // oldest first
    Result<QByteArray> evidenceContent(const QString& evidenceId) const;        // verified SHA-256
    Status removeEvidence(const QString& evidenceId);

private:
    struct Step; // one loaded request inside an open transaction
    Result<Step> beginStep(const QString& id) const;
    Status finishStep(Step& step, const AfterSalesRequest& after, const QString& action,
                      const QString& timelineText);
    Result<domain::EligibilityResult> evaluate(QSqlDatabase db, const AfterSalesRequest& r) const;
    Status requireApprover(const AfterSalesRequest& r) const;
    Status addDecision(WriteTransaction& tx, const QString& requestId, const QString& decision,
                       const QString& note, const QDateTime& now);
    static Result<QList<AfterSalesDecision>> loadDecisions(QSqlDatabase db, const QString& requestId);

    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
