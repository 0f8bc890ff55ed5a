// MerchantService: the row mapping of merchant_reviews and merchant_documents, and the
// checks every operation shares (declared in merchantstep_p.h).

#include "services/merchantstep_p.h"

#include "clock.h"
#include "domain/businesscalendar.h"
#include "domain/merchantreviewdue.h"
#include "services/attachmentfile.h"
#include "services/calendarservice.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "services/uuid.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sw::services::merchants {

using domain::MerchantAppStatus;
using domain::Role;

namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString pausesJson(const QList<domain::ReviewPause>& pauses)
{
    QJsonArray out;
    for (const domain::ReviewPause& p : pauses)
        out.append(QJsonArray{p.from.toSecsSinceEpoch(),
                              p.to.isValid() ? QJsonValue(p.to.toSecsSinceEpoch()) : QJsonValue()});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<domain::ReviewPause> pausesFrom(const QString& json)
{
    QList<domain::ReviewPause> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        domain::ReviewPause p;
        p.from = QDateTime::fromSecsSinceEpoch(pair.at(0).toInteger(), Qt::UTC);
        if (pair.at(1).isDouble())
            p.to = QDateTime::fromSecsSinceEpoch(pair.at(1).toInteger(), Qt::UTC);
        if (p.from.isValid())
            out << p;
    }
    return out;
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList reviewFields()
{
    return {QStringLiteral("number"),        QStringLiteral("merchant_id"),     QStringLiteral("kind"),
            QStringLiteral("rereview_cause"), QStringLiteral("legal_name"),     QStringLiteral("credit_code"),
            QStringLiteral("legal_rep"),     QStringLiteral("legal_rep_id"),    QStringLiteral("contact_name"),
            QStringLiteral("contact_phone"), QStringLiteral("bank_account"),    QStringLiteral("categories"),
            QStringLiteral("brand"),         QStringLiteral("status"),          QStringLiteral("submitted_at"),
            QStringLiteral("first_reviewer_id"), QStringLiteral("second_reviewer_id"), QStringLiteral("pauses"),
            QStringLiteral("decided_at"),    QStringLiteral("reject_reason"),
            QStringLiteral("reject_text"),   QStringLiteral("docs_expire_on"),  QStringLiteral("created_by")};
}

QVariantMap toFields(const MerchantReview& r)
{
    QString cause;
    if (r.rereviewCause)
        cause = *r.rereviewCause == domain::RereviewCause::Anniversary ? QStringLiteral("anniversary")
                                                                        : QStringLiteral("document_expiring");
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("merchant_id"), r.merchantId},
            {QStringLiteral("kind"), domain::code(r.kind)},
            {QStringLiteral("rereview_cause"), cause},
            {QStringLiteral("legal_name"), r.legalName},
            {QStringLiteral("credit_code"), r.creditCode},
            {QStringLiteral("legal_rep"), r.legalRep},
            {QStringLiteral("legal_rep_id"), r.legalRepId},
            {QStringLiteral("contact_name"), r.contactName},
            {QStringLiteral("contact_phone"), r.contactPhone},
            {QStringLiteral("bank_account"), r.bankAccount},
            {QStringLiteral("categories"), r.categories.join(QLatin1Char(','))},
            {QStringLiteral("brand"), r.brand},
            {QStringLiteral("status"), domain::code(r.status)},
            {QStringLiteral("submitted_at"), TicketStore::epoch(r.submittedAt)},
            {QStringLiteral("first_reviewer_id"), textOrNull(r.firstReviewerId)},
            {QStringLiteral("second_reviewer_id"), textOrNull(r.secondReviewerId)},
            {QStringLiteral("pauses"), pausesJson(r.pauses)},
            {QStringLiteral("decided_at"), TicketStore::epoch(r.decidedAt)},
            {QStringLiteral("reject_reason"), r.rejectReason ? domain::code(*r.rejectReason) : QString()},
            {QStringLiteral("reject_text"), r.rejectText},
            {QStringLiteral("docs_expire_on"), dateText(r.docsExpireOn)},
            {QStringLiteral("created_by"), textOrNull(r.createdBy)}};
}

