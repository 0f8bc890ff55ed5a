#include "domain/aftersaleseligibility.h"

#include <QLocale>

namespace sw::domain {

namespace {

enum class WindowKind { NoReason, QualityReturn, QualityExchange, Warranty };

WindowKind windowKind(AfterSalesKind kind, AfterSalesReason reason)
{
    if (kind == AfterSalesKind::Repair)
        return WindowKind::Warranty;
    if (!isQualityClaim(reason))
        return WindowKind::NoReason;
    return kind == AfterSalesKind::Exchange ? WindowKind::QualityExchange : WindowKind::QualityReturn;
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

bool EligibilityResult::passed() const
{
    for (const auto& entry : checks) {
        if (entry.failed())
            return false;
    }
    return true;
}

QList<EligibilityRule> EligibilityResult::failedRules() const
{
    QList<EligibilityRule> rules;
    for (const auto& entry : checks) {
        if (entry.failed())
            rules.append(entry.rule);
    }
    return rules;
}

EligibilityCheck EligibilityResult::check(EligibilityRule rule) const
{
    for (const auto& entry : checks) {
        if (entry.rule == rule)
            return entry;
    }
    return EligibilityCheck{rule, CheckOutcome::NotApplicable, {}};
}

int AfterSalesEligibility::windowDays(AfterSalesKind kind, AfterSalesReason reason, int itemWarrantyDays,
                                      const EligibilityPolicy& policy)
{
    switch (windowKind(kind, reason)) {
    case WindowKind::NoReason:
        return policy.noReasonReturnDays();
    case WindowKind::QualityReturn:
        return policy.qualityReturnDays();
    case WindowKind::QualityExchange:
        return policy.qualityExchangeDays();
    case WindowKind::Warranty:
        return itemWarrantyDays == AfterSalesFacts::kDefaultWarranty ? policy.defaultWarrantyDays()
                                                                     : itemWarrantyDays;
    }
    return 0;
}

Status AfterSalesEligibility::validateFacts(const AfterSalesFacts& f)
{
    if (!reasonFitsKind(f.kind, f.reason)) {
        return invalid(tr("“%1” is not a possible reason for a request of kind “%2”.")
                           .arg(displayName(f.reason), displayName(f.kind)));
    }
    if (!f.today.isValid())
        return makeError(ErrorCode::Internal, tr("The current date is unknown."));
    if (!f.deliveredOn.isValid())
        return invalid(tr("Enter the delivery date."));
    if (!f.requestedOn.isValid())
        return invalid(tr("Enter the date of the request."));
    if (f.deliveredOn > f.today)
        return invalid(tr("The delivery date %1 is in the future.").arg(shortDate(f.deliveredOn)));
    if (f.requestedOn > f.today)
        return invalid(tr("The request date %1 is in the future.").arg(shortDate(f.requestedOn)));
    if (f.requestedOn < f.deliveredOn) {
        return invalid(tr("The request date %1 is before the delivery date %2.")
                           .arg(shortDate(f.requestedOn), shortDate(f.deliveredOn)));
    }
    if (!f.amount.isPositive())
        return invalid(tr("The amount must be more than %1.").arg(Money().format()));
    if (!f.orderTotal.isPositive())
        return invalid(tr("The order total must be more than %1.").arg(Money().format()));
    if (f.amount > f.orderTotal) {
        return invalid(tr("The amount %1 is more than the order total %2.")
                           .arg(f.amount.format(), f.orderTotal.format()));
    }
    if (f.alreadyRefunded.isNegative())
        return invalid(tr("The amount already refunded for the order cannot be negative."));
    if (f.evidenceCount < 0)
        return invalid(tr("The number of evidence attachments cannot be negative."));
    if (f.warrantyDays != AfterSalesFacts::kDefaultWarranty &&
        (f.warrantyDays < 0 || f.warrantyDays > EligibilityPolicy::kMaxWarrantyDays)) {
        return invalid(tr("The warranty period of the item must be between 0 and %1 days; it is %2 days.")
                           .arg(EligibilityPolicy::kMaxWarrantyDays)
                           .arg(f.warrantyDays));
    }
    return {};
}

Result<EligibilityResult> AfterSalesEligibility::evaluate(const AfterSalesFacts& f,
                                                          const EligibilityPolicy& policy)
{
    SW_TRY(validateFacts(f));
    auto refundable = f.orderTotal.minus(f.alreadyRefunded);
    if (!refundable.ok())
        return refundable.error();

    EligibilityResult result;
    result.dayAfterDelivery = int(f.deliveredOn.daysTo(f.requestedOn));
    result.windowDays = windowDays(f.kind, f.reason, f.warrantyDays, policy);
    result.refundable = refundable.value();
    const int day = result.dayAfterDelivery;
    const int window = result.windowDays;
    const bool quality = isQualityClaim(f.reason);

    // 1. Window.
    {
        EligibilityCheck entry{EligibilityRule::Window, CheckOutcome::Passed, {}};
        const bool within = day <= window;
        if (!within)
            entry.outcome = CheckOutcome::Failed;
        switch (windowKind(f.kind, f.reason)) {
        case WindowKind::NoReason:
            entry.explanation = within
                                    ? tr("Day %1 after delivery, within the %2-day no-reason return period.")
                                    : tr("Day %1 after delivery, past the %2-day no-reason return period.");
            break;
        case WindowKind::QualityReturn:
            entry.explanation = within ? tr("Day %1 after delivery, within the %2-day return period for "
                                            "quality problems.")
                                       : tr("Day %1 after delivery, past the %2-day return period for "
                                            "quality problems.");
            break;
        case WindowKind::QualityExchange:
            entry.explanation = within ? tr("Day %1 after delivery, within the %2-day exchange period for "
                                            "quality problems.")
                                       : tr("Day %1 after delivery, past the %2-day exchange period for "
                                            "quality problems.");
            break;
        case WindowKind::Warranty:
            entry.explanation = within ? tr("Day %1 after delivery, within the %2-day warranty period.")
                                       : tr("Day %1 after delivery, past the %2-day warranty period.");
            break;
        }
        entry.explanation = entry.explanation.arg(day).arg(window);
        if (windowKind(f.kind, f.reason) == WindowKind::Warranty && window == 0) {
            entry.outcome = CheckOutcome::Failed;
            entry.explanation = tr("The item has no warranty, so repairs are not covered.");
        }
        result.checks.append(entry);
    }

    // 2. Item restrictions.
    {
        EligibilityCheck entry{EligibilityRule::ItemExclusion, CheckOutcome::NotApplicable, {}};
        if (f.kind == AfterSalesKind::Repair || quality) {
            entry.explanation = tr("Item restrictions apply only to no-reason returns and exchanges; a "
                                   "quality claim or a repair is possible for any item.");
        } else {
            const ItemFlags excluded = f.itemFlags & policy.excludedItemFlags();
            if (excluded) {
                entry.outcome = CheckOutcome::Failed;
                entry.explanation = tr("The item cannot be returned or exchanged without a reason: %1.")
                                        .arg(QLocale().createSeparatedList(displayNames(excluded)));
            } else {
                entry.outcome = CheckOutcome::Passed;
                entry.explanation = tr("The item is not excluded from no-reason returns and exchanges.");
            }
        }
        result.checks.append(entry);
    }

    // 3. Evidence.
    {
        EligibilityCheck entry{EligibilityRule::Evidence, CheckOutcome::NotApplicable, {}};
        const int needed = policy.minimumQualityEvidence();
        if (!quality) {
            entry.explanation = tr("Evidence is required only for quality claims.");
        } else if (needed == 0) {
            entry.explanation = tr("The after-sales policy does not require evidence.");
        } else if (f.evidenceCount >= needed) {
            entry.outcome = CheckOutcome::Passed;
            entry.explanation = tr("Evidence attached: %1; a quality claim needs at least %2.")
                                    .arg(f.evidenceCount)
                                    .arg(needed);
        } else {
            entry.outcome = CheckOutcome::Failed;
            entry.explanation = tr("Evidence attached: %1, but a quality claim needs at least %2.")
                                    .arg(f.evidenceCount)
                                    .arg(needed);
        }
        result.checks.append(entry);
    }

    // 4. Refundable amount.
    {
        EligibilityCheck entry{EligibilityRule::RefundableAmount, CheckOutcome::NotApplicable, {}};
        if (f.kind != AfterSalesKind::Refund) {
            entry.explanation = tr("Only refunds count against the amount still refundable on the order.");
        } else {
            const Money shown = result.refundable.isNegative() ? Money() : result.refundable;
            const bool fits = f.amount <= result.refundable;
            entry.outcome = fits ? CheckOutcome::Passed : CheckOutcome::Failed;
            entry.explanation = (fits ? tr("%1 requested; %2 of the order total %3 is still refundable (%4 "
                                           "already refunded).")
                                      : tr("%1 requested, but only %2 of the order total %3 is still "
                                           "refundable (%4 already refunded)."))
                                    .arg(f.amount.format(), shown.format(), f.orderTotal.format(),
                                         f.alreadyRefunded.format());
        }
        result.checks.append(entry);
    }
    return result;
}

Status AfterSalesEligibility::validateOverride(const EligibilityResult& result,
                                               const EligibilityOverride& request)
{
    if (result.passed()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("All eligibility checks passed; there is nothing to override."));
    }
    if (!request.actorRoles.contains(Role::Manager)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only a manager can override failed eligibility checks."));
    }
    if (request.actorId.isEmpty())
        return makeError(ErrorCode::Internal, tr("The signed-in user is unknown."));
    if (request.actorId == request.requesterId) {
        return makeError(ErrorCode::SeparationOfDuty,
                         tr("You submitted this request, so you cannot override its eligibility checks."));
    }
    if (request.reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Give a reason for overriding the failed eligibility checks."));
    }
    return {};
}

} // namespace sw::domain
