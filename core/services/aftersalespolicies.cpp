#include "services/aftersalespolicies.h"

#include "services/sqlsupport.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sw::services {

const QString AfterSalesPolicies::kLadderKey = QStringLiteral("aftersales.approval_ladder");
const QString AfterSalesPolicies::kEligibilityKey = QStringLiteral("aftersales.eligibility");
const QString AfterSalesPolicies::kDisputesKey = QStringLiteral("aftersales.disputes");

namespace {

const QString kSettings = QStringLiteral("settings");

// The live settings row of `key`: its id (empty when not set) and value.
Status lookup(QSqlDatabase db, const QString& key, QString* id, QString* value)
{
    QSqlQuery q(db);
    SW_TRY(
        execQuery(q, QStringLiteral("SELECT id, value FROM settings WHERE key = ? AND deleted = 0"), {key}));
    if (q.next()) {
        *id = q.value(0).toString();
        *value = q.value(1).toString();
    }
    return {};
}

// The stored policy, or the default when it is missing or unreadable.
template <typename Policy> Policy read(QSqlDatabase db, const QString& key)
{
    QString id;
    QString text;
    if (!lookup(db, key, &id, &text).ok() || text.trimmed().isEmpty())
        return Policy();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return Policy();
    auto policy = Policy::fromJson(doc.object());
    return policy ? *policy : Policy();
}

Status store(WriteTransaction& tx, const QString& key, const QJsonObject& json)
{
    const QString value = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QString id;
    QString current;
    SW_TRY(lookup(tx.database(), key, &id, &current));
    if (!id.isEmpty())
        return tx.update(kSettings, id, {{QStringLiteral("value"), value}}, QStringLiteral("setting.change"));
    auto inserted = tx.insert(kSettings, {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                              QStringLiteral("setting.change"));
    if (!inserted)
        return inserted.error();
    return {};
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
    SW_TRY(store(*tx, kLadderKey, policies.ladder.toJson()));
    SW_TRY(store(*tx, kEligibilityKey, policies.eligibility.toJson()));
    SW_TRY(store(*tx, kDisputesKey, policies.disputes.toJson()));
    return tx->commit();
}

Status AfterSalesPolicies::resetToDefaults()
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    for (const QString& key : {kLadderKey, kEligibilityKey, kDisputesKey}) {
        QString id;
        QString value;
        SW_TRY(lookup(tx->database(), key, &id, &value));
        if (!id.isEmpty())
            SW_TRY(tx->remove(kSettings, id, QStringLiteral("setting.unset")));
    }
    return tx->commit();
}

} // namespace sw::services