Result<MerchantReview> loadReview(QSqlDatabase db, const QString& id)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, due_at, ") + reviewFields().join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM merchant_reviews WHERE id = ? AND deleted = 0"),
                     {id}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, MerchantService::tr("The merchant review does not exist (any more)."));
    MerchantReview r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.dueAt = TicketStore::fromEpoch(q.value(i++));
    r.number = q.value(i++).toString();
    r.merchantId = q.value(i++).toString();
    r.kind = domain::fromCode<domain::ReviewKind>(q.value(i++).toString(), nullptr);
    const QString cause = q.value(i++).toString();
    if (cause == QLatin1String("anniversary"))
        r.rereviewCause = domain::RereviewCause::Anniversary;
    else if (cause == QLatin1String("document_expiring"))
        r.rereviewCause = domain::RereviewCause::DocumentExpiring;
    r.legalName = q.value(i++).toString();
    r.creditCode = q.value(i++).toString();
    r.legalRep = q.value(i++).toString();
    r.legalRepId = q.value(i++).toString();
    r.contactName = q.value(i++).toString();
    r.contactPhone = q.value(i++).toString();
    r.bankAccount = q.value(i++).toString();
    r.categories = q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.brand = q.value(i++).toString();
    r.status = domain::fromCode<MerchantAppStatus>(q.value(i++).toString(), nullptr);
    r.submittedAt = TicketStore::fromEpoch(q.value(i++));
    r.firstReviewerId = q.value(i++).toString();
    r.secondReviewerId = q.value(i++).toString();
    r.pauses = pausesFrom(q.value(i++).toString());
    r.decidedAt = TicketStore::fromEpoch(q.value(i++));
    const QString reject = q.value(i++).toString();
    bool ok = false;
    const auto reason = domain::fromCode<domain::MerchantRejectReason>(reject, &ok);
    if (ok)
        r.rejectReason = reason;
    r.rejectText = q.value(i++).toString();
    r.docsExpireOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.createdBy = q.value(i++).toString();
    return r;
}

Result<QList<MerchantDocumentRow>> loadDocuments(QSqlDatabase db, const QString& reviewId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, kind, number, valid_until, file_name, mime_type, size, sha256, "
                                    "content IS NOT NULL, verified, verified_by, added_at FROM merchant_documents "
                                    "WHERE review_id = ? AND deleted = 0 ORDER BY added_at, n"),
                     {reviewId}));
    QList<MerchantDocumentRow> out;
    while (q.next()) {
        MerchantDocumentRow d;
        d.id = q.value(0).toString();
        d.reviewId = reviewId;
        d.kind = domain::fromCode<domain::DocumentKind>(q.value(1).toString(), nullptr);
        d.number = q.value(2).toString();
        d.validUntil = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.fileName = q.value(4).toString();
        d.mimeType = q.value(5).toString();
        d.size = q.value(6).toLongLong();
        d.sha256 = q.value(7).toString();
        d.hasContent = q.value(8).toBool();
        d.verified = q.value(9).toBool();
        d.verifiedBy = q.value(10).toString();
        d.addedAt = TicketStore::fromEpoch(q.value(11));
        out << d;
    }
    const QList<domain::DocumentKind> order = domain::allDocumentKinds();
    std::stable_sort(out.begin(), out.end(), [&](const MerchantDocumentRow& a, const MerchantDocumentRow& b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return out;
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Status requireAuditor(const Actor& a)
{
    if (a.has(Role::Auditor))
        return {};
    return makeError(ErrorCode::PermissionDenied, MerchantService::tr("Only merchant auditors review merchants."));
}

Status requireReader(const Actor& a)
{
    if (a.has(Role::Auditor) || a.has(Role::Manager) || a.has(Role::Admin))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     MerchantService::tr("Your roles do not allow you to see merchant reviews."));
}

Result<CheckedDocument> checkDocument(const MerchantDocumentDraft& draft, const QString& label)
{
    CheckedDocument c;
    c.draft = draft;
    c.draft.number = draft.number.trimmed();
    const QString kind = domain::displayName(draft.kind);
    if (c.draft.number.isEmpty() || c.draft.number.size() > 64)
        return invalid(MerchantService::tr("%1: enter the document number (at most 64 characters).").arg(kind));
    auto type = domain::MerchantDocuments::scanType(draft.fileName, draft.content);
    if (!type)
        return invalid(MerchantService::tr("%1 (%2): %3").arg(kind, label, type.message()));
    c.mimeType = *type;
    c.sha256 = sha256Hex(draft.content);
    return c;
}

Result<MerchantDocumentRow> insertDocument(WriteTransaction& tx, QSqlDatabase db, const Actor& actor,
                                           const QString& reviewId, const CheckedDocument& doc,
                                           const QDateTime& now)
{
    MerchantDocumentRow d;
    d.id = newUuid();
    d.reviewId = reviewId;
    d.kind = doc.draft.kind;
    d.number = doc.draft.number;
    d.validUntil = doc.draft.validUntil;
    d.fileName = QFileInfo(doc.draft.fileName.trimmed()).fileName().left(200);
    if (d.fileName.isEmpty())
        d.fileName = QStringLiteral("scan");
    d.mimeType = doc.mimeType;
    d.size = doc.draft.content.size();
    d.sha256 = doc.sha256;
    d.hasContent = true;
    d.addedAt = now;
    auto inserted = tx.insert(MerchantService::kDocuments,
                              {{QStringLiteral("id"), d.id},
                               {QStringLiteral("review_id"), reviewId},
                               {QStringLiteral("kind"), domain::code(d.kind)},
                               {QStringLiteral("number"), d.number},
                               {QStringLiteral("valid_until"), dateText(d.validUntil)},
                               {QStringLiteral("file_name"), d.fileName},
                               {QStringLiteral("mime_type"), d.mimeType},
                               {QStringLiteral("size"), d.size},
                               {QStringLiteral("sha256"), d.sha256},
                               {QStringLiteral("verified"), 0},
                               {QStringLiteral("verified_by"), QVariant(QMetaType(QMetaType::QString))},
                               {QStringLiteral("added_at"), TicketStore::epoch(now)},
                               {QStringLiteral("added_by"), actor.userId}},
                              QStringLiteral("merchant.document.add"));
    if (!inserted)
        return inserted.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("UPDATE merchant_documents SET content = ? WHERE id = ?"),
                     {doc.draft.content, d.id}));
    return d;
}

