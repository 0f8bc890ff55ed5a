#include "aftersalesrules.h"

#include "domain/aftersaleseligibility.h"
#include "domain/aftersalesworkflow.h"
#include "domain/approvalladder.h"
#include "domain/disputerules.h"

#include <QJsonDocument>

namespace sw::server {

using domain::AfterSalesStatus;
using domain::AfterSalesWorkflow;
using domain::ApprovalLadder;
using domain::DisputeRules;
using domain::DisputeStatus;
using domain::Money;
using domain::Role;

namespace {

const QString kRequests = QStringLiteral("aftersales_requests");
const QString kApprovals = QStringLiteral("aftersales_approvals");
const QString kDisputes = QStringLiteral("disputes");
const QString kStatements = QStringLiteral("dispute_statements");
const QString kEvidence = QStringLiteral("aftersales_evidence");
const QString kSettings = QStringLiteral("settings");
const QString kLadderKey = QStringLiteral("aftersales.approval_ladder"); // AfterSalesPolicies::kLadderKey
const QString kDisputesKey = QStringLiteral("aftersales.disputes");      // AfterSalesPolicies::kDisputesKey

QString str(const QJsonObject& o, const char* column)
{
    return o.value(QLatin1String(column)).toString();
}

RuleVerdict forbidden(const QString& reason)
{
    return {false, QStringLiteral("forbidden"), reason};
}

RuleVerdict illegal(const QString& reason)
{
    return {false, QStringLiteral("illegal_transition"), reason};
}

RuleVerdict invalid(const QString& reason)
{
    return {false, QStringLiteral("invalid_value"), reason};
}

// A domain refusal as a push refusal code.
RuleVerdict fromStatus(const Status& s)
{
    if (s.ok())
        return {};
    switch (s.code()) {
    case ErrorCode::IllegalTransition:
    case ErrorCode::Conflict:
        return illegal(s.message());
    case ErrorCode::InvalidInput:
        return invalid(s.message());
    default:
        return forbidden(s.message());
    }
}

// Agents, leads and managers handle after-sales requests (AfterSalesService::requireHandler).
bool handles(const UserContext& u)
{
    return domain::highestApprovalLevel(u.roles).has_value();
}

Money money(const QJsonObject& o, const char* column)
{
    return Money::fromFen(std::max(o.value(QLatin1String(column)).toInteger(), Money::kMinFen));
}

QDateTime epochToUtc(const QJsonValue& v)
{
    const qint64 n = v.toInteger();
    if (n <= 0)
        return {};
    return n > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                              : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
}

QList<Role> rolesFromCode(const QString& text)
{
    QList<Role> roles;
    for (const QString& c : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role r;
        if (domain::roleFromCode(c.trimmed(), &r))
            roles << r;
    }
    return roles;
}

// The policy of a settings row, as AfterSalesPolicies reads it: missing, unreadable or
// invalid gives the domain default.
template <typename Policy> Policy policyInForce(const RowLookup& rows, const QString& key)
{
    const QList<sync::RowState> found = rows.rowsWhere(kSettings, QStringLiteral("key"), key);
    if (found.isEmpty())
        return Policy();
    const QJsonDocument doc = QJsonDocument::fromJson(str(found.first().fields, "value").toUtf8());
    if (!doc.isObject())
        return Policy();
    const auto policy = Policy::fromJson(doc.object());
    return policy && policy->validate().ok() ? *policy : Policy();
}

// The approvals recorded for a request, as the ladder counts them.
domain::ApprovalState approvalState(const QString& requestId, const QJsonObject& request,
                                    const RowLookup& rows)
{
    domain::ApprovalState state{money(request, "amount_fen"), str(request, "requester_id"), {}};
    for (const sync::RowState& a : rows.rowsWhere(kApprovals, QStringLiteral("request_id"), requestId)) {
        if (str(a.fields, "decision") == QLatin1String("approved"))
            state.approvals << domain::ApprovalRecord{str(a.fields, "approver_id"),
                                                      rolesFromCode(str(a.fields, "approver_roles"))};
    }
    return state;
}

// Approve, reject and return for information: not the requester, the ladder's level.
RuleVerdict mayDecide(const UserContext& user, const QJsonObject& request, const ApprovalLadder& ladder)
{
    if (str(request, "requester_id") == user.id)
        return forbidden(QStringLiteral("Nobody decides on their own after-sales request."));
    const Money amount = money(request, "amount_fen");
    const domain::ApprovalLevel level = ladder.requiredLevel(amount);
    if (!ApprovalLadder::qualifies(user.roles, level))
        return forbidden(QStringLiteral("A request of %1 needs a decision at the level “%2” or higher.")
                             .arg(amount.format(), domain::displayName(level)));
    return {};
}

// A manager's override of failed eligibility checks (override_by newly set):
// AfterSalesEligibility::validateOverride. The server does not re-evaluate the checklist,
// so it takes the workstation's word that checks failed (an override exists only then).
RuleVerdict mayOverride(const UserContext& user, const std::optional<sync::RowState>& current,
                        const QJsonObject& merged)
{
    const QString by = str(merged, "override_by");
    if (by.isEmpty() || (current && by == str(current->fields, "override_by")))
        return {};
    if (by != user.id)
        return forbidden(QStringLiteral("An override must be recorded by the manager who makes it."));
    domain::EligibilityResult failed;
    failed.checks << domain::EligibilityCheck{
        domain::EligibilityRule::Window, domain::CheckOutcome::Failed, {}};
    return fromStatus(domain::AfterSalesEligibility::validateOverride(
        failed, {user.id, user.roles, str(merged, "requester_id"), str(merged, "override_reason")}));
}

bool isDecision(AfterSalesStatus s)
{
    return s == AfterSalesStatus::Approved || s == AfterSalesStatus::Rejected ||
           s == AfterSalesStatus::ReturnedForInfo;
}

} // namespace

RuleVerdict AfterSalesRules::request(const UserContext& user, const std::optional<sync::RowState>& current,
                                     const QJsonObject& merged, const RowLookup& rows)
{
    const QString toCode = str(merged, "status");
    if (const RuleVerdict o = mayOverride(user, current, merged); !o.ok)
        return o;
    if (!current) {
        if (!handles(user))
            return forbidden(QStringLiteral("Only agents, leads and managers handle after-sales requests."));
        if (str(merged, "requester_id") != user.id)
            return forbidden(
                QStringLiteral("A new after-sales request must name its author as the requester."));
        if (toCode != domain::code(AfterSalesStatus::Submitted))
            return illegal(
                QStringLiteral("A new after-sales request starts as “submitted”, not “%1”.").arg(toCode));
        return {};
    }
    const QJsonObject& before = current->fields;
    if (str(merged, "requester_id") != str(before, "requester_id"))
        return forbidden(QStringLiteral("The requester of an after-sales request cannot be changed."));
    const QString fromCode = str(before, "status");
    if (fromCode == toCode)
        return {};
    bool okFrom = false;
    bool okTo = false;
    const auto from = domain::fromCode<AfterSalesStatus>(fromCode, &okFrom);
    const auto to = domain::fromCode<AfterSalesStatus>(toCode, &okTo);
    if (!okFrom || !okTo)
        return invalid(QStringLiteral("Unknown after-sales request status."));

    const ApprovalLadder ladder = policyInForce<ApprovalLadder>(rows, kLadderKey);
    if (isDecision(to)) {
        if (const RuleVerdict may = mayDecide(user, merged, ladder); !may.ok)
            return may;
    } else if (!handles(user)) {
        return forbidden(QStringLiteral("Only agents, leads and managers handle after-sales requests."));
    }

    domain::AfterSalesTransitionContext ctx;
    // The eligibility checklist needs the date and the order's other refunds: the
    // desktop's verdict is trusted (docs/sync-protocol.md).
    ctx.eligibilityPassed = true;
    ctx.fullyApproved = ladder.isFullyApproved(approvalState(current->rowId, merged, rows));
    bool okReason = false;
    const auto reason = domain::fromCode<domain::RejectionReason>(str(merged, "rejection_reason"), &okReason);
    if (okReason)
        ctx.rejectionReason = reason;
    ctx.rejectionText = str(merged, "rejection_text");
    ctx.note = str(merged, "info_note");
    const Status direct = AfterSalesWorkflow::canTransition(from, to, ctx);
    if (direct.ok())
        return {};
    // A submission passes through "checking" in one step (AfterSalesService::submitForApproval).
    if ((from == AfterSalesStatus::Submitted || from == AfterSalesStatus::ReturnedForInfo) &&
        to != AfterSalesStatus::Checking &&
        AfterSalesWorkflow::canTransition(from, AfterSalesStatus::Checking, ctx).ok() &&
        AfterSalesWorkflow::canTransition(AfterSalesStatus::Checking, to, ctx).ok())
        return {};
    return fromStatus(direct);
}

RuleVerdict AfterSalesRules::approval(const UserContext& user, const std::optional<sync::RowState>& current,
                                      const QJsonObject& merged, bool deleted, const RowLookup& rows)
{
    static const char* const kFixed[] = {"request_id", "approver_id", "approver_roles", "decision",
                                         "decided_at"};
    if (current) {
        bool same = deleted == current->deleted;
        for (const char* column : kFixed)
            same =
                same && merged.value(QLatin1String(column)) == current->fields.value(QLatin1String(column));
        if (same)
            return {};
        return forbidden(
            QStringLiteral("A decision on an after-sales request cannot be changed or removed."));
    }
    if (str(merged, "approver_id") != user.id)
        return forbidden(
            QStringLiteral("A decision on an after-sales request must be recorded by its approver."));
    const QList<Role> recorded = rolesFromCode(str(merged, "approver_roles"));
    for (Role r : recorded) {
        if (!user.has(r))
            return forbidden(QStringLiteral("The decision records the role “%1”, which you do not hold.")
                                 .arg(domain::roleCode(r)));
    }
    const QString decision = str(merged, "decision");
    AfterSalesStatus target = AfterSalesStatus::Approved;
    if (decision == QLatin1String("rejected"))
        target = AfterSalesStatus::Rejected;
    else if (decision == QLatin1String("returned"))
        target = AfterSalesStatus::ReturnedForInfo;
    else if (decision != QLatin1String("approved"))
        return invalid(QStringLiteral("Unknown after-sales decision “%1”.").arg(decision));

    const QString requestId = str(merged, "request_id");
    const std::optional<sync::RowState> request = rows.row(kRequests, requestId);
    if (!request || request->deleted)
        return invalid(
            QStringLiteral("The after-sales request of this decision does not exist on the server."));
    const ApprovalLadder ladder = policyInForce<ApprovalLadder>(rows, kLadderKey);
    if (const RuleVerdict may = mayDecide(user, request->fields, ladder); !may.ok)
        return may;
    bool okStatus = false;
    const auto status = domain::fromCode<AfterSalesStatus>(str(request->fields, "status"), &okStatus);
    if (!okStatus || !AfterSalesWorkflow::isEdge(status, target) ||
        (target == AfterSalesStatus::Approved && status != AfterSalesStatus::AwaitingApproval))
        return illegal(QStringLiteral("A request that is “%1” does not take the decision “%2”.")
                           .arg(str(request->fields, "status"), decision));
    if (target == AfterSalesStatus::Approved) {
        const domain::ApprovalState state = approvalState(requestId, request->fields, rows);
        return fromStatus(ladder.canApprove(state, user.id, user.roles));
    }
    return {};
}

RuleVerdict AfterSalesRules::dispute(const UserContext& user, const std::optional<sync::RowState>& current,
                                     const QJsonObject& merged, const RowLookup& rows)
{
    const QString toCode = str(merged, "status");
    if (!current) {
        if (toCode != domain::code(DisputeStatus::Open))
            return illegal(QStringLiteral("A new dispute starts as “open”, not “%1”.").arg(toCode));
        return {};
    }
    const QJsonObject& before = current->fields;
    const QString fromCode = str(before, "status");
    if (fromCode == toCode)
        return {};
    bool okFrom = false;
    bool okTo = false;
    const auto from = domain::fromCode<DisputeStatus>(fromCode, &okFrom);
    const auto to = domain::fromCode<DisputeStatus>(toCode, &okTo);
    if (!okFrom || !okTo)
        return invalid(QStringLiteral("Unknown dispute status."));
    if (to == DisputeStatus::Decided) {
        const Status may =
            from == DisputeStatus::Appealed
                ? DisputeRules::canDecideAppeal(user.roles, user.id, str(before, "first_decided_by"))
                : DisputeRules::canMediate(user.roles);
        if (!may.ok())
            return forbidden(may.message());
        if (str(merged, "decided_by") != user.id)
            return forbidden(QStringLiteral("A dispute decision must be recorded by its decider."));
    } else if (!handles(user)) {
        return forbidden(QStringLiteral("Only agents, leads and managers handle disputes."));
    }
    domain::DisputeTransitionContext ctx;
    ctx.now = QDateTime::currentDateTimeUtc();
    ctx.evidenceDeadline = epochToUtc(before.value(QStringLiteral("evidence_deadline")));
    for (const sync::RowState& s :
         rows.rowsWhere(kStatements, QStringLiteral("dispute_id"), current->rowId)) {
        ctx.buyerSubmitted = ctx.buyerSubmitted || str(s.fields, "party") == QLatin1String("buyer");
        ctx.merchantSubmitted = ctx.merchantSubmitted || str(s.fields, "party") == QLatin1String("merchant");
    }
    ctx.decidedAt = epochToUtc(before.value(QStringLiteral("decided_at")));
    ctx.appealUsed = epochToUtc(before.value(QStringLiteral("appealed_at"))).isValid();
    // DisputeService::close: an open dispute is closed only with a note saying how it settled.
    ctx.settledByParties = !str(merged, "close_note").trimmed().isEmpty();
    return fromStatus(
        DisputeRules::canTransition(from, to, ctx, policyInForce<domain::DisputePolicy>(rows, kDisputesKey)));
}

RuleVerdict AfterSalesRules::outcome(const UserContext& user, const std::optional<sync::RowState>& current,
                                     const QJsonObject& merged, const RowLookup& rows)
{
    bool decisionChanged = !current;
    for (const char* column : {"outcome", "refund_fen", "decided_at", "dispute_id", "merchant_id"})
        decisionChanged = decisionChanged || (current && merged.value(QLatin1String(column)) !=
                                                             current->fields.value(QLatin1String(column)));
    if (!decisionChanged)
        return handles(user) ? RuleVerdict{}
                             : forbidden(QStringLiteral("Only agents, leads and managers handle disputes."));
    const std::optional<sync::RowState> d = rows.row(kDisputes, str(merged, "dispute_id"));
    const bool onAppeal = d && str(d->fields, "status") == domain::code(DisputeStatus::Appealed);
    const Status may =
        onAppeal ? DisputeRules::canDecideAppeal(user.roles, user.id, str(d->fields, "first_decided_by"))
                 : DisputeRules::canMediate(user.roles);
    return may.ok() ? RuleVerdict{} : forbidden(may.message());
}

void AfterSalesRules::needs(const QString& table, const QString& rowId, const QJsonObject& opFields,
                            const std::optional<sync::RowState>& current, RowNeeds* out)
{
    auto idsOf = [&](const char* column) {
        QStringList ids;
        for (const QString& id : {opFields.value(QLatin1String(column)).toString(),
                                  current ? str(current->fields, column) : QString()})
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        return ids;
    };
    if (table == kRequests) {
        out->where.append({kApprovals, QStringLiteral("request_id"), rowId});
        out->where.append({kSettings, QStringLiteral("key"), kLadderKey});
    } else if (table == kApprovals) {
        for (const QString& id : idsOf("request_id")) {
            out->rows.append({kRequests, id});
            out->where.append({kApprovals, QStringLiteral("request_id"), id});
        }
        out->where.append({kSettings, QStringLiteral("key"), kLadderKey});
    } else if (table == kDisputes) {
        out->where.append({kStatements, QStringLiteral("dispute_id"), rowId});
        out->where.append({kSettings, QStringLiteral("key"), kDisputesKey});
    } else if (table == QLatin1String("dispute_outcomes")) {
        for (const QString& id : idsOf("dispute_id"))
            out->rows.append({kDisputes, id});
    } else if (table == kEvidence) {
        for (const QString& id : idsOf("request_id"))
            out->rows.append({kRequests, id});
    }
}

RuleVerdict AfterSalesRules::evidence(const UserContext& user, const std::optional<sync::RowState>& current,
                                      const QJsonObject& merged, bool deleted, const RowLookup& rows)
{
    if (!handles(user))
        return forbidden(QStringLiteral("Only agents, leads and managers add or remove after-sales evidence."));
    // AfterSalesService::addEvidence/removeEvidence: a file is added or removed, never
    // rewritten, and only while its request is submitted or returned for information.
    static const char* const kFixed[] = {"request_id", "file_name", "sha256", "size"};
    if (current) {
        bool same = true;
        for (const char* column : kFixed)
            same = same && merged.value(QLatin1String(column)) == current->fields.value(QLatin1String(column));
        if (!same)
            return forbidden(QStringLiteral("An evidence file cannot be changed; remove it and add another."));
        if (deleted == current->deleted)
            return {}; // nothing that matters changes
    }
    const std::optional<sync::RowState> request = rows.row(kRequests, str(merged, "request_id"));
    if (!request || request->deleted)
        return invalid(QStringLiteral("The after-sales request of this evidence file does not exist on the server."));
    const QString status = str(request->fields, "status");
    if (status != domain::code(AfterSalesStatus::Submitted) && status != domain::code(AfterSalesStatus::ReturnedForInfo))
        return illegal(QStringLiteral("Evidence can only be changed while the request is submitted or returned for "
                                      "more information; it is now “%1”.")
                           .arg(status));
    return {};
}

bool AfterSalesRules::mayRead(const UserContext& user)
{
    return handles(user) || user.has(Role::Admin) || user.has(Role::Auditor);
}

} // namespace sw::server
