// MerchantService: submission and reading (see the header). The workflow steps,
// documents and re-reviews are in merchantservice_steps.cpp, the row mapping in
// merchantservice_rows.cpp.

#include "services/merchantservice.h"

#include "services/merchantdirectory.h"
#include "services/merchantpolicies.h"
#include "services/merchantstep_p.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketservice.h"
#include "services/ticketstore.h"
#include "services/uuid.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <mutex>

namespace sw::services {

using namespace merchants;
using domain::MerchantAppStatus;

const QString MerchantService::kReviews = QStringLiteral("merchant_reviews");
const QString MerchantService::kDocuments = QStringLiteral("merchant_documents");
const QString MerchantService::kEvents = QStringLiteral("merchant_review_events");

namespace {

// The merchant an application is for: the one an earlier review with the same credit
// code belongs to, else the merchants row of the same name (tickets and disputes create
// those), else a new one.
Result<QString> merchantFor(WriteTransaction& tx, const QString& creditCode, const QString& name)
{
    QSqlQuery q(tx.database());
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT merchant_id FROM merchant_reviews WHERE credit_code = ? AND deleted = 0 "
                                    "ORDER BY submitted_at DESC LIMIT 1"),
                     {creditCode}));
    if (q.next())
        return q.value(0).toString();
    q.finish();
    return merchantNamed(tx, name);
}

Status checkName(const QString& value, const QString& what, bool required)
{
    if ((required && value.isEmpty()) || value.size() > MerchantService::kMaxNameChars)
        return invalid(MerchantService::tr("%1: enter 1 to %2 characters.").arg(what).arg(MerchantService::kMaxNameChars));
    return {};
}

} // namespace

MerchantService::MerchantService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
    declareTables();
}

void MerchantService::declareTables()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TicketService::declareTables(); // the `merchants` table a new application may add to
        SyncedTables::declare({kReviews,
                               reviewFields(),
                               {},
                               {QStringLiteral("status"), QStringLiteral("first_reviewer_id"),
                                QStringLiteral("second_reviewer_id"), QStringLiteral("reject_reason"),
                                QStringLiteral("reject_text")}});
        // Like ticket attachments: the scan BLOB travels as a blob addressed by sha256.
        SyncedTables::declare({kDocuments,
                               {QStringLiteral("review_id"), QStringLiteral("kind"), QStringLiteral("number"),
                                QStringLiteral("valid_until"), QStringLiteral("file_name"),
                                QStringLiteral("mime_type"), QStringLiteral("size"), QStringLiteral("sha256"),
                                QStringLiteral("verified"), QStringLiteral("verified_by"),
                                QStringLiteral("added_at"), QStringLiteral("added_by")},
                               {},
                               {QStringLiteral("verified")}});
        SyncedTables::declare({kEvents,
                               {QStringLiteral("review_id"), QStringLiteral("at"), QStringLiteral("actor_id"),
                                QStringLiteral("action"), QStringLiteral("reason"), QStringLiteral("text"),
                                QStringLiteral("status")},
                               {},
                               {}});
    });
}

