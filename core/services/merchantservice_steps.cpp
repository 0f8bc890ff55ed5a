// MerchantService: the workflow steps (MerchantWorkflow), documents of an open review and
// the generation of periodic re-reviews.

#include "services/merchantservice.h"

#include "domain/businesscalendar.h"
#include "services/merchantstep_p.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QUuid>

namespace sw::services {

using namespace merchants;
using domain::MerchantAppAction;
using domain::MerchantAppStatus;
using domain::MerchantWorkflow;

namespace {

struct Step
{
    QSqlDatabase db;
    WriteTransaction tx;
    QDateTime now;
    MerchantReview review; // as loaded
    domain::BusinessCalendar calendar;
};

Result<Step> beginStep(storage::Database& database, const Actor& actor, const Clock* clock, const QString& id)
{
    SW_TRY(requireAuditor(actor));
    QSqlDatabase db = database.connection();
    auto cal = calendar(db);
    if (!cal)
        return cal.error();
    auto tx = WriteTransaction::begin(db, actor, clock);
    if (!tx)
        return tx.error();
    auto r = loadReview(db, id);
    if (!r)
        return r.error();
    return Step{db, std::move(*tx), TicketStore::now(clock), std::move(*r), std::move(*cal)};
}

// Applies `action` to the loaded review, saves it with its due time and a timeline event.
Status runStep(Step& step, const Actor& actor, MerchantAppAction action, domain::MerchantReviewStep facts,
               const QString& eventAction, const QString& reason, const QString& text,
               const std::function<void(MerchantReview&)>& change = {})
{
    facts.actorId = actor.userId;
    facts.actorRoles = actor.roles;
    facts.firstReviewerId = step.review.firstReviewerId;
    facts.text = text.trimmed();
    if (facts.text.size() > MerchantService::kMaxTextChars)
        return invalid(MerchantService::tr("The text is %1 characters long; at most %2 characters are allowed.")
                           .arg(facts.text.size())
                           .arg(MerchantService::kMaxTextChars));
    auto to = MerchantWorkflow::apply(step.review.status, action, facts);
    if (!to)
        return to.error();
    MerchantReview after = step.review;
    after.status = *to;
    if (change)
        change(after);
    if (MerchantWorkflow::isFinal(after.status))
        after.decidedAt = step.now;
    after.dueAt = dueAt(step.calendar, after);
    SW_TRY(step.tx.update(MerchantService::kReviews, after.id, toFields(after),
                          QStringLiteral("merchant.review.") + eventAction));
    SW_TRY(storeDue(step.db, after.id, after.dueAt));
    SW_TRY(addEvent(step.tx, after, eventAction, reason, facts.text, step.now));
    return step.tx.commit();
}

// Closes the open pause (information received).
void endPause(MerchantReview& r, const QDateTime& now)
{
    if (!r.pauses.isEmpty() && !r.pauses.last().to.isValid())
        r.pauses.last().to = now;
}

} // namespace

Status MerchantService::take(const QString& id)
{
    auto step = beginStep(m_db, m_actor, m_clock, id);
    if (!step)
        return step.error();
    const QString me = m_actor.userId;
    return runStep(*step, m_actor, MerchantAppAction::Take, {}, QStringLiteral("taken"), {}, {},
                   [me](MerchantReview& r) { r.firstReviewerId = me; });
}

Status MerchantService::requestInfo(const QString& id, domain::InfoRequestReason reason, const QString& text)
{
    auto step = beginStep(m_db, m_actor, m_clock, id);
    if (!step)
        return step.error();
    domain::MerchantReviewStep facts;
    facts.infoReason = reason;
    const QDateTime now = step->now;
    return runStep(*step, m_actor, MerchantAppAction::RequestInfo, facts, QStringLiteral("info_requested"),
                   domain::code(reason), text,
                   [now](MerchantReview& r) { r.pauses.append(domain::ReviewPause{now, {}}); });
}

Status MerchantService::infoReceived(const QString& id, const QString& note)
{
    auto step = beginStep(m_db, m_actor, m_clock, id);
    if (!step)
        return step.error();
    const QDateTime now = step->now;
    return runStep(*step, m_actor, MerchantAppAction::InfoReceived, {}, QStringLiteral("info_received"), {}, note,
                   [now](MerchantReview& r) { endPause(r, now); });
}

Status MerchantService::firstApprove(const QString& id, const QString& note)
{
    auto step = beginStep(m_db, m_actor, m_clock, id);
    if (!step)
        return step.error();
    return runStep(*step, m_actor, MerchantAppAction::FirstApprove, {}, QStringLiteral("first_approved"), {}, note);
}

Status MerchantService::secondApprove(const QString& id, const QString& note)
{
    auto step = beginStep(m_db, m_actor, m_clock, id);
    if (!step)
        return step.error();
    const QString me = m_actor.userId;
    return runStep(*step, m_actor, MerchantAppAction::SecondApprove, {}, QStringLiteral("approved"), {}, note,
                   [me](MerchantReview& r) { r.secondReviewerId = me; });
}

Status MerchantService::reject(const QString& id, domain::MerchantRejectReason reason, const QString& text)
{
    auto step = beginStep(m_db, m_actor, m_clock, id);
    if (!step)
        return step.error();
    domain::MerchantReviewStep facts;
    facts.rejectReason = reason;
    const QString me = m_actor.userId;
    const QString trimmed = text.trimmed();
    return runStep(*step, m_actor, MerchantAppAction::Reject, facts, QStringLiteral("rejected"),
                   domain::code(reason), text, [me, reason, trimmed](MerchantReview& r) {
                       if (r.status == MerchantAppStatus::Rejected && r.firstReviewerId != me)
                           r.secondReviewerId = me;
                       r.rejectReason = reason;
                       r.rejectText = trimmed;
                   });
}

Result<MerchantDocumentRow> MerchantService::addDocument(const QString& reviewId, const MerchantDocumentDraft& draft)
{
    SW_TRY(requireAuditor(m_actor));
    auto checked = checkDocument(draft, draft.fileName); // hashing before the write lock
    if (!checked)
        return checked.error();
    auto step = beginStep(m_db, m_actor, m_clock, reviewId);
    if (!step)
        return step.error();
    MerchantReview& r = step->review;
    const bool mine = r.firstReviewerId == m_actor.userId;
    if (MerchantWorkflow::isFinal(r.status) || r.status == MerchantAppStatus::SecondReview)
        return makeError(ErrorCode::IllegalTransition,
                         tr("Documents of %1 can no longer change: it is “%2”.")
                             .arg(r.number, domain::displayName(r.status)));
    if (r.status != MerchantAppStatus::Submitted && !mine)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only the auditor reviewing %1 can change its documents.").arg(r.number));
    // A new document of a kind replaces the live one of that kind.
    QSqlQuery q(step->db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT id FROM merchant_documents WHERE review_id = ? AND kind = ? AND deleted = 0"),
                     {reviewId, domain::code(draft.kind)}));
    QStringList replaced;
    while (q.next())
        replaced << q.value(0).toString();
    for (const QString& old : replaced)
        SW_TRY(step->tx.remove(kDocuments, old, QStringLiteral("merchant.document.replace")));
    auto added = insertDocument(step->tx, step->db, m_actor, reviewId, *checked, step->now);
    if (!added)
        return added.error();
    auto earliest = earliestExpiry(step->db, reviewId);
    if (!earliest)
        return earliest.error();
    MerchantReview after = r;
    after.docsExpireOn = *earliest;
    SW_TRY(step->tx.update(kReviews, reviewId, toFields(after), QStringLiteral("merchant.document.add")));
    SW_TRY(addEvent(step->tx, after, QStringLiteral("document_added"), domain::code(draft.kind),
                    tr("%1 %2 (%3)").arg(domain::displayName(draft.kind), added->number, added->fileName),
                    step->now));
    SW_TRY(step->tx.commit());
    return added;
}

