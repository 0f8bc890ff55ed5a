#pragma once

// The documents of a merchant application (DOMAIN.md "Merchant onboarding review", issue 6
// "Application detail"): which are required for the merchant's categories, whether the
// submitted set is complete and current, and whether a scan is a file the app keeps.
//
// - Kinds: business licence 营业执照, tax registration 税务登记, legal-representative ID
//   法人身份证, industry permit 许可证, trademark / brand authorisation 商标授权.
// - Required set: an administrator's table {"version": 1, "default": [kinds], "categories":
//   {"food": [kinds], …}}; a merchant needs the union of the sets of its categories, or
//   the default set for a category without its own. Defaults: licence, tax registration
//   and legal-representative ID for everybody; plus an industry permit for food, medical
//   devices, cosmetics and maternal & infant products; plus a brand authorisation for
//   brand flagship stores.
// - At submission every required document is present with its number and a scan, and none
//   has expired (valid until today counts as valid). A document expiring within 30 days
//   is flagged on the application (and later triggers a re-review, rereview.h).
// - Scans: PNG, JPEG or PDF, recognised by their first bytes (not the file name), at most
//   the size limit (default 10 MB).

#include "domain/ticketenums.h" // the fromCode<> primary template
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sw::domain {

enum class DocumentKind { BusinessLicence, TaxRegistration, LegalRepId, IndustryPermit, BrandAuthorisation };

QString code(DocumentKind value);
template <> DocumentKind fromCode<DocumentKind>(QStringView code, bool* ok);
QString displayName(DocumentKind value);
QList<DocumentKind> allDocumentKinds();

struct MerchantDocument
{
    DocumentKind kind = DocumentKind::BusinessLicence;
    QString number;
    QDate validUntil; // invalid = long-term 长期
    bool hasScan = false;
    bool verified = false;
};

struct DocumentCheck
{
    DocumentKind kind = DocumentKind::BusinessLicence;
    bool required = false;
    bool present = false;
    bool expired = false;
    bool expiringSoon = false; // within 30 days
    bool verified = false;
};

class MerchantDocuments
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::MerchantDocuments)

public:
    static constexpr int kExpiringDays = 30;
    static constexpr qint64 kDefaultMaxScanBytes = 10 * 1024 * 1024;

    static MerchantDocuments defaults();

    QList<DocumentKind> required(const QStringList& categories) const;
    // One row per kind that is required or present, in kind order.
    QList<DocumentCheck> checklist(const QStringList& categories, const QList<MerchantDocument>& docs,
                                   QDate today) const;
    // InvalidInput naming the first problem: a required document missing, without a number
    // or a scan, or expired.
    Status validateSubmission(const QStringList& categories, const QList<MerchantDocument>& docs, QDate today) const;

    // "image/png", "image/jpeg" or "application/pdf" from the content; InvalidInput for an
    // empty file, another type or a file over maxBytes.
    static Result<QString> scanType(const QString& fileName, const QByteArray& content,
                                    qint64 maxBytes = kDefaultMaxScanBytes);

    QJsonObject toJson() const;
    static Result<MerchantDocuments> fromJson(const QJsonObject& json);
    bool operator==(const MerchantDocuments& other) const = default;

private:
    QList<DocumentKind> m_default;
    QMap<QString, QList<DocumentKind>> m_byCategory;
};

} // namespace sw::domain
