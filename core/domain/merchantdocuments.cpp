#include "domain/merchantdocuments.h"

#include "domain/codetable.h"
#include "domain/jsonvalues.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace sw::domain {

namespace {

using codetable::Entry;

constexpr Entry<DocumentKind> kKindCodes[] = {
    {DocumentKind::BusinessLicence, "business_licence"},
    {DocumentKind::TaxRegistration, "tax_registration"},
    {DocumentKind::LegalRepId, "legal_rep_id"},
    {DocumentKind::IndustryPermit, "industry_permit"},
    {DocumentKind::BrandAuthorisation, "brand_authorisation"},
};

QJsonArray kindsToJson(const QList<DocumentKind>& kinds)
{
    QJsonArray a;
    for (DocumentKind k : kinds)
        a.append(code(k));
    return a;
}

} // namespace

QString code(DocumentKind value)
{
    return codetable::codeOf(kKindCodes, value);
}

template <> DocumentKind fromCode<DocumentKind>(QStringView c, bool* ok)
{
    return codetable::parse(kKindCodes, c, ok);
}

QList<DocumentKind> allDocumentKinds()
{
    return codetable::valuesOf(kKindCodes);
}

QString displayName(DocumentKind value)
{
    switch (value) {
    case DocumentKind::BusinessLicence:
        return QCoreApplication::translate("sw::domain::Merchant", "Business licence");
    case DocumentKind::TaxRegistration:
        return QCoreApplication::translate("sw::domain::Merchant", "Tax registration");
    case DocumentKind::LegalRepId:
        return QCoreApplication::translate("sw::domain::Merchant", "Legal representative's ID");
    case DocumentKind::IndustryPermit:
        return QCoreApplication::translate("sw::domain::Merchant", "Industry permit");
    case DocumentKind::BrandAuthorisation:
        return QCoreApplication::translate("sw::domain::Merchant", "Trademark or brand authorisation");
    }
    return {};
}

MerchantDocuments MerchantDocuments::defaults()
{
    MerchantDocuments d;
    d.m_default = {DocumentKind::BusinessLicence, DocumentKind::TaxRegistration, DocumentKind::LegalRepId};
    const QList<DocumentKind> permit = d.m_default + QList<DocumentKind>{DocumentKind::IndustryPermit};
    for (const char* category : {"food", "medical_devices", "cosmetics", "maternal_infant"})
        d.m_byCategory.insert(QString::fromLatin1(category), permit);
    d.m_byCategory.insert(QStringLiteral("brand_flagship"),
                          d.m_default + QList<DocumentKind>{DocumentKind::BrandAuthorisation});
    return d;
}

QList<DocumentKind> MerchantDocuments::required(const QStringList& categories) const
{
    QList<DocumentKind> out;
    const auto add = [&out](const QList<DocumentKind>& kinds) {
        for (DocumentKind k : kinds)
            if (!out.contains(k))
                out << k;
    };
    add(m_default);
    for (const QString& c : categories)
        add(m_byCategory.value(c, m_default));
    std::sort(out.begin(), out.end());
    return out;
}

QList<DocumentCheck> MerchantDocuments::checklist(const QStringList& categories, const QList<MerchantDocument>& docs,
                                                  QDate today) const
{
    const QList<DocumentKind> needed = required(categories);
    QList<DocumentCheck> out;
    for (DocumentKind kind : allDocumentKinds()) {
        DocumentCheck c;
        c.kind = kind;
        c.required = needed.contains(kind);
        for (const MerchantDocument& d : docs) {
            if (d.kind != kind)
                continue;
            c.present = true;
            c.verified = d.verified;
            c.expired = d.validUntil.isValid() && d.validUntil < today;
            c.expiringSoon = !c.expired && d.validUntil.isValid() && today.daysTo(d.validUntil) <= kExpiringDays;
        }
        if (c.required || c.present)
            out << c;
    }
    return out;
}

Status MerchantDocuments::validateSubmission(const QStringList& categories, const QList<MerchantDocument>& docs,
                                             QDate today) const
{
    for (DocumentKind kind : required(categories)) {
        const auto it = std::find_if(docs.cbegin(), docs.cend(), [kind](const MerchantDocument& d) { return d.kind == kind; });
        if (it == docs.cend())
            return makeError(ErrorCode::InvalidInput,
                             tr("The %1 is required for this merchant's categories.").arg(displayName(kind)));
    }
    for (const MerchantDocument& d : docs) {
        if (d.number.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Enter the number of the %1.").arg(displayName(d.kind)));
        if (!d.hasScan)
            return makeError(ErrorCode::InvalidInput, tr("Add a scan of the %1.").arg(displayName(d.kind)));
        if (d.validUntil.isValid() && d.validUntil < today)
            return makeError(ErrorCode::InvalidInput,
                             tr("The %1 expired on %2; an application needs current documents.")
                                 .arg(displayName(d.kind), QLocale().toString(d.validUntil, QLocale::ShortFormat)));
    }
    return {};
}

Result<QString> MerchantDocuments::scanType(const QString& fileName, const QByteArray& content, qint64 maxBytes)
{
    if (content.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The file “%1” is empty.").arg(fileName));
    if (content.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput, tr("The file “%1” is too large: scans may be at most %2.")
                                                      .arg(fileName, QLocale().formattedDataSize(maxBytes)));
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return makeError(ErrorCode::InvalidInput,
                     tr("The file “%1” is not a PNG, JPEG or PDF file; scans must be images or PDF documents.")
                         .arg(fileName));
}

QJsonObject MerchantDocuments::toJson() const
{
    QJsonObject categories;
    for (auto it = m_byCategory.cbegin(); it != m_byCategory.cend(); ++it)
        categories.insert(it.key(), kindsToJson(it.value()));
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("default"), kindsToJson(m_default)},
            {QStringLiteral("categories"), categories}};
}

Result<MerchantDocuments> MerchantDocuments::fromJson(const QJsonObject& json)
{
    SW_TRY(checkJsonVersion(json, 1, tr("The required-documents table was written by a newer version of Shopwarden.")));
    const auto kinds = [](const QJsonValue& v, const QString& where) -> Result<QList<DocumentKind>> {
        if (!v.isArray())
            return makeError(ErrorCode::InvalidInput, tr("The required documents of “%1” must be a list.").arg(where));
        QList<DocumentKind> out;
        for (const QJsonValue& item : v.toArray()) {
            bool ok = false;
            const DocumentKind k = fromCode<DocumentKind>(item.toString(), &ok);
            if (!ok)
                return makeError(ErrorCode::InvalidInput,
                                 tr("“%1” in the required documents of “%2” is not a document kind.")
                                     .arg(item.toString(), where));
            if (!out.contains(k))
                out << k;
        }
        return out;
    };
    MerchantDocuments d;
    auto base = kinds(json.value(QStringLiteral("default")), QStringLiteral("default"));
    if (!base)
        return base.error();
    d.m_default = *base;
    const QJsonObject categories = json.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        auto set = kinds(it.value(), it.key());
        if (!set)
            return set.error();
        d.m_byCategory.insert(it.key(), *set);
    }
    return d;
}

} // namespace sw::domain
