#pragma once

// The merchant-review policies an administrator sets for every workstation (issue 6), each
// one row of the synced `settings` table holding the domain object's JSON:
//
//   merchants.required_documents   domain::MerchantDocuments::toJson() (per category)
//   merchants.credit_rules         domain::CreditRules::toJson() (versioned deltas)
//
// Reading never fails: a missing or unreadable value gives the domain default. Saving
// needs ManageSettings and validates first. Saving credit rules always makes a new version
// (CreditRules::withDelta numbers them); events already recorded keep the version and
// delta they were scored with (CreditFileService).

#include "domain/creditscore.h"
#include "domain/merchantdocuments.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

class MerchantPolicies
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::MerchantPolicies)

public:
    static const QString kDocumentsKey;   // "merchants.required_documents"
    static const QString kCreditRulesKey; // "merchants.credit_rules"

    MerchantPolicies(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    static domain::MerchantDocuments documents(QSqlDatabase db);
    static domain::CreditRules creditRules(QSqlDatabase db);
    domain::MerchantDocuments documents() const;
    domain::CreditRules creditRules() const;

    Status saveDocuments(const domain::MerchantDocuments& documents);
    // Stores `rules` (made with CreditRules::withDelta from the rules in force, so with a
    // higher version); Conflict when its version is not above the stored one, i.e. someone
    // saved meanwhile.
    Status saveCreditRules(const domain::CreditRules& rules);

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
