#pragma once

// Merchant onboarding review 商家入驻审核 (DOMAIN.md "Merchant onboarding review", issue
// 6): applications and periodic re-reviews with their documents and scans, worked through
// MerchantWorkflow by merchant auditors. No UI here; the queue's read side is
// MerchantQuery, the credit file CreditFileService.
//
// Storage (0010_merchant_review.sql): merchant_reviews (one row per application or
// re-review, the merchant data as submitted, identity values normalised),
// merchant_documents (number, valid-until, verified tick and the scan's bytes inside the
// encrypted database), merchant_review_events (the timeline). The merchant itself is the
// `merchants` row of its name (shared with tickets and disputes), so its credit file also
// holds the dispute outcomes of the after-sales area.
//
// Every write is one WriteTransaction (rows + outbox + audit) and adds a timeline event
// with who, when, why and the status after it.
//
// Permissions: auditors (审核专员) record applications and work them; managers and admins
// read. The four-eyes rule and the other step rules are MerchantWorkflow's.
//
// Due time: MerchantReviewDue on the business-day calendar (CalendarService) — 3 business
// days from submission plus the working time spent waiting for information; no due time
// while information is requested or after the decision. due_at is derived local data, not
// a synced field: stored at each step, recomputed for pulled reviews and for every open
// review when the calendar changes (refreshDueTimes).
//
// Re-reviews: generateRereviews() creates, for each approved merchant that Rereview says
// needs one today, a re-review with the merchant data and documents of its last approved
// review. Its id is derived from the merchant and the approval it follows, so two
// workstations that generate the same re-review offline make the same row.

#include "domain/creditcode.h"
#include "domain/merchantcatalogue.h"
#include "domain/merchantdocuments.h"
#include "domain/merchantidentity.h"
#include "domain/merchantreviewdue.h"
#include "domain/merchantworkflow.h"
#include "domain/rereview.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

// One document as entered: its scan's file name and bytes (PNG, JPEG or PDF).
struct MerchantDocumentDraft
{
    domain::DocumentKind kind = domain::DocumentKind::BusinessLicence;
    QString number;
    QDate validUntil; // invalid = long-term 长期
    QString fileName;
    QByteArray content;
};

// What an auditor enters for a received application.
struct MerchantApplicationDraft
{
    QString legalName;
    QString creditCode; // as typed; normalised and checked (GB 32100)
    QString legalRep;
    QString legalRepId; // resident ID (GB 11643) as typed
    QString contactName;
    QString contactPhone;
    QString bankAccount;
    QStringList categories; // domain::merchantCategories() codes
    QString brand;
    QList<MerchantDocumentDraft> documents;
};

struct MerchantReview
{
    QString id;
    QString number; // MR-YYYYMMDD-NNNNNN
    QString merchantId;
    domain::ReviewKind kind = domain::ReviewKind::Application;
    std::optional<domain::RereviewCause> rereviewCause;
    QString legalName;
    QString creditCode;
    QString legalRep;
    QString legalRepId;
    QString contactName;
    QString contactPhone;
    QString bankAccount;
    QStringList categories;
    QString brand;
    domain::MerchantAppStatus status = domain::MerchantAppStatus::Submitted;
    QDateTime submittedAt;
    QString firstReviewerId;
    QString secondReviewerId;
    QList<domain::ReviewPause> pauses;
    QDateTime dueAt; // invalid while paused or decided
    QDateTime decidedAt;
    std::optional<domain::MerchantRejectReason> rejectReason;
    QString rejectText;
    QDate docsExpireOn;
    QString createdBy;
};

// One row of merchant_documents, without its bytes (scanContent()).
struct MerchantDocumentRow
{
    QString id;
    QString reviewId;
    domain::DocumentKind kind = domain::DocumentKind::BusinessLicence;
    QString number;
    QDate validUntil;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    bool hasContent = false; // false until a synced row's bytes arrive
    bool verified = false;
    QString verifiedBy;
    QDateTime addedAt;
};

struct MerchantReviewEvent
{
    QString id;
    QDateTime at;
    QString actorId;
    QString actorName;
    QString action; // "submitted", "taken", "info_requested", …
    QString reason; // reason code, when the step has one
    QString text;
    domain::MerchantAppStatus status = domain::MerchantAppStatus::Submitted;
};

// Another merchant sharing an identity value with a review.
struct MerchantDuplicate
{
    domain::IdentityField field = domain::IdentityField::CreditCode;
    QString value;
    QString merchantId;
    QString reviewId; // that merchant's latest review
    QString number;
    QString legalName;
};

class MerchantService
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::MerchantService)

public:
    static const QString kReviews;   // "merchant_reviews"
    static const QString kDocuments; // "merchant_documents"
    static const QString kEvents;    // "merchant_review_events"
    static constexpr int kMaxTextChars = 2000;
    static constexpr int kMaxNameChars = 200;

    MerchantService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // Declares merchant_reviews, merchant_documents (without the scan BLOB, which travels
    // as a blob) and merchant_review_events as synced tables (idempotent).
    static void declareTables();

    // Records a received application (status Submitted, due in 3 business days).
    // Validates everything first — names, credit code, ID number, categories, the
    // required documents for the categories (present, numbered, with a scan, not
    // expired), each scan's type and size — and saves nothing on any error.
    Result<QString> submit(const MerchantApplicationDraft& draft);

    Result<MerchantReview> get(const QString& id) const;
    Result<QList<MerchantDocumentRow>> documents(const QString& reviewId) const; // kind order
    Result<QByteArray> scanContent(const QString& documentId) const;             // verified SHA-256
    Result<QList<MerchantReviewEvent>> events(const QString& reviewId) const;     // oldest first
    Result<QList<MerchantDuplicate>> duplicates(const QString& reviewId) const;
    // The checklist of the review's documents against the required set, today.
    Result<QList<domain::DocumentCheck>> checklist(const QString& reviewId) const;
    // The actions the actor may take on the review now (for the buttons).
    Result<QList<domain::MerchantAppAction>> allowedActions(const QString& reviewId) const;

    // The workflow steps (MerchantWorkflow): refused with its translated message and
    // nothing changed when the step is not allowed.
    Status take(const QString& id);
    Status requestInfo(const QString& id, domain::InfoRequestReason reason, const QString& text);
    Status infoReceived(const QString& id, const QString& note);
    Status firstApprove(const QString& id, const QString& note);
    Status secondApprove(const QString& id, const QString& note);
    Status reject(const QString& id, domain::MerchantRejectReason reason, const QString& text);

    // Documents while the review is open (not decided): added (or replaced — the older
    // live document of the same kind is removed) by the first reviewer, or by any auditor
    // before the review is taken; the verified tick by the first reviewer while it is in
    // review. Both on the timeline.
    Result<MerchantDocumentRow> addDocument(const QString& reviewId, const MerchantDocumentDraft& draft);
    Status setVerified(const QString& documentId, bool verified);

    // Creates the re-reviews due on `today` (Beijing date); returns how many.
    Result<int> generateRereviews(QDate today);

    // Recomputes the local due_at of these reviews (all open ones for an empty list) with
    // the calendar in force, on `db` (inside the caller's transaction); returns how many
    // changed. Sync calls it for pulled reviews and after calendar changes
    // (registerMerchantSyncHooks), CalendarService after a local calendar change.
    static Result<int> refreshDueTimes(QSqlDatabase db, const QStringList& ids = {});

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
