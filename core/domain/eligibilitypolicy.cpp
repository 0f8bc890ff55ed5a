#include "domain/eligibilitypolicy.h"

#include "domain/jsonvalues.h"

#include <QJsonArray>

namespace sw::domain {

Status EligibilityPolicy::validate() const
{
    if (m_noReasonReturnDays < kLegalNoReasonDays || m_noReasonReturnDays > kMaxWindowDays) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The no-reason return period must be between %1 days (the legal minimum) "
                            "and %2 days; it is %3 days.")
                             .arg(kLegalNoReasonDays)
                             .arg(kMaxWindowDays)
                             .arg(m_noReasonReturnDays));
    }
    if (m_qualityReturnDays < kLegalQualityReturnDays || m_qualityReturnDays > kMaxWindowDays) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The return period for quality problems must be between %1 days (the legal "
                            "minimum) and %2 days; it is %3 days.")
                             .arg(kLegalQualityReturnDays)
                             .arg(kMaxWindowDays)
                             .arg(m_qualityReturnDays));
    }
    if (m_qualityExchangeDays < kLegalQualityExchangeDays || m_qualityExchangeDays > kMaxWindowDays) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The exchange period for quality problems must be between %1 days (the "
                            "legal minimum) and %2 days; it is %3 days.")
                             .arg(kLegalQualityExchangeDays)
                             .arg(kMaxWindowDays)
                             .arg(m_qualityExchangeDays));
    }
    if (m_defaultWarrantyDays < 1 || m_defaultWarrantyDays > kMaxWarrantyDays) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The default warranty period must be between 1 and %1 days; it is %2 days.")
                             .arg(kMaxWarrantyDays)
                             .arg(m_defaultWarrantyDays));
    }
    if (m_minimumQualityEvidence < 0 || m_minimumQualityEvidence > kMaxEvidence) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of evidence attachments required for a quality claim must be "
                            "between 0 and %1; it is %2.")
                             .arg(kMaxEvidence)
                             .arg(m_minimumQualityEvidence));
    }
    return {};
}

QJsonObject EligibilityPolicy::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("noReasonReturnDays"), m_noReasonReturnDays},
        {QStringLiteral("qualityReturnDays"), m_qualityReturnDays},
        {QStringLiteral("qualityExchangeDays"), m_qualityExchangeDays},
        {QStringLiteral("defaultWarrantyDays"), m_defaultWarrantyDays},
        {QStringLiteral("minimumQualityEvidence"), m_minimumQualityEvidence},
        {QStringLiteral("excludedItemFlags"), QJsonArray::fromStringList(codes(m_excludedItemFlags))},
    };
}

Result<EligibilityPolicy> EligibilityPolicy::fromJson(const QJsonObject& json)
{
    EligibilityPolicy policy;
    SW_TRY(checkJsonVersion(json, kJsonVersion,
                            tr("The after-sales eligibility settings were written by a newer or unknown "
                               "version of Shopwarden.")));
    const QString notWhole = tr("The after-sales setting “%1” must be a whole number.");
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("noReasonReturnDays"), &policy.m_noReasonReturnDays,
                               notWhole));
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("qualityReturnDays"), &policy.m_qualityReturnDays,
                               notWhole));
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("qualityExchangeDays"), &policy.m_qualityExchangeDays,
                               notWhole));
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("defaultWarrantyDays"), &policy.m_defaultWarrantyDays,
                               notWhole));
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("minimumQualityEvidence"),
                               &policy.m_minimumQualityEvidence, notWhole));

    const QJsonValue flags = json.value(QStringLiteral("excludedItemFlags"));
    if (!flags.isUndefined()) {
        if (!flags.isArray()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The after-sales setting “excludedItemFlags” must be a list."));
        }
        ItemFlags parsed;
        for (const QJsonValue& entry : flags.toArray()) {
            bool ok = false;
            const ItemFlag flag = fromCode<ItemFlag>(entry.toString(), &ok);
            if (!entry.isString() || !ok) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Unknown item property “%1” in the excluded items.")
                                     .arg(entry.toVariant().toString()));
            }
            parsed |= flag;
        }
        policy.m_excludedItemFlags = parsed;
    }
    SW_TRY(policy.validate());
    return policy;
}

} // namespace sw::domain
