#pragma once

// Who may approve an after-sales request, by amount (DOMAIN.md "After-sales requests",
// "People and roles"). Defaults, every boundary inclusive on the lower level:
//
//   amount ≤ ¥200.00            agent   (¥200.01 already needs a lead)
//   amount ≤ ¥2,000.00          lead
//   above                       manager
//   amount > ¥10,000.00         two approvals by two different people, each qualifying
//                               for the required level (so two managers by default)
//
// Rules, where DOMAIN.md and issue 5 leave room:
// - A higher role may approve a lower level: manager ⊇ lead ⊇ agent.
// - Only agent, lead and manager approve. Administrators do not (they run users and
//   policies; holding admin and manager is the separation-of-duty warning of roles.h), nor
//   do auditors and trainers — a user with admin *and* manager approves as a manager.
// - Nobody approves their own request, nobody approves twice (SeparationOfDuty).
// - An approval counts when it was given by someone other than the requester whose roles
//   — as recorded with the approval — qualify for the level the *current* amount needs;
//   distinct people are counted once. So raising the amount past a limit can make earlier
//   approvals stop counting, which is the point.
// - Once a request has all the approvals it needs, a further approval is refused
//   (Conflict): it would add nothing.
//
// Limits are an administrator's setting, stored as JSON with money as text ("2000.00",
// read by Money::parse, never as a JSON number).

#include "domain/money.h"
#include "domain/roles.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sw::domain {

enum class ApprovalLevel { Agent, Lead, Manager };

Role roleFor(ApprovalLevel level);
QString displayName(ApprovalLevel level); // the role's translated name
// The highest level any of the roles may approve; nullopt for none (auditor, trainer, admin).
std::optional<ApprovalLevel> highestApprovalLevel(const QList<Role>& roles);

struct ApprovalRecord
{
    QString approverId;
    QList<Role> approverRoles; // at the time of the approval
};

struct ApprovalState
{
    Money amount;
    QString requesterId;
    QList<ApprovalRecord> approvals;
};

class ApprovalLadder
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::ApprovalLadder)

public:
    static constexpr int kMinApprovalsAbove = 2;
    static constexpr int kMaxApprovalsAbove = 5;
    static constexpr int kJsonVersion = 1;

    ApprovalLadder() = default; // the defaults above

    Money agentLimit() const { return m_agentLimit; }
    void setAgentLimit(Money limit) { m_agentLimit = limit; }
    Money leadLimit() const { return m_leadLimit; }
    void setLeadLimit(Money limit) { m_leadLimit = limit; }
    Money multipleApprovalsAbove() const { return m_multipleApprovalsAbove; }
    void setMultipleApprovalsAbove(Money amount) { m_multipleApprovalsAbove = amount; }
    int approvalsAboveThreshold() const { return m_approvalsAboveThreshold; }
    void setApprovalsAboveThreshold(int count) { m_approvalsAboveThreshold = count; }

    ApprovalLevel requiredLevel(Money amount) const;
    int requiredApprovals(Money amount) const;
    static bool qualifies(const QList<Role>& roles, ApprovalLevel required);
    // "One approval at the level “Customer-service lead” or higher." / "2 approvals by
    // different people, each at the level “Manager” or higher." — for the queue's
    // "current approver level" column.
    QString describeRequirement(Money amount) const;

    // Ok when this person may add an approval now; see the header comment for the order
    // of the rules. Errors: InvalidInput (amount ≤ ¥0.00), SeparationOfDuty (own request,
    // second approval), PermissionDenied (level), Conflict (already fully approved).
    Status canApprove(const ApprovalState& state, const QString& approverId,
                      const QList<Role>& approverRoles) const;
    // Distinct approvers, not the requester, whose recorded roles qualify for the amount.
    int qualifyingApprovals(const ApprovalState& state) const;
    bool isFullyApproved(const ApprovalState& state) const;
    int approvalsStillNeeded(const ApprovalState& state) const;

    // Limits > ¥0.00, lead limit > agent limit, 2 … 5 approvals above the threshold.
    Status validate() const;
    // {"version":1,"agentLimit":"200.00","leadLimit":"2000.00",
    //  "multipleApprovalsAbove":"10000.00","approvalsAboveThreshold":2}
    QJsonObject toJson() const;
    static Result<ApprovalLadder> fromJson(const QJsonObject& json);

    bool operator==(const ApprovalLadder&) const = default;

private:
    Money m_agentLimit = Money::fromYuan(200);
    Money m_leadLimit = Money::fromYuan(2000);
    Money m_multipleApprovalsAbove = Money::fromYuan(10000);
    int m_approvalsAboveThreshold = 2;
};

} // namespace sw::domain