Result<QString> MerchantService::submit(const MerchantApplicationDraft& d)
{
    SW_TRY(requireAuditor(m_actor));
    const QDateTime now = TicketStore::now(m_clock);
    const QDate today = domain::BusinessCalendar::chinaDate(now);

    MerchantReview r;
    r.kind = domain::ReviewKind::Application;
    r.legalName = d.legalName.trimmed();
    r.legalRep = d.legalRep.trimmed();
    r.contactName = d.contactName.trimmed();
    r.brand = d.brand.trimmed();
    SW_TRY(checkName(r.legalName, tr("Legal name"), true));
    SW_TRY(checkName(r.legalRep, tr("Legal representative"), true));
    SW_TRY(checkName(r.contactName, tr("Contact"), false));
    SW_TRY(checkName(r.brand, tr("Brand"), false));

    auto code = domain::CreditCode::validate(d.creditCode);
    if (!code)
        return invalid(tr("Unified social credit code: %1").arg(code.message()));
    r.creditCode = *code;
    if (!d.legalRepId.trimmed().isEmpty()) {
        auto id = domain::MerchantIdentity::validateResidentId(d.legalRepId);
        if (!id)
            return invalid(tr("Legal representative's ID number: %1").arg(id.message()));
        r.legalRepId = *id;
    }
    r.contactPhone = domain::MerchantIdentity::normalizedPhone(d.contactPhone);
    if (!d.contactPhone.trimmed().isEmpty() && (r.contactPhone.size() < 7 || r.contactPhone.size() > 15))
        return invalid(tr("The contact phone must have 7 to 15 digits."));
    r.bankAccount = domain::MerchantIdentity::normalizedBankAccount(d.bankAccount);
    if (!d.bankAccount.trimmed().isEmpty() && (r.bankAccount.size() < 8 || r.bankAccount.size() > 30))
        return invalid(tr("The bank account must have 8 to 30 digits."));

    const QStringList known = domain::merchantCategories();
    for (const QString& c : d.categories)
        if (!known.contains(c))
            return invalid(tr("Unknown category “%1”.").arg(c));
    if (d.categories.isEmpty())
        return invalid(tr("Choose at least one category."));
    r.categories = d.categories;
    r.categories.removeDuplicates();

    // The documents: each one's scan, then the set against the categories' requirements.
    QList<CheckedDocument> docs;
    QList<domain::MerchantDocument> facts;
    for (const MerchantDocumentDraft& doc : d.documents) {
        auto checked = checkDocument(doc, doc.fileName);
        if (!checked)
            return checked.error();
        docs << *checked;
        facts << domain::MerchantDocument{doc.kind, checked->draft.number, doc.validUntil, true, false};
    }
    QSqlDatabase db = m_db.connection();
    SW_TRY(MerchantPolicies::documents(db).validateSubmission(r.categories, facts, today));

    auto cal = calendar(db);
    if (!cal)
        return cal.error();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto number = allocateNumber(db, now);
    if (!number)
        return number.error();
    auto merchant = merchantFor(*tx, r.creditCode, r.legalName);
    if (!merchant)
        return merchant.error();
    r.id = newUuid();
    r.number = *number;
    r.merchantId = *merchant;
    r.status = MerchantAppStatus::Submitted;
    r.submittedAt = now;
    r.createdBy = m_actor.userId;
    r.dueAt = dueAt(*cal, r);
    QDate earliest;
    for (const CheckedDocument& doc : docs)
        if (doc.draft.validUntil.isValid() && (!earliest.isValid() || doc.draft.validUntil < earliest))
            earliest = doc.draft.validUntil;
    r.docsExpireOn = earliest;
    QVariantMap fields = toFields(r);
    fields.insert(QStringLiteral("id"), r.id);
    auto inserted = tx->insert(kReviews, fields, QStringLiteral("merchant.review.submit"));
    if (!inserted)
        return inserted.error();
    SW_TRY(storeDue(db, r.id, r.dueAt));
    for (const CheckedDocument& doc : docs) {
        auto added = insertDocument(*tx, db, m_actor, r.id, doc, now);
        if (!added)
            return added.error();
    }
    SW_TRY(addEvent(*tx, r, QStringLiteral("submitted"), {}, {}, now));
    SW_TRY(tx->commit());
    return r.id;
}

Result<MerchantReview> MerchantService::get(const QString& id) const
{
    SW_TRY(requireReader(m_actor));
    return loadReview(m_db.connection(), id);
}

Result<QList<MerchantDocumentRow>> MerchantService::documents(const QString& reviewId) const
{
    SW_TRY(requireReader(m_actor));
    return loadDocuments(m_db.connection(), reviewId);
}