Status MerchantService::setVerified(const QString& documentId, bool verified)
{
    SW_TRY(requireAuditor(m_actor));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT review_id, kind FROM merchant_documents WHERE id = ? AND deleted = 0"),
                     {documentId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The document does not exist (any more)."));
    const QString reviewId = q.value(0).toString();
    const auto kind = domain::fromCode<domain::DocumentKind>(q.value(1).toString(), nullptr);
    q.finish();
    auto step = beginStep(m_db, m_actor, m_clock, reviewId);
    if (!step)
        return step.error();
    const MerchantReview& r = step->review;
    if (r.status != MerchantAppStatus::InReview || r.firstReviewerId != m_actor.userId)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Documents are verified by the auditor reviewing the application, while it is in "
                            "review."));
    SW_TRY(step->tx.update(kDocuments, documentId,
                           {{QStringLiteral("verified"), verified ? 1 : 0},
                            {QStringLiteral("verified_by"),
                             verified ? QVariant(m_actor.userId) : QVariant(QMetaType(QMetaType::QString))}},
                           QStringLiteral("merchant.document.verify")));
    SW_TRY(addEvent(step->tx, r, verified ? QStringLiteral("document_verified") : QStringLiteral("document_unverified"),
                    domain::code(kind), domain::displayName(kind), step->now));
    return step->tx.commit();
}

