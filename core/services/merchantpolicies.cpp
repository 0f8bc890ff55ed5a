#include "services/merchantpolicies.h"

#include "services/policysettings.h"
#include "services/sqlsupport.h"
#include "services/writetransaction.h"
#include "storage/database.h"

namespace sw::services {

const QString MerchantPolicies::kDocumentsKey = QStringLiteral("merchants.required_documents");
const QString MerchantPolicies::kCreditRulesKey = QStringLiteral("merchants.credit_rules");

MerchantPolicies::MerchantPolicies(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

domain::MerchantDocuments MerchantPolicies::documents(QSqlDatabase db)
{
    if (const auto json = readPolicyJson(db, kDocumentsKey)) {
        if (auto parsed = domain::MerchantDocuments::fromJson(*json))
            return *parsed;
    }
    return domain::MerchantDocuments::defaults();
}

domain::CreditRules MerchantPolicies::creditRules(QSqlDatabase db)
{
    if (const auto json = readPolicyJson(db, kCreditRulesKey)) {
        if (auto parsed = domain::CreditRules::fromJson(*json))
            return *parsed;
    }
    return domain::CreditRules::defaults();
}

domain::MerchantDocuments MerchantPolicies::documents() const
{
    return documents(m_db.connection());
}

domain::CreditRules MerchantPolicies::creditRules() const
{
    return creditRules(m_db.connection());
}

Status MerchantPolicies::saveDocuments(const domain::MerchantDocuments& documents)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(storePolicyJson(*tx, kDocumentsKey, documents.toJson()));
    return tx->commit();
}

Status MerchantPolicies::saveCreditRules(const domain::CreditRules& rules)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    const domain::CreditRules current = creditRules(tx->database());
    if (rules == current)
        return {};
    if (rules.version() <= current.version())
        return makeError(ErrorCode::Conflict,
                         tr("The scoring rules were changed meanwhile (now version %1); open them again.")
                             .arg(current.version()));
    SW_TRY(storePolicyJson(*tx, kCreditRulesKey, rules.toJson()));
    return tx->commit();
}

} // namespace sw::services
