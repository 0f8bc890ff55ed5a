#include "domain/disputepolicy.h"

#include "domain/jsonvalues.h"

namespace sw::domain {

QDateTime DisputePolicy::evidenceDeadline(const QDateTime& openedAt, const BusinessCalendar* calendar) const
{
    if (!openedAt.isValid())
        return {};
    if (calendar)
        return calendar->addWorkingTime(openedAt, evidenceWindowSecs());
    return openedAt.addSecs(evidenceWindowSecs());
}

Status DisputePolicy::validate() const
{
    if (m_evidenceHours < 1 || m_evidenceHours > kMaxEvidenceHours) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The evidence period of a dispute must be between 1 and %1 hours; it is %2 "
                            "hours.")
                             .arg(kMaxEvidenceHours)
                             .arg(m_evidenceHours));
    }
    if (m_appealDays < 1 || m_appealDays > kMaxAppealDays) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The appeal period of a dispute must be between 1 and %1 days; it is %2 days.")
                             .arg(kMaxAppealDays)
                             .arg(m_appealDays));
    }
    return {};
}

QJsonObject DisputePolicy::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("evidenceHours"), m_evidenceHours},
        {QStringLiteral("appealDays"), m_appealDays},
    };
}

Result<DisputePolicy> DisputePolicy::fromJson(const QJsonObject& json)
{
    DisputePolicy policy;
    SW_TRY(checkJsonVersion(json, kJsonVersion,
                            tr("The dispute settings were written by a newer or unknown version of "
                               "Shopwarden.")));
    const QString notWhole = tr("The dispute setting “%1” must be a whole number.");
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("evidenceHours"), &policy.m_evidenceHours, notWhole));
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("appealDays"), &policy.m_appealDays, notWhole));
    SW_TRY(policy.validate());
    return policy;
}

} // namespace sw::domain