Result<int> MerchantService::generateRereviews(QDate today)
{
    SW_TRY(requireAuditor(m_actor));
    QSqlDatabase db = m_db.connection();
    // Each merchant's latest approval, when it has no open review: the candidates.
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT a.id, a.decided_at, a.docs_expire_on FROM merchant_reviews a "
                                    "WHERE a.deleted = 0 AND a.status = 'approved' "
                                    "AND a.decided_at = (SELECT MAX(b.decided_at) FROM merchant_reviews b "
                                    "  WHERE b.merchant_id = a.merchant_id AND b.deleted = 0 AND b.status = 'approved') "
                                    "AND NOT EXISTS (SELECT 1 FROM merchant_reviews o WHERE o.merchant_id = a.merchant_id "
                                    "  AND o.deleted = 0 AND o.status NOT IN ('approved', 'rejected'))")));
    struct Due
    {
        QString approvedId;
        domain::RereviewCause cause;
    };
    QList<Due> due;
    while (q.next()) {
        domain::RereviewFacts facts;
        facts.lastApproved = domain::BusinessCalendar::chinaDate(TicketStore::fromEpoch(q.value(1)));
        facts.documentsValidUntil << QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (!domain::Rereview::generateOn(facts, today))
            continue;
        due << Due{q.value(0).toString(), domain::Rereview::nextDue(facts)->cause};
    }
    q.finish();
    auto cal = calendar(db);
    if (!cal)
        return cal.error();
    int made = 0;
    for (const Due& d : due) {
        auto tx = WriteTransaction::begin(db, m_actor, m_clock);
        if (!tx)
            return tx.error();
        auto source = loadReview(db, d.approvedId);
        if (!source)
            return source.error();
        const QDateTime now = TicketStore::now(m_clock);
        MerchantReview r = *source;
        // The same id on every workstation for the re-review after this approval.
        r.id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c1f3e-8d3a-4c55-9a51-7a1d2b9f0c11}")),
                                   QStringLiteral("rereview:") + source->id)
                   .toString(QUuid::WithoutBraces);
        QSqlQuery exists(db);
        SW_TRY(execQuery(exists, QStringLiteral("SELECT 1 FROM merchant_reviews WHERE id = ?"), {r.id}));
        if (exists.next())
            continue;
        auto number = allocateNumber(db, now);
        if (!number)
            return number.error();
        r.number = *number;
        r.kind = domain::ReviewKind::Rereview;
        r.rereviewCause = d.cause;
        r.status = MerchantAppStatus::Submitted;
        r.submittedAt = now;
        r.firstReviewerId.clear();
        r.secondReviewerId.clear();
        r.pauses.clear();
        r.decidedAt = {};
        r.rejectReason.reset();
        r.rejectText.clear();
        r.createdBy = m_actor.userId;
        r.dueAt = dueAt(*cal, r);
        QVariantMap fields = toFields(r);
        fields.insert(QStringLiteral("id"), r.id);
        auto inserted = tx->insert(kReviews, fields, QStringLiteral("merchant.review.rereview"));
        if (!inserted)
            return inserted.error();
        SW_TRY(storeDue(db, r.id, r.dueAt));
        // The documents on file, copied with their scans (the same blobs).
        QSqlQuery docs(db);
        SW_TRY(execQuery(docs,
                         QStringLiteral("SELECT kind, number, valid_until, file_name, content FROM merchant_documents "
                                        "WHERE review_id = ? AND deleted = 0 AND content IS NOT NULL"),
                         {source->id}));
        QList<MerchantDocumentDraft> copies;
        while (docs.next())
            copies << MerchantDocumentDraft{domain::fromCode<domain::DocumentKind>(docs.value(0).toString(), nullptr),
                                            docs.value(1).toString(),
                                            QDate::fromString(docs.value(2).toString(), Qt::ISODate),
                                            docs.value(3).toString(), docs.value(4).toByteArray()};
        docs.finish();
        for (const MerchantDocumentDraft& copy : copies) {
            auto checked = checkDocument(copy, copy.fileName);
            if (!checked)
                continue; // a scan that no longer passes is left for the auditor to ask for
            auto added = insertDocument(*tx, db, m_actor, r.id, *checked, now);
            if (!added)
                return added.error();
        }
        const QString why = d.cause == domain::RereviewCause::Anniversary
                                ? tr("12 months since the approval in %1.").arg(source->number)
                                : tr("A document expires on %1.").arg(source->docsExpireOn.toString(Qt::ISODate));
        SW_TRY(addEvent(*tx, r, QStringLiteral("rereview_created"), {}, why, now));
        SW_TRY(tx->commit());
        ++made;
    }
    return made;
}

} // namespace sw::services
