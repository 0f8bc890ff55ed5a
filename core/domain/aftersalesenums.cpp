#include "domain/aftersalesenums.h"

#include "domain/codetable.h"

#include <QCoreApplication>

namespace sw::domain {

namespace {

using codetable::Entry;

constexpr Entry<AfterSalesKind> kKindCodes[] = {
    {AfterSalesKind::Refund, "refund"},
    {AfterSalesKind::Exchange, "exchange"},
    {AfterSalesKind::Repair, "repair"},
};
constexpr Entry<AfterSalesReason> kReasonCodes[] = {
    {AfterSalesReason::QualityProblem, "quality_problem"},
    {AfterSalesReason::WrongItem, "wrong_item"},
    {AfterSalesReason::NotAsDescribed, "not_as_described"},
    {AfterSalesReason::NoReasonReturn, "no_reason"},
    {AfterSalesReason::DamagedInTransit, "damaged_in_transit"},
    {AfterSalesReason::MissingParts, "missing_parts"},
    {AfterSalesReason::Other, "other"},
};
constexpr Entry<ItemFlag> kFlagCodes[] = {
    {ItemFlag::Customised, "customised"},
    {ItemFlag::Perishable, "perishable"},
    {ItemFlag::OpenedDigital, "opened_digital"},
    {ItemFlag::FinalSale, "final_sale"},
};
constexpr Entry<AfterSalesStatus> kStatusCodes[] = {
    {AfterSalesStatus::Submitted, "submitted"},
    {AfterSalesStatus::Checking, "checking"},
    {AfterSalesStatus::AwaitingApproval, "awaiting_approval"},
    {AfterSalesStatus::Approved, "approved"},
    {AfterSalesStatus::Rejected, "rejected"},
    {AfterSalesStatus::ReturnedForInfo, "returned_for_info"},
    {AfterSalesStatus::Executed, "executed"},
    {AfterSalesStatus::Closed, "closed"},
};
constexpr Entry<RejectionReason> kRejectionCodes[] = {
    {RejectionReason::OutsideWindow, "outside_window"},
    {RejectionReason::ExcludedItem, "excluded_item"},
    {RejectionReason::InsufficientEvidence, "insufficient_evidence"},
    {RejectionReason::DamageByMisuse, "damage_by_misuse"},
    {RejectionReason::AmountNotJustified, "amount_not_justified"},
    {RejectionReason::DuplicateRequest, "duplicate_request"},
    {RejectionReason::Other, "other"},
};
constexpr Entry<EligibilityRule> kRuleCodes[] = {
    {EligibilityRule::Window, "window"},
    {EligibilityRule::ItemExclusion, "item_exclusion"},
    {EligibilityRule::Evidence, "evidence"},
    {EligibilityRule::RefundableAmount, "refundable_amount"},
};
constexpr Entry<CheckOutcome> kOutcomeCodes[] = {
    {CheckOutcome::Passed, "passed"},
    {CheckOutcome::Failed, "failed"},
    {CheckOutcome::NotApplicable, "not_applicable"},
};
constexpr Entry<DisputeParty> kPartyCodes[] = {
    {DisputeParty::Buyer, "buyer"},
    {DisputeParty::Merchant, "merchant"},
    {DisputeParty::Platform, "platform"},
};
constexpr Entry<DisputeStatus> kDisputeStatusCodes[] = {
    {DisputeStatus::Open, "open"},
    {DisputeStatus::Decided, "decided"},
    {DisputeStatus::Appealed, "appealed"},
    {DisputeStatus::Closed, "closed"},
};
constexpr Entry<DisputeOutcome> kDisputeOutcomeCodes[] = {
    {DisputeOutcome::FullRefund, "full_refund"},
    {DisputeOutcome::PartialRefund, "partial_refund"},
    {DisputeOutcome::Rejected, "rejected"},
    {DisputeOutcome::Other, "other"},
};

} // namespace

bool isQualityClaim(AfterSalesReason reason)
{
    switch (reason) {
    case AfterSalesReason::QualityProblem:
    case AfterSalesReason::WrongItem:
    case AfterSalesReason::NotAsDescribed:
    case AfterSalesReason::DamagedInTransit:
    case AfterSalesReason::MissingParts:
        return true;
    case AfterSalesReason::NoReasonReturn:
    case AfterSalesReason::Other:
        return false;
    }
    return false;
}

bool reasonFitsKind(AfterSalesKind kind, AfterSalesReason reason)
{
    if (kind != AfterSalesKind::Repair)
        return true;
    return reason == AfterSalesReason::QualityProblem || reason == AfterSalesReason::DamagedInTransit ||
           reason == AfterSalesReason::Other;
}

QList<AfterSalesReason> reasonsFor(AfterSalesKind kind)
{
    QList<AfterSalesReason> result;
    for (AfterSalesReason reason : allAfterSalesReasons()) {
        if (reasonFitsKind(kind, reason))
            result.append(reason);
    }
    return result;
}

QString code(AfterSalesKind value)
{
    return codetable::codeOf(kKindCodes, value);
}
QString code(AfterSalesReason value)
{
    return codetable::codeOf(kReasonCodes, value);
}
QString code(ItemFlag value)
{
    return codetable::codeOf(kFlagCodes, value);
}
QString code(AfterSalesStatus value)
{
    return codetable::codeOf(kStatusCodes, value);
}
QString code(RejectionReason value)
{
    return codetable::codeOf(kRejectionCodes, value);
}
QString code(EligibilityRule value)
{
    return codetable::codeOf(kRuleCodes, value);
}
QString code(CheckOutcome value)
{
    return codetable::codeOf(kOutcomeCodes, value);
}
QString code(DisputeParty value)
{
    return codetable::codeOf(kPartyCodes, value);
}
QString code(DisputeStatus value)
{
    return codetable::codeOf(kDisputeStatusCodes, value);
}
QString code(DisputeOutcome value)
{
    return codetable::codeOf(kDisputeOutcomeCodes, value);
}

template <> AfterSalesKind fromCode<AfterSalesKind>(QStringView c, bool* ok)
{
    return codetable::parse(kKindCodes, c, ok);
}
template <> AfterSalesReason fromCode<AfterSalesReason>(QStringView c, bool* ok)
{
    return codetable::parse(kReasonCodes, c, ok);
}
template <> ItemFlag fromCode<ItemFlag>(QStringView c, bool* ok)
{
    return codetable::parse(kFlagCodes, c, ok);
}
template <> AfterSalesStatus fromCode<AfterSalesStatus>(QStringView c, bool* ok)
{
    return codetable::parse(kStatusCodes, c, ok);
}
template <> RejectionReason fromCode<RejectionReason>(QStringView c, bool* ok)
{
    return codetable::parse(kRejectionCodes, c, ok);
}
template <> EligibilityRule fromCode<EligibilityRule>(QStringView c, bool* ok)
{
    return codetable::parse(kRuleCodes, c, ok);
}
template <> CheckOutcome fromCode<CheckOutcome>(QStringView c, bool* ok)
{
    return codetable::parse(kOutcomeCodes, c, ok);
}
template <> DisputeParty fromCode<DisputeParty>(QStringView c, bool* ok)
{
    return codetable::parse(kPartyCodes, c, ok);
}
template <> DisputeStatus fromCode<DisputeStatus>(QStringView c, bool* ok)
{
    return codetable::parse(kDisputeStatusCodes, c, ok);
}
template <> DisputeOutcome fromCode<DisputeOutcome>(QStringView c, bool* ok)
{
    return codetable::parse(kDisputeOutcomeCodes, c, ok);
}

QStringList codes(ItemFlags flags)
{
    QStringList result;
    for (ItemFlag flag : allItemFlags()) {
        if (flags.testFlag(flag))
            result.append(code(flag));
    }
    return result;
}

ItemFlags itemFlagsFromCodes(const QStringList& list, bool* ok)
{
    ItemFlags flags;
    bool allKnown = true;
    for (const QString& text : list) {
        bool known = false;
        const ItemFlag flag = fromCode<ItemFlag>(text, &known);
        if (known)
            flags |= flag;
        else
            allKnown = false;
    }
    if (ok)
        *ok = allKnown;
    return flags;
}

// The literal strings stay inside translate() calls so lupdate finds them.
QString displayName(AfterSalesKind value)
{
    switch (value) {
    case AfterSalesKind::Refund:
        return QCoreApplication::translate("sw::domain::AfterSales", "Refund");
    case AfterSalesKind::Exchange:
        return QCoreApplication::translate("sw::domain::AfterSales", "Exchange");
    case AfterSalesKind::Repair:
        return QCoreApplication::translate("sw::domain::AfterSales", "Repair");
    }
    return {};
}

QString displayName(AfterSalesReason value)
{
    switch (value) {
    case AfterSalesReason::QualityProblem:
        return QCoreApplication::translate("sw::domain::AfterSales", "Quality problem");
    case AfterSalesReason::WrongItem:
        return QCoreApplication::translate("sw::domain::AfterSales", "Wrong item sent");
    case AfterSalesReason::NotAsDescribed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Not as described");
    case AfterSalesReason::NoReasonReturn:
        return QCoreApplication::translate("sw::domain::AfterSales", "No-reason return");
    case AfterSalesReason::DamagedInTransit:
        return QCoreApplication::translate("sw::domain::AfterSales", "Damaged in transit");
    case AfterSalesReason::MissingParts:
        return QCoreApplication::translate("sw::domain::AfterSales", "Missing parts");
    case AfterSalesReason::Other:
        return QCoreApplication::translate("sw::domain::AfterSales", "Other reason");
    }
    return {};
}

QString displayName(ItemFlag value)
{
    switch (value) {
    case ItemFlag::Customised:
        return QCoreApplication::translate("sw::domain::AfterSales", "Customised item");
    case ItemFlag::Perishable:
        return QCoreApplication::translate("sw::domain::AfterSales", "Perishable goods");
    case ItemFlag::OpenedDigital:
        return QCoreApplication::translate("sw::domain::AfterSales", "Opened digital goods");
    case ItemFlag::FinalSale:
        return QCoreApplication::translate("sw::domain::AfterSales", "Final sale");
    }
    return {};
}

QString displayName(AfterSalesStatus value)
{
    switch (value) {
    case AfterSalesStatus::Submitted:
        return QCoreApplication::translate("sw::domain::AfterSales", "Submitted");
    case AfterSalesStatus::Checking:
        return QCoreApplication::translate("sw::domain::AfterSales", "Checking");
    case AfterSalesStatus::AwaitingApproval:
        return QCoreApplication::translate("sw::domain::AfterSales", "Awaiting approval");
    case AfterSalesStatus::Approved:
        return QCoreApplication::translate("sw::domain::AfterSales", "Approved");
    case AfterSalesStatus::Rejected:
        return QCoreApplication::translate("sw::domain::AfterSales", "Rejected");
    case AfterSalesStatus::ReturnedForInfo:
        return QCoreApplication::translate("sw::domain::AfterSales", "Returned for information");
    case AfterSalesStatus::Executed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Executed");
    case AfterSalesStatus::Closed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Closed");
    }
    return {};
}

QString displayName(RejectionReason value)
{
    switch (value) {
    case RejectionReason::OutsideWindow:
        return QCoreApplication::translate("sw::domain::AfterSales", "Outside the after-sales period");
    case RejectionReason::ExcludedItem:
        return QCoreApplication::translate("sw::domain::AfterSales", "Item not eligible");
    case RejectionReason::InsufficientEvidence:
        return QCoreApplication::translate("sw::domain::AfterSales", "Insufficient evidence");
    case RejectionReason::DamageByMisuse:
        return QCoreApplication::translate("sw::domain::AfterSales", "Damage caused by misuse");
    case RejectionReason::AmountNotJustified:
        return QCoreApplication::translate("sw::domain::AfterSales", "Amount not justified");
    case RejectionReason::DuplicateRequest:
        return QCoreApplication::translate("sw::domain::AfterSales", "Duplicate request");
    case RejectionReason::Other:
        return QCoreApplication::translate("sw::domain::AfterSales", "Other (see explanation)");
    }
    return {};
}

QString displayName(EligibilityRule value)
{
    switch (value) {
    case EligibilityRule::Window:
        return QCoreApplication::translate("sw::domain::AfterSales", "Time limit");
    case EligibilityRule::ItemExclusion:
        return QCoreApplication::translate("sw::domain::AfterSales", "Item restrictions");
    case EligibilityRule::Evidence:
        return QCoreApplication::translate("sw::domain::AfterSales", "Evidence");
    case EligibilityRule::RefundableAmount:
        return QCoreApplication::translate("sw::domain::AfterSales", "Refundable amount");
    }
    return {};
}

QString displayName(CheckOutcome value)
{
    switch (value) {
    case CheckOutcome::Passed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Passed");
    case CheckOutcome::Failed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Failed");
    case CheckOutcome::NotApplicable:
        return QCoreApplication::translate("sw::domain::AfterSales", "Not applicable");
    }
    return {};
}

QString displayName(DisputeParty value)
{
    switch (value) {
    case DisputeParty::Buyer:
        return QCoreApplication::translate("sw::domain::AfterSales", "Buyer");
    case DisputeParty::Merchant:
        return QCoreApplication::translate("sw::domain::AfterSales", "Merchant");
    case DisputeParty::Platform:
        return QCoreApplication::translate("sw::domain::AfterSales", "Platform");
    }
    return {};
}

QString displayName(DisputeStatus value)
{
    switch (value) {
    case DisputeStatus::Open:
        return QCoreApplication::translate("sw::domain::AfterSales", "Collecting evidence");
    case DisputeStatus::Decided:
        return QCoreApplication::translate("sw::domain::AfterSales", "Decided");
    case DisputeStatus::Appealed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Under appeal");
    case DisputeStatus::Closed:
        return QCoreApplication::translate("sw::domain::AfterSales", "Settled");
    }
    return {};
}

QString displayName(DisputeOutcome value)
{
    switch (value) {
    case DisputeOutcome::FullRefund:
        return QCoreApplication::translate("sw::domain::AfterSales", "Full refund");
    case DisputeOutcome::PartialRefund:
        return QCoreApplication::translate("sw::domain::AfterSales", "Partial refund");
    case DisputeOutcome::Rejected:
        return QCoreApplication::translate("sw::domain::AfterSales", "Claim rejected");
    case DisputeOutcome::Other:
        return QCoreApplication::translate("sw::domain::AfterSales", "Other outcome");
    }
    return {};
}

QStringList displayNames(ItemFlags flags)
{
    QStringList result;
    for (ItemFlag flag : allItemFlags()) {
        if (flags.testFlag(flag))
            result.append(displayName(flag));
    }
    return result;
}

QString executedName(AfterSalesKind kind)
{
    switch (kind) {
    case AfterSalesKind::Refund:
        return QCoreApplication::translate("sw::domain::AfterSales", "Refund issued");
    case AfterSalesKind::Exchange:
        return QCoreApplication::translate("sw::domain::AfterSales", "Replacement shipped");
    case AfterSalesKind::Repair:
        return QCoreApplication::translate("sw::domain::AfterSales", "Repaired");
    }
    return {};
}

QList<AfterSalesKind> allAfterSalesKinds()
{
    return codetable::valuesOf(kKindCodes);
}
QList<AfterSalesReason> allAfterSalesReasons()
{
    return codetable::valuesOf(kReasonCodes);
}
QList<ItemFlag> allItemFlags()
{
    return codetable::valuesOf(kFlagCodes);
}
QList<AfterSalesStatus> allAfterSalesStatuses()
{
    return codetable::valuesOf(kStatusCodes);
}
QList<RejectionReason> allRejectionReasons()
{
    return codetable::valuesOf(kRejectionCodes);
}
QList<EligibilityRule> allEligibilityRules()
{
    return codetable::valuesOf(kRuleCodes);
}
QList<DisputeParty> allDisputeParties()
{
    return codetable::valuesOf(kPartyCodes);
}
QList<DisputeStatus> allDisputeStatuses()
{
    return codetable::valuesOf(kDisputeStatusCodes);
}
QList<DisputeOutcome> allDisputeOutcomes()
{
    return codetable::valuesOf(kDisputeOutcomeCodes);
}

} // namespace sw::domain
