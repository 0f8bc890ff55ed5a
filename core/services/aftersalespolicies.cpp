#include "services/aftersalespolicies.h"

#include "services/policysettings.h"
#include "services/sqlsupport.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QJsonObject>

namespace sw::services {

const QString AfterSalesPolicies::kLadderKey = QStringLiteral("aftersales.approval_ladder");
const QString AfterSalesPolicies::kEligibilityKey = QStringLiteral("aftersales.eligibility");
const QString AfterSalesPolicies::kDisputesKey = QStringLiteral("aftersales.disputes");

namespace {

// The stored policy, or the default when it is missing or unreadable.
template <typename Policy> Policy read(QSqlDatabase db, const QString& key)
{
    const std::optional<QJsonObject> json = readPolicyJson(db, key);
    if (!json)
        return Policy();
    auto policy = Policy::fromJson(*json);
    return policy ? *policy : Policy();
}

} // namespace

AfterSalesPolicies::AfterSalesPolicies(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

domain::ApprovalLadder AfterSalesPolicies::ladder(QSqlDatabase db)
{
    return read<domain::ApprovalLadder>(db, kLadderKey);
}

domain::EligibilityPolicy AfterSalesPolicies::eligibility(QSqlDatabase db)
{
    return read<domain::EligibilityPolicy>(db, kEligibilityKey);
}

domain::DisputePolicy AfterSalesPolicies::disputes(QSqlDatabase db)
{
    return read<domain::DisputePolicy>(db, kDisputesKey);
}

domain::ApprovalLadder AfterSalesPolicies::ladder() const
{
    return ladder(m_db.connection());
}

domain::EligibilityPolicy AfterSalesPolicies::eligibility() const
{
    return eligibility(m_db.connection());
}

domain::DisputePolicy AfterSalesPolicies::disputes() const
{
    return disputes(m_db.connection());
}

AfterSalesPolicySet AfterSalesPolicies::all() const
{
    QSqlDatabase db = m_db.connection();
    return {ladder(db), eligibility(db), disputes(db)};
}

Status AfterSalesPolicies::save(const AfterSalesPolicySet& policies)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    SW_TRY(policies.ladder.validate());
    SW_TRY(policies.eligibility.validate());
    SW_TRY(policies.disputes.validate());
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(storePolicyJson(*tx, kLadderKey, policies.ladder.toJson()));
    SW_TRY(storePolicyJson(*tx, kEligibilityKey, policies.eligibility.toJson()));
    SW_TRY(storePolicyJson(*tx, kDisputesKey, policies.disputes.toJson()));
    return tx->commit();
}

Status AfterSalesPolicies::resetToDefaults()
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    for (const QString& key : {kLadderKey, kEligibilityKey, kDisputesKey})
        SW_TRY(removePolicy(*tx, key));
    return tx->commit();
}

} // namespace sw::services
