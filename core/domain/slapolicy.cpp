#include "domain/slapolicy.h"

#include <QJsonValue>

#include <cmath>

namespace sw::domain {

namespace {

int kindIndex(TicketKind kind)
{
    return int(kind);
}
int priorityIndex(TicketPriority priority)
{
    return int(priority);
}

QString modeCode(SlaPolicy::CalendarMode mode)
{
    return mode == SlaPolicy::CalendarMode::BusinessDays ? QStringLiteral("business_days")
                                                         : QStringLiteral("calendar_hours");
}

// An integral JSON number, or nothing (JSON numbers are doubles: 24.5 is not an hour count).
std::optional<int> integer(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < -1e9 || d > 1e9)
        return std::nullopt;
    return int(d);
}

} // namespace

SlaPolicy::SlaPolicy()
{
    // Complaints are the regulation's focus; suggestions have no urgency of their own.
    m_resolutionHours[kindIndex(TicketKind::Inquiry)] = {72, 48, 24, 8};
    m_resolutionHours[kindIndex(TicketKind::Complaint)] = {120, 72, 48, 24};
    m_resolutionHours[kindIndex(TicketKind::Suggestion)] = {168, 168, 168, 168};
}

int SlaPolicy::resolutionHours(TicketKind kind, TicketPriority priority) const
{
    return m_resolutionHours[kindIndex(kind)][priorityIndex(priority)];
}

void SlaPolicy::setResolutionHours(TicketKind kind, TicketPriority priority, int hours)
{
    m_resolutionHours[kindIndex(kind)][priorityIndex(priority)] = hours;
}

qint64 SlaPolicy::firstResponseTargetSecs(bool specialCase) const
{
    return qint64(specialCase ? m_specialCaseFirstResponseHours : m_firstResponseHours) * 3600;
}

qint64 SlaPolicy::resolutionTargetSecs(TicketKind kind, TicketPriority priority) const
{
    return qint64(resolutionHours(kind, priority)) * 3600;
}

Status SlaPolicy::validate() const
{
    auto badHours = [](int hours) {
        return hours < 1 || hours > kMaxTargetHours;
    };
    if (badHours(m_firstResponseHours)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The first-response target must be between 1 hour and 90 days (%1 hours); "
                            "it is %2 hours.")
                             .arg(kMaxTargetHours)
                             .arg(m_firstResponseHours));
    }
    if (badHours(m_specialCaseFirstResponseHours)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The first-response target for special cases must be between 1 hour and "
                            "90 days (%1 hours); it is %2 hours.")
                             .arg(kMaxTargetHours)
                             .arg(m_specialCaseFirstResponseHours));
    }
    for (TicketKind kind : allTicketKinds()) {
        for (TicketPriority priority : allTicketPriorities()) {
            const int hours = resolutionHours(kind, priority);
            if (badHours(hours)) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The resolution target for %1 tickets of priority %2 must be "
                                    "between 1 hour and 90 days (%3 hours); it is %4 hours.")
                                     .arg(displayName(kind), displayName(priority))
                                     .arg(kMaxTargetHours)
                                     .arg(hours));
            }
        }
    }
    if (m_warnAtPercent < 1 || m_warnAtPercent > 99) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The warning threshold must be between 1 % and 99 % of the target; it is "
                            "%1 %.")
                             .arg(m_warnAtPercent));
    }
    return {};
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject resolution;
    for (TicketKind kind : allTicketKinds()) {
        QJsonObject perPriority;
        for (TicketPriority priority : allTicketPriorities())
            perPriority.insert(code(priority), resolutionHours(kind, priority));
        resolution.insert(code(kind), perPriority);
    }
    return QJsonObject{
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("calendar"), modeCode(m_calendarMode)},
        {QStringLiteral("firstResponseHours"), m_firstResponseHours},
        {QStringLiteral("specialCaseFirstResponseHours"), m_specialCaseFirstResponseHours},
        {QStringLiteral("warnAtPercent"), m_warnAtPercent},
        {QStringLiteral("resolutionHours"), resolution},
    };
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonObject& json)
{
    SlaPolicy policy;
    auto readInt = [&json](const QString& key, int* target) -> Status {
        if (!json.contains(key))
            return {};
        const auto value = integer(json.value(key));
        if (!value) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The SLA setting “%1” must be a whole number.").arg(key));
        }
        *target = *value;
        return {};
    };

    if (json.contains(QStringLiteral("version"))) {
        const auto version = integer(json.value(QStringLiteral("version")));
        if (!version || *version < 1 || *version > kJsonVersion) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The SLA settings were written by a newer or unknown version of "
                                "Shopwarden."));
        }
    }
    if (json.contains(QStringLiteral("calendar"))) {
        const QString mode = json.value(QStringLiteral("calendar")).toString();
        if (mode == modeCode(CalendarMode::CalendarHours)) {
            policy.m_calendarMode = CalendarMode::CalendarHours;
        } else if (mode == modeCode(CalendarMode::BusinessDays)) {
            policy.m_calendarMode = CalendarMode::BusinessDays;
        } else {
            return makeError(
                ErrorCode::InvalidInput,
                tr("Unknown SLA calendar “%1”; use “calendar_hours” or “business_days”.").arg(mode));
        }
    }
    SW_TRY(readInt(QStringLiteral("firstResponseHours"), &policy.m_firstResponseHours));
    SW_TRY(readInt(QStringLiteral("specialCaseFirstResponseHours"), &policy.m_specialCaseFirstResponseHours));
    SW_TRY(readInt(QStringLiteral("warnAtPercent"), &policy.m_warnAtPercent));

    const QJsonValue resolution = json.value(QStringLiteral("resolutionHours"));
    if (!resolution.isUndefined()) {
        if (!resolution.isObject()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The SLA setting “resolutionHours” must be an object."));
        }
        const QJsonObject perKind = resolution.toObject();
        for (auto kindIt = perKind.begin(); kindIt != perKind.end(); ++kindIt) {
            bool ok = false;
            const TicketKind kind = fromCode<TicketKind>(kindIt.key(), &ok);
            if (!ok || !kindIt.value().isObject()) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Unknown ticket kind “%1” in the resolution targets.").arg(kindIt.key()));
            }
            const QJsonObject perPriority = kindIt.value().toObject();
            for (auto prioIt = perPriority.begin(); prioIt != perPriority.end(); ++prioIt) {
                const TicketPriority priority = fromCode<TicketPriority>(prioIt.key(), &ok);
                if (!ok) {
                    return makeError(
                        ErrorCode::InvalidInput,
                        tr("Unknown priority “%1” in the resolution targets.").arg(prioIt.key()));
                }
                const auto hours = integer(prioIt.value());
                if (!hours) {
                    return makeError(ErrorCode::InvalidInput,
                                     tr("The resolution target for %1 tickets of priority %2 must be a "
                                        "whole number of hours.")
                                         .arg(displayName(kind), displayName(priority)));
                }
                policy.setResolutionHours(kind, priority, *hours);
            }
        }
    }
    SW_TRY(policy.validate());
    return policy;
}

} // namespace sw::domain
