#pragma once

// The eligibility checklist of an after-sales request (DOMAIN.md "After-sales requests",
// "售后条件"), computed from plain facts and an EligibilityPolicy, shown before anyone can
// approve, and recomputed by the server with exactly the same code.
//
// One entry per rule, always in this order, each Passed, Failed or NotApplicable with a
// translated explanation that carries the numbers:
//
// 1. Window. The day number counts from the day after delivery (网络购买商品七日无理由退货
//    暂行办法: the period starts the day after the goods are signed for), so a request on
//    the delivery day is day 0, the next day day 1, and a 7-day window ends with day 7:
//    day 7 passes, day 8 fails. Which window:
//      refund   + quality claim        quality return window (7)
//      exchange + quality claim        quality exchange window (15)
//      refund / exchange, no-reason or "other"   no-reason window (7)
//      repair                          the item's warranty, or the policy's default; an
//                                      item with a warranty of 0 days is never covered
// 2. Item restrictions. Only no-reason (and "other") refunds and exchanges: they fail when
//    the item has a flag the policy excludes. A quality claim or a repair is possible for
//    any item (the law's exclusions are exclusions from no-reason returns only), so for
//    them the rule is NotApplicable.
// 3. Evidence. Quality claims need at least the policy's minimum number of attachments;
//    NotApplicable for other reasons, or when the policy requires none.
// 4. Refundable amount. Refunds only: amount ≤ order total − already refunded for the
//    order. Exchanges and repairs move no money back and are NotApplicable.
// The request is eligible when no entry failed.
//
// Facts a user typed wrongly are not failed checks but input errors (InvalidInput, and
// nothing is evaluated): missing dates, a delivery or request date after "today", a
// request before the delivery, an amount ≤ ¥0.00, an order total ≤ ¥0.00, an amount above
// the order total, a reason that does not fit the kind (see aftersalesenums.h), a negative
// count, a warranty outside 0 … 3650 days.
//
// A failed check can be overridden only by a manager, never by the requester, and only
// with a reason (validateOverride()). Administrators do not approve (DOMAIN.md: admins run
// users and policies; approvals are for leads and managers), so the admin role alone
// cannot override.

#include "domain/aftersalesenums.h"
#include "domain/eligibilitypolicy.h"
#include "domain/money.h"
#include "domain/roles.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sw::domain {

struct AfterSalesFacts
{
    AfterSalesKind kind = AfterSalesKind::Refund;
    AfterSalesReason reason = AfterSalesReason::QualityProblem;
    QDate deliveredOn;
    QDate requestedOn;
    QDate today; // the evaluation date (Beijing time), from the Clock
    ItemFlags itemFlags;
    int evidenceCount = 0;
    int warrantyDays = kDefaultWarranty; // the item's own warranty, or the policy default
    Money amount;
    Money orderTotal;
    Money alreadyRefunded; // for the same order, by earlier executed refunds

    static constexpr int kDefaultWarranty = -1;
};

struct EligibilityCheck
{
    EligibilityRule rule = EligibilityRule::Window;
    CheckOutcome outcome = CheckOutcome::NotApplicable;
    QString explanation; // translated, with the numbers

    bool failed() const { return outcome == CheckOutcome::Failed; }
};

struct EligibilityResult
{
    QList<EligibilityCheck> checks; // one per rule, allEligibilityRules() order
    int dayAfterDelivery = 0;
    int windowDays = 0; // of the window that applied
    Money refundable;   // order total − already refunded (may be negative after overrides)

    bool passed() const;
    QList<EligibilityRule> failedRules() const;
    EligibilityCheck check(EligibilityRule rule) const;
};

struct EligibilityOverride
{
    QString actorId;
    QList<Role> actorRoles;
    QString requesterId;
    QString reason;
};

class AfterSalesEligibility
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::AfterSalesEligibility)

public:
    // The input errors described above; Ok when evaluate() can run.
    static Status validateFacts(const AfterSalesFacts& facts);
    static Result<EligibilityResult> evaluate(const AfterSalesFacts& facts, const EligibilityPolicy& policy);

    // The window (in days after delivery) that applies to a request of this kind and reason.
    static int windowDays(AfterSalesKind kind, AfterSalesReason reason, int itemWarrantyDays,
                          const EligibilityPolicy& policy);

    // Ok when the override may be recorded. Refusals: nothing failed (InvalidInput), not a
    // manager (PermissionDenied), the requester themself (SeparationOfDuty), an empty or
    // blank reason (InvalidInput).
    static Status validateOverride(const EligibilityResult& result, const EligibilityOverride& request);
};

} // namespace sw::domain
