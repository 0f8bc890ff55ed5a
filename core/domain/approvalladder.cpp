#include "domain/approvalladder.h"

#include "domain/jsonvalues.h"

#include <QSet>

namespace sw::domain {

Role roleFor(ApprovalLevel level)
{
    switch (level) {
    case ApprovalLevel::Agent:
        return Role::Agent;
    case ApprovalLevel::Lead:
        return Role::Lead;
    case ApprovalLevel::Manager:
        return Role::Manager;
    }
    return Role::Manager;
}

QString displayName(ApprovalLevel level)
{
    return roleDisplayName(roleFor(level));
}

std::optional<ApprovalLevel> highestApprovalLevel(const QList<Role>& roles)
{
    if (roles.contains(Role::Manager))
        return ApprovalLevel::Manager;
    if (roles.contains(Role::Lead))
        return ApprovalLevel::Lead;
    if (roles.contains(Role::Agent))
        return ApprovalLevel::Agent;
    return std::nullopt;
}

ApprovalLevel ApprovalLadder::requiredLevel(Money amount) const
{
    if (amount <= m_agentLimit)
        return ApprovalLevel::Agent;
    if (amount <= m_leadLimit)
        return ApprovalLevel::Lead;
    return ApprovalLevel::Manager;
}

int ApprovalLadder::requiredApprovals(Money amount) const
{
    return amount > m_multipleApprovalsAbove ? m_approvalsAboveThreshold : 1;
}

bool ApprovalLadder::qualifies(const QList<Role>& roles, ApprovalLevel required)
{
    const auto highest = highestApprovalLevel(roles);
    return highest && int(*highest) >= int(required);
}

QString ApprovalLadder::describeRequirement(Money amount) const
{
    const ApprovalLevel level = requiredLevel(amount);
    const int count = requiredApprovals(amount);
    if (count == 1)
        return tr("One approval at the level “%1” or higher.").arg(displayName(level));
    return tr("%1 approvals by different people, each at the level “%2” or higher.")
        .arg(count)
        .arg(displayName(level));
}

int ApprovalLadder::qualifyingApprovals(const ApprovalState& state) const
{
    const ApprovalLevel level = requiredLevel(state.amount);
    QSet<QString> counted;
    for (const auto& approval : state.approvals) {
        if (approval.approverId.isEmpty() || approval.approverId == state.requesterId)
            continue;
        if (qualifies(approval.approverRoles, level))
            counted.insert(approval.approverId);
    }
    return int(counted.size());
}

bool ApprovalLadder::isFullyApproved(const ApprovalState& state) const
{
    return state.amount.isPositive() && qualifyingApprovals(state) >= requiredApprovals(state.amount);
}

int ApprovalLadder::approvalsStillNeeded(const ApprovalState& state) const
{
    return qMax(0, requiredApprovals(state.amount) - qualifyingApprovals(state));
}

Status ApprovalLadder::canApprove(const ApprovalState& state, const QString& approverId,
                                  const QList<Role>& approverRoles) const
{
    if (!state.amount.isPositive()) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("The amount must be more than %1 before the request can be approved.").arg(Money().format()));
    }
    if (approverId.isEmpty())
        return makeError(ErrorCode::Internal, tr("The signed-in user is unknown."));
    if (approverId == state.requesterId) {
        return makeError(ErrorCode::SeparationOfDuty,
                         tr("You submitted this request, so you cannot approve it: nobody approves their "
                            "own request."));
    }
    for (const auto& approval : state.approvals) {
        if (approval.approverId == approverId) {
            return makeError(ErrorCode::SeparationOfDuty,
                             tr("You have already approved this request; the next approval must come from "
                                "someone else."));
        }
    }
    const ApprovalLevel level = requiredLevel(state.amount);
    const auto highest = highestApprovalLevel(approverRoles);
    if (!highest) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Your roles do not include approving after-sales requests."));
    }
    if (int(*highest) < int(level)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("A request of %1 needs approval at the level “%2” or higher; the highest level "
                            "you can approve at is “%3”.")
                             .arg(state.amount.format(), displayName(level), displayName(*highest)));
    }
    if (isFullyApproved(state)) {
        return makeError(ErrorCode::Conflict, tr("This request already has all the approvals it needs."));
    }
    return {};
}

Status ApprovalLadder::validate() const
{
    if (!m_agentLimit.isPositive()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The approval limit for agents must be more than %1; it is %2.")
                             .arg(Money().format(), m_agentLimit.format()));
    }
    if (m_leadLimit <= m_agentLimit) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The approval limit for leads (%1) must be higher than the limit for agents "
                            "(%2).")
                             .arg(m_leadLimit.format(), m_agentLimit.format()));
    }
    if (!m_multipleApprovalsAbove.isPositive()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The amount above which several approvals are needed must be more than %1; "
                            "it is %2.")
                             .arg(Money().format(), m_multipleApprovalsAbove.format()));
    }
    if (m_approvalsAboveThreshold < kMinApprovalsAbove || m_approvalsAboveThreshold > kMaxApprovalsAbove) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The number of approvals needed above %1 must be between %2 and %3; it is %4.")
                             .arg(m_multipleApprovalsAbove.format())
                             .arg(kMinApprovalsAbove)
                             .arg(kMaxApprovalsAbove)
                             .arg(m_approvalsAboveThreshold));
    }
    return {};
}

QJsonObject ApprovalLadder::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), kJsonVersion},
        {QStringLiteral("agentLimit"), m_agentLimit.toPlainString()},
        {QStringLiteral("leadLimit"), m_leadLimit.toPlainString()},
        {QStringLiteral("multipleApprovalsAbove"), m_multipleApprovalsAbove.toPlainString()},
        {QStringLiteral("approvalsAboveThreshold"), m_approvalsAboveThreshold},
    };
}

Result<ApprovalLadder> ApprovalLadder::fromJson(const QJsonObject& json)
{
    ApprovalLadder ladder;
    auto readMoney = [&json](const QString& key, Money* target) -> Status {
        if (!json.contains(key))
            return {};
        const QJsonValue value = json.value(key);
        if (!value.isString()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The approval setting “%1” must be an amount written as text, for example "
                                "\"2000.00\".")
                                 .arg(key));
        }
        const auto amount = Money::parse(value.toString());
        if (!amount.ok()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The approval setting “%1” is not valid: %2").arg(key, amount.message()));
        }
        *target = amount.value();
        return {};
    };

    SW_TRY(checkJsonVersion(json, kJsonVersion,
                            tr("The approval settings were written by a newer or unknown version of "
                               "Shopwarden.")));
    SW_TRY(readMoney(QStringLiteral("agentLimit"), &ladder.m_agentLimit));
    SW_TRY(readMoney(QStringLiteral("leadLimit"), &ladder.m_leadLimit));
    SW_TRY(readMoney(QStringLiteral("multipleApprovalsAbove"), &ladder.m_multipleApprovalsAbove));
    SW_TRY(readJsonWholeNumber(json, QStringLiteral("approvalsAboveThreshold"),
                               &ladder.m_approvalsAboveThreshold,
                               tr("The approval setting “%1” must be a whole number.")));
    SW_TRY(ladder.validate());
    return ladder;
}

} // namespace sw::domain
