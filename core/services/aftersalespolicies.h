#pragma once

// The after-sales policies an administrator sets for every workstation (issue 5): the
// approval ladder, the eligibility windows and exclusions, and the dispute times. Each is
// one row of the synced `settings` table holding the domain object's JSON:
//
//   aftersales.approval_ladder   domain::ApprovalLadder::toJson()
//   aftersales.eligibility       domain::EligibilityPolicy::toJson()
//   aftersales.disputes          domain::DisputePolicy::toJson()
//
// Reading is open to every signed-in user and never fails: a missing key, or a value that
// does not parse or validate (e.g. written by a newer version), gives the domain default.
// save() needs ManageSettings, validates all three first (InvalidInput with the domain's
// translated message: negative or zero limits, windows below the legal minimum, …) and
// writes them in one WriteTransaction (outbox + audit) — all or nothing.
//
// The services read the policies in force at each step: AfterSalesService (ladder for the
// required level and every approval, eligibility for the checklist and the evidence
// minimum) and DisputeService (evidence deadline at opening, appeal period).

#include "domain/approvalladder.h"
#include "domain/disputepolicy.h"
#include "domain/eligibilitypolicy.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

struct AfterSalesPolicySet
{
    domain::ApprovalLadder ladder;
    domain::EligibilityPolicy eligibility;
    domain::DisputePolicy disputes;

    bool operator==(const AfterSalesPolicySet&) const = default;
};

class AfterSalesPolicies
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::AfterSalesPolicies)

public:
    static const QString kLadderKey;      // "aftersales.approval_ladder"
    static const QString kEligibilityKey; // "aftersales.eligibility"
    static const QString kDisputesKey;    // "aftersales.disputes"

    AfterSalesPolicies(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    domain::ApprovalLadder ladder() const;
    domain::EligibilityPolicy eligibility() const;
    domain::DisputePolicy disputes() const;
    AfterSalesPolicySet all() const;

    // The same, read on a given connection (inside a write transaction of another service).
    static domain::ApprovalLadder ladder(QSqlDatabase db);
    static domain::EligibilityPolicy eligibility(QSqlDatabase db);
    static domain::DisputePolicy disputes(QSqlDatabase db);

    // ManageSettings; validates everything, then writes the three settings at once.
    Status save(const AfterSalesPolicySet& policies);
    // Back to the domain defaults (the three keys removed); ManageSettings.
    Status resetToDefaults();

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
