// TicketService: the SLA policy — reading it, and changing it together with the stored
// due columns of the tickets it governs.

#include "services/ticketservice.h"

#include "services/settingsservice.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sw::services {

namespace {

// The settings row of the policy, written inside `tx` (SettingsService::set would open a
// transaction of its own, and the policy and the columns must commit together).
Status storeSetting(WriteTransaction& tx, const QString& key, const QString& value)
{
    QSqlQuery q(tx.database());
    SW_TRY(execQuery(q, QStringLiteral("SELECT id FROM settings WHERE key = ? AND deleted = 0"), {key}));
    if (q.next()) {
        const QString id = q.value(0).toString();
        q.finish();
        return tx.update(QStringLiteral("settings"), id, {{QStringLiteral("value"), value}},
                         QStringLiteral("setting.change"));
    }
    q.finish();
    auto id = tx.insert(QStringLiteral("settings"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                        QStringLiteral("setting.change"));
    if (!id)
        return id.error();
    return {};
}

} // namespace

domain::SlaPolicy TicketService::slaPolicy() const
{
    return TicketStore::policyFromText(
        SettingsService(m_db, m_actor, m_clock).value(TicketStore::kSlaPolicyKey));
}

Status TicketService::setSlaPolicy(const domain::SlaPolicy& policy)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    SW_TRY(policy.validate());
    const QString json = QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
    QSqlDatabase db = m_db.connection();
    auto clock = TicketStore::slaClock(db, policy);
    if (!clock)
        return clock.error();
    const QDateTime now = TicketStore::now(m_clock);
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(storeSetting(*tx, TicketStore::kSlaPolicyKey, json));
    // Every open ticket's due and warning times follow the new targets at once: the queue's
    // "breaching within 2 h" must mean the policy in force. The columns are derived local
    // data, so this writes neither outbox records nor per-ticket audit entries.
    auto changed = TicketStore::recomputeAllSla(db, *clock, now);
    if (!changed)
        return changed.error();
    SW_TRY(tx->audit(QStringLiteral("tickets.sla_recompute"), TicketStore::kTickets, QString(), {},
                     {{QStringLiteral("ticketsUpdated"), *changed}}));
    return tx->commit();
}

} // namespace sw::services