Result<QByteArray> MerchantService::scanContent(const QString& documentId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT content, sha256 FROM merchant_documents WHERE id = ? AND deleted = 0"),
                     {documentId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The document does not exist (any more)."));
    if (q.value(0).isNull())
        return makeError(ErrorCode::NotFound,
                         tr("The scan has not been downloaded yet; it arrives with the next synchronisation."));
    const QByteArray content = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
        != q.value(1).toString())
        return makeError(ErrorCode::Database, tr("The stored scan is damaged: its checksum does not match, so it is not opened."));
    return content;
}

Result<QList<MerchantReviewEvent>> MerchantService::events(const QString& reviewId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT e.id, e.at, e.actor_id, COALESCE(u.display_name, ''), e.action, "
                                    "e.reason, e.text, e.status FROM merchant_review_events e "
                                    "LEFT JOIN users u ON u.id = e.actor_id "
                                    "WHERE e.review_id = ? AND e.deleted = 0 ORDER BY e.at, e.hlc"),
                     {reviewId}));
    QList<MerchantReviewEvent> out;
    while (q.next()) {
        MerchantReviewEvent e;
        e.id = q.value(0).toString();
        e.at = TicketStore::fromEpoch(q.value(1));
        e.actorId = q.value(2).toString();
        e.actorName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.reason = q.value(5).toString();
        e.text = q.value(6).toString();
        e.status = domain::fromCode<MerchantAppStatus>(q.value(7).toString(), nullptr);
        out << e;
    }
    return out;
}

Result<QList<MerchantDuplicate>> MerchantService::duplicates(const QString& reviewId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto r = loadReview(db, reviewId);
    if (!r)
        return r.error();
    static const QHash<domain::IdentityField, QString> column = {
        {domain::IdentityField::CreditCode, QStringLiteral("credit_code")},
        {domain::IdentityField::LegalRepId, QStringLiteral("legal_rep_id")},
        {domain::IdentityField::BankAccount, QStringLiteral("bank_account")},
        {domain::IdentityField::Phone, QStringLiteral("contact_phone")},
    };
    QList<MerchantDuplicate> out;
    for (const domain::IdentityValue& key :
         domain::MerchantIdentity::keys(r->creditCode, r->legalRepId, r->bankAccount, r->contactPhone)) {
        // The latest review of every other merchant with this value (column: a constant).
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT merchant_id, id, number, legal_name, MAX(submitted_at) "
                                        "FROM merchant_reviews WHERE %1 = ? AND merchant_id <> ? AND deleted = 0 "
                                        "GROUP BY merchant_id ORDER BY legal_name LIMIT 20")
                             .arg(column.value(key.field)),
                         {key.value, r->merchantId}));
        while (q.next())
            out << MerchantDuplicate{key.field, key.value, q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString()};
    }
    return out;
}

Result<QList<domain::DocumentCheck>> MerchantService::checklist(const QString& reviewId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto r = loadReview(db, reviewId);
    if (!r)
        return r.error();
    auto docs = loadDocuments(db, reviewId);
    if (!docs)
        return docs.error();
    QList<domain::MerchantDocument> facts;
    for (const MerchantDocumentRow& d : *docs)
        facts << domain::MerchantDocument{d.kind, d.number, d.validUntil, true, d.verified};
    return MerchantPolicies::documents(db).checklist(r->categories, facts,
                                                     domain::BusinessCalendar::chinaDate(TicketStore::now(m_clock)));
}

Result<QList<domain::MerchantAppAction>> MerchantService::allowedActions(const QString& reviewId) const
{
    SW_TRY(requireReader(m_actor));
    auto r = loadReview(m_db.connection(), reviewId);
    if (!r)
        return r.error();
    domain::MerchantReviewStep step;
    step.actorId = m_actor.userId;
    step.actorRoles = m_actor.roles;
    step.firstReviewerId = r->firstReviewerId;
    return domain::MerchantWorkflow::allowed(r->status, step);
}

} // namespace sw::services
