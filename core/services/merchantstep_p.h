#pragma once

// Private to the MerchantService files (not an API for other areas): the row mapping of
// merchant_reviews and merchant_documents, the open step of a write and the checks the
// operations share. merchantservice.cpp holds submission and reading,
// merchantservice_steps.cpp the workflow steps, documents and re-reviews,
// merchantservice_rows.cpp what is declared here.

#include "services/merchantservice.h"
#include "services/writetransaction.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace sw::domain {
class BusinessCalendar;
}

namespace sw::services::merchants {

QStringList reviewFields(); // the synced columns of merchant_reviews, without id
QVariantMap toFields(const MerchantReview& r);
Result<MerchantReview> loadReview(QSqlDatabase db, const QString& id); // NotFound, translated
Result<QList<MerchantDocumentRow>> loadDocuments(QSqlDatabase db, const QString& reviewId);

Error invalid(const QString& message);
Status requireAuditor(const Actor& a); // auditors
Status requireReader(const Actor& a);  // auditors, managers, admins

// A document checked before any lock is taken: number, kind and the scan (type sniffed
// from its bytes, size limit).
struct CheckedDocument
{
    MerchantDocumentDraft draft;
    QString mimeType;
    QString sha256;
};
Result<CheckedDocument> checkDocument(const MerchantDocumentDraft& draft, const QString& fileNameLabel);
Result<MerchantDocumentRow> insertDocument(WriteTransaction& tx, QSqlDatabase db, const Actor& actor,
                                           const QString& reviewId, const CheckedDocument& doc,
                                           const QDateTime& now);
// The earliest valid-until date among the live documents of a review (invalid if none).
Result<QDate> earliestExpiry(QSqlDatabase db, const QString& reviewId);

// The due time for the review as it now stands (invalid while paused or decided).
QDateTime dueAt(const domain::BusinessCalendar& calendar, const MerchantReview& r);
Result<domain::BusinessCalendar> calendar(QSqlDatabase db);
// due_at is derived local data (not a synced field, like the tickets' SLA columns): each
// workstation computes it from submitted_at, the pauses, the status and its calendar.
Status storeDue(QSqlDatabase db, const QString& id, const QDateTime& due);

// One timeline row.
Status addEvent(WriteTransaction& tx, const MerchantReview& r, const QString& action, const QString& reason,
                const QString& text, const QDateTime& now);

// MR-YYYYMMDD-NNNNNN: the Beijing day, then the next number after the day's highest.
Result<QString> allocateNumber(QSqlDatabase db, const QDateTime& at);

} // namespace sw::services::merchants
