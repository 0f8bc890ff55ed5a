#pragma once

// The server's checks of the after-sales tables (docs/sync-protocol.md "Push" rule 3,
// issue 5), called through ServerRules::checkRow(). Every rule is core/domain's:
// AfterSalesWorkflow for request statuses, ApprovalLadder (the ladder in force: the
// `aftersales.approval_ladder` settings row, else the default) for who decides, and
// DisputeRules for disputes. What the desktop checks and the server cannot (the
// eligibility checklist, which needs the date and the order's other refunds) is trusted.

#include "serverrules.h"

namespace sw::server {

class AfterSalesRules
{
public:
    // aftersales_requests: creation as "submitted" by the requester; status changes along
    // the workflow (a submission may pass through "checking" in one step, as the desktop's
    // submitForApproval does); approve/reject/return by someone other than the requester
    // at the ladder's level for the amount; the other steps by agents, leads and managers.
    static RuleVerdict request(const UserContext& user, const std::optional<sync::RowState>& current,
                               const QJsonObject& merged, const RowLookup& rows);
    // aftersales_approvals: a new decision from its own approver (the pushing user, holding
    // the roles recorded with it), not the requester, at the ladder's level, on a request
    // in a status that takes it; an approval also passes ApprovalLadder::canApprove (no
    // second approval by the same person). Decisions are never changed or removed.
    static RuleVerdict approval(const UserContext& user, const std::optional<sync::RowState>& current,
                                const QJsonObject& merged, bool deleted, const RowLookup& rows);
    // disputes: status changes along DisputeRules; decisions by a lead or a manager who
    // records themselves as the decider, an appeal decision by a manager other than the
    // first decider.
    static RuleVerdict dispute(const UserContext& user, const std::optional<sync::RowState>& current,
                               const QJsonObject& merged, const RowLookup& rows);
    // dispute_outcomes: a new or changed decision (outcome, refund) only by a mediator;
    // marking it final (closing the dispute) by any agent, lead or manager.
    static RuleVerdict outcome(const UserContext& user, const std::optional<sync::RowState>& current,
                               const QJsonObject& merged, const RowLookup& rows);

    // aftersales_evidence: files are added and removed by agents, leads and managers only
    // (AfterSalesService::addEvidence / removeEvidence).
    static RuleVerdict evidence(const UserContext& user, const std::optional<sync::RowState>& current,
                                const QJsonObject& merged, bool deleted, const RowLookup& rows);
    // Who reads after-sales rows and their evidence files (AfterSalesService's readers:
    // handlers, administrators and auditors; not trainers).
    static bool mayRead(const UserContext& user);

    static void needs(const QString& table, const QString& rowId, const QJsonObject& opFields,
                      const std::optional<sync::RowState>& current, RowNeeds* out);
};

} // namespace sw::server