Result<QDate> earliestExpiry(QSqlDatabase db, const QString& reviewId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT MIN(valid_until) FROM merchant_documents WHERE review_id = ? "
                                    "AND deleted = 0 AND valid_until <> ''"),
                     {reviewId}));
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

QDateTime dueAt(const domain::BusinessCalendar& calendar, const MerchantReview& r)
{
    if (domain::MerchantWorkflow::isFinal(r.status))
        return {};
    const auto due = domain::MerchantReviewDue::due(calendar, r.submittedAt, r.pauses);
    return due ? *due : QDateTime();
}

Status storeDue(QSqlDatabase db, const QString& id, const QDateTime& due)
{
    QSqlQuery q(db);
    return execQuery(q, QStringLiteral("UPDATE merchant_reviews SET due_at = ? WHERE id = ?"),
                     {TicketStore::epoch(due), id});
}

Result<domain::BusinessCalendar> calendar(QSqlDatabase db)
{
    return CalendarService::effectiveCalendar(db);
}

Status addEvent(WriteTransaction& tx, const MerchantReview& r, const QString& action, const QString& reason,
                const QString& text, const QDateTime& now)
{
    auto id = tx.insert(MerchantService::kEvents,
                        {{QStringLiteral("review_id"), r.id},
                         {QStringLiteral("at"), TicketStore::epoch(now)},
                         {QStringLiteral("actor_id"), tx.actor().userId},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("status"), domain::code(r.status)}},
                        QStringLiteral("merchant.review.") + action);
    return id ? Status{} : Status{id.error()};
}

Result<QString> allocateNumber(QSqlDatabase db, const QDateTime& at)
{
    const QDate day = domain::BusinessCalendar::chinaDate(at);
    const QString prefix = QStringLiteral("MR-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT MAX(number) FROM merchant_reviews WHERE number >= ? AND number < ?"),
                     {prefix, prefix + QLatin1Char('~')}));
    qint64 last = 0;
    if (q.next() && !q.value(0).isNull())
        last = q.value(0).toString().mid(prefix.size()).toLongLong();
    if (last + 1 > 999999)
        return makeError(ErrorCode::Conflict, MerchantService::tr("No more review numbers are free for %1.")
                                                  .arg(day.toString(Qt::ISODate)));
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

} // namespace sw::services::merchants

namespace sw::services {

Result<int> MerchantService::refreshDueTimes(QSqlDatabase db, const QStringList& ids)
{
    auto cal = merchants::calendar(db);
    if (!cal)
        return cal.error();
    QStringList targets = ids;
    if (targets.isEmpty()) {
        QSqlQuery open(db);
        SW_TRY(execQuery(open, QStringLiteral("SELECT id FROM merchant_reviews WHERE deleted = 0 "
                                              "AND status NOT IN ('approved', 'rejected')")));
        while (open.next())
            targets << open.value(0).toString();
    }
    int changed = 0;
    for (const QString& id : std::as_const(targets)) {
        auto r = merchants::loadReview(db, id);
        if (!r)
            continue; // removed, or left the scope
        const QDateTime due = merchants::dueAt(*cal, *r);
        if (due == r->dueAt)
            continue;
        SW_TRY(merchants::storeDue(db, id, due));
        ++changed;
    }
    return changed;
}

} // namespace sw::services
