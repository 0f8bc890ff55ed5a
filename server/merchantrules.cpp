#include "merchantrules.h"

#include "domain/creditscore.h"
#include "domain/merchantcatalogue.h"
#include "domain/merchantworkflow.h"

#include <QDate>

namespace sw::server {

using domain::MerchantAppAction;
using domain::MerchantAppStatus;
using domain::Role;

namespace {

const QString kReviews = QStringLiteral("merchant_reviews");
const QString kDocuments = QStringLiteral("merchant_documents");
const QString kEvents = QStringLiteral("merchant_review_events");
const QString kCreditEvents = QStringLiteral("credit_events");
const QString kCreditActions = QStringLiteral("credit_actions");

QString str(const QJsonObject& o, const char* column)
{
    return o.value(QLatin1String(column)).toString();
}

RuleVerdict refused(const char* code, const QString& reason)
{
    return {false, QString::fromLatin1(code), reason};
}

RuleVerdict fromStatus(const Status& s)
{
    if (s.ok())
        return {};
    switch (s.code()) {
    case ErrorCode::IllegalTransition:
        return refused("illegal_transition", s.message());
    case ErrorCode::InvalidInput:
        return refused("invalid_value", s.message());
    case ErrorCode::SeparationOfDuty:
        return refused("separation_of_duty", s.message());
    default:
        return refused("forbidden", s.message());
    }
}

// The step that moves a review from `from` to `to`, if one does.
std::optional<MerchantAppAction> actionFor(MerchantAppStatus from, MerchantAppStatus to)
{
    using S = MerchantAppStatus;
    if (from == S::Submitted && to == S::InReview)
        return MerchantAppAction::Take;
    if (from == S::InReview && to == S::InfoRequested)
        return MerchantAppAction::RequestInfo;
    if (from == S::InfoRequested && to == S::InReview)
        return MerchantAppAction::InfoReceived;
    if (from == S::InReview && to == S::SecondReview)
        return MerchantAppAction::FirstApprove;
    if (from == S::SecondReview && to == S::Approved)
        return MerchantAppAction::SecondApprove;
    if (to == S::Rejected)
        return MerchantAppAction::Reject;
    return std::nullopt;
}

RuleVerdict review(const UserContext& user, const std::optional<sync::RowState>& current, const QJsonObject& merged)
{
    bool ok = false;
    const auto to = domain::fromCode<MerchantAppStatus>(str(merged, "status"), &ok);
    if (!ok)
        return refused("invalid_value", QStringLiteral("Unknown review status."));
    if (!current) {
        if (to != MerchantAppStatus::Submitted || !str(merged, "first_reviewer_id").isEmpty())
            return refused("illegal_transition", QStringLiteral("A review starts as submitted, without reviewers."));
        return {};
    }
    const auto from = domain::fromCode<MerchantAppStatus>(str(current->fields, "status"), &ok);
    const QString firstBefore = str(current->fields, "first_reviewer_id");
    const QString firstAfter = str(merged, "first_reviewer_id");
    const QString secondAfter = str(merged, "second_reviewer_id");
    if (from == to) {
        if (firstBefore != firstAfter || str(current->fields, "second_reviewer_id") != secondAfter)
            return refused("illegal_transition",
                           QStringLiteral("The reviewers of a review change only with its workflow steps; it is "
                                          "already taken by another auditor."));
        return {};
    }
    const auto action = actionFor(from, to);
    if (!action)
        return refused("illegal_transition", QStringLiteral("A review cannot move from %1 to %2.")
                                                 .arg(domain::code(from), domain::code(to)));
    domain::MerchantReviewStep step;
    step.actorId = user.id;
    step.actorRoles = user.roles;
    step.firstReviewerId = firstBefore;
    step.text = str(merged, "reject_text");
    const auto reason = domain::fromCode<domain::MerchantRejectReason>(str(merged, "reject_reason"), &ok);
    if (ok)
        step.rejectReason = reason;
    if (*action == MerchantAppAction::RequestInfo) {
        // The reason and text of an information request are on its timeline event.
        step.infoReason = domain::InfoRequestReason::Other;
        step.text = QStringLiteral("-");
    }
    const auto result = domain::MerchantWorkflow::apply(from, *action, step);
    if (!result)
        return fromStatus(result.error());
    if (*action == MerchantAppAction::Take ? firstAfter != user.id : firstAfter != firstBefore)
        return refused("forbidden", QStringLiteral("The first reviewer is the auditor who took the review."));
    if (*action == MerchantAppAction::SecondApprove && secondAfter != user.id)
        return refused("forbidden", QStringLiteral("The second reviewer is the auditor who approves."));
    return {};
}

RuleVerdict document(const UserContext& user, const std::optional<sync::RowState>& current, const QJsonObject& merged,
                     bool deleted, const RowLookup& rows)
{
    static const char* const kFixed[] = {"review_id", "kind", "number", "valid_until", "sha256", "size"};
    bool verifiedChanges = false;
    if (current) {
        for (const char* column : kFixed)
            if (merged.value(QLatin1String(column)) != current->fields.value(QLatin1String(column)))
                return refused("forbidden", QStringLiteral("A document is never rewritten; add a new one instead."));
        verifiedChanges = merged.value(QStringLiteral("verified")) != current->fields.value(QStringLiteral("verified"));
        if (!verifiedChanges && deleted == current->deleted)
            return {};
    } else if (merged.value(QStringLiteral("verified")).toInteger() != 0) {
        return refused("forbidden", QStringLiteral("A new document is not verified yet."));
    }
    const std::optional<sync::RowState> r = rows.row(kReviews, str(merged, "review_id"));
    if (!r || r->deleted)
        return refused("invalid_value", QStringLiteral("The review of this document does not exist on the server."));
    bool ok = false;
    const auto status = domain::fromCode<MerchantAppStatus>(str(r->fields, "status"), &ok);
    const QString first = str(r->fields, "first_reviewer_id");
    if (verifiedChanges) {
        if (status != MerchantAppStatus::InReview || first != user.id)
            return refused("forbidden", QStringLiteral("Documents are verified by the first reviewer while in review."));
        return {};
    }
    if (domain::MerchantWorkflow::isFinal(status) || status == MerchantAppStatus::SecondReview)
        return refused("illegal_transition", QStringLiteral("The documents of this review can no longer change."));
    if (status != MerchantAppStatus::Submitted && first != user.id)
        return refused("forbidden", QStringLiteral("Only the auditor reviewing it changes its documents."));
    return {};
}

RuleVerdict creditEvent(const std::optional<sync::RowState>& current, const QJsonObject& merged, bool deleted)
{
    if (current)
        return deleted && merged == current->fields
                   ? RuleVerdict{}
                   : refused("forbidden", QStringLiteral("A credit event is never changed; record a new one."));
    bool ok = false;
    domain::fromCode<domain::CreditEventKind>(str(merged, "kind"), &ok);
    const qint64 delta = merged.value(QStringLiteral("delta")).toInteger();
    if (!ok || std::abs(delta) > domain::CreditRules::kMaxDelta || str(merged, "explanation").trimmed().isEmpty()
        || !QDate::fromString(str(merged, "occurred_on"), Qt::ISODate).isValid())
        return refused("invalid_value", QStringLiteral("A credit event needs a known kind, a delta within ±100, an "
                                                       "explanation and a date."));
    return {};
}

RuleVerdict creditAction(const std::optional<sync::RowState>& current, const QJsonObject& merged, bool deleted)
{
    if (current)
        return deleted && merged == current->fields
                   ? RuleVerdict{}
                   : refused("forbidden", QStringLiteral("A measure is never changed; record a new one."));
    bool ok = false;
    const auto kind = domain::fromCode<domain::CreditActionKind>(str(merged, "kind"), &ok);
    if (!ok)
        return refused("invalid_value", QStringLiteral("Unknown measure."));
    return fromStatus(domain::CreditActions::validate(kind, str(merged, "reason"),
                                                      QDate::fromString(str(merged, "starts_on"), Qt::ISODate),
                                                      QDate::fromString(str(merged, "ends_on"), Qt::ISODate)));
}

} // namespace

bool MerchantRules::isMerchantTable(const QString& table)
{
    return table == kReviews || table == kDocuments || table == kEvents || table == kCreditEvents
           || table == kCreditActions;
}

RuleVerdict MerchantRules::mayWrite(const UserContext& user, const QString& table)
{
    const bool credit = table == kCreditEvents || table == kCreditActions;
    if (user.has(Role::Auditor) || (credit && user.has(Role::Manager)))
        return {};
    return refused("forbidden", credit ? QStringLiteral("Only merchant auditors and managers change credit files.")
                                       : QStringLiteral("Only merchant auditors change merchant reviews."));
}

bool MerchantRules::mayRead(const UserContext& user)
{
    return user.has(Role::Auditor) || user.has(Role::Manager) || user.has(Role::Admin);
}

RuleVerdict MerchantRules::check(const UserContext& user, const QString& table,
                                 const std::optional<sync::RowState>& current, const QJsonObject& merged, bool deleted,
                                 const RowLookup& rows)
{
    if (table == kReviews)
        return deleted ? refused("forbidden", QStringLiteral("A review is never removed.")) : review(user, current, merged);
    if (table == kDocuments)
        return document(user, current, merged, deleted, rows);
    if (table == kEvents) {
        if (current)
            return refused("forbidden", QStringLiteral("The timeline is never changed."));
        return str(merged, "actor_id") == user.id
                   ? RuleVerdict{}
                   : refused("forbidden", QStringLiteral("A timeline entry is written by its own actor."));
    }
    if (table == kCreditEvents)
        return creditEvent(current, merged, deleted);
    if (table == kCreditActions)
        return creditAction(current, merged, deleted);
    return {};
}

void MerchantRules::needs(const QString& table, const QJsonObject& opFields, const std::optional<sync::RowState>& current,
                          RowNeeds* out)
{
    if (table != kDocuments)
        return;
    QString id = opFields.value(QStringLiteral("review_id")).toString();
    if (id.isEmpty() && current)
        id = str(current->fields, "review_id");
    if (!id.isEmpty())
        out->rows.append({kReviews, id});
}

} // namespace sw::server
