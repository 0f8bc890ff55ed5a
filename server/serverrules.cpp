#include "serverrules.h"

#include "aftersalesrules.h"
#include "merchantrules.h"

#include "domain/masking.h"
#include "domain/ticketenums.h"
#include "domain/ticketworkflow.h"

namespace sw::server {

using domain::Role;

namespace {

bool worksTickets(const UserContext& u)
{
    return u.has(Role::Agent) || u.has(Role::Lead) || u.has(Role::Manager) || u.has(Role::Admin);
}

QDateTime epochToUtc(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    const qint64 n = v.toInteger();
    if (n <= 0)
        return {};
    // Stored times are epoch numbers; accept seconds or milliseconds.
    return n > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC) : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
}

} // namespace

RuleVerdict ServerRules::mayWrite(const UserContext& user, const QString& table)
{
    static const QStringList userTables = {QStringLiteral("users"), QStringLiteral("user_roles"),
                                           QStringLiteral("roles")};
    static const QStringList settingsTables = {QStringLiteral("settings"), QStringLiteral("calendar_days")};
    if (MerchantRules::isMerchantTable(table))
        return MerchantRules::mayWrite(user, table);
    // Auditors create the merchant of a new application (MerchantService::submit).
    if (table == QLatin1String("merchants") && user.has(Role::Auditor))
        return {};
    bool ok = false;
    if (userTables.contains(table))
        ok = domain::hasPermission(user.roles, domain::Permission::ManageUsers);
    else if (table == QLatin1String("teams"))
        ok = domain::hasPermission(user.roles, domain::Permission::ManageUsers)
             || domain::hasPermission(user.roles, domain::Permission::ManageTeams);
    else if (settingsTables.contains(table))
        ok = domain::hasPermission(user.roles, domain::Permission::ManageSettings);
    else
        ok = worksTickets(user) || user.has(Role::Trainer);
    if (ok && user.has(Role::Trainer) && !worksTickets(user) && table != QLatin1String("canned_replies"))
        ok = false;
    if (ok)
        return {};
    return {false, QStringLiteral("forbidden"),
            QStringLiteral("Your role does not allow changing %1.").arg(table)};
}

bool ServerRules::seesAllTickets(const UserContext& user)
{
    return user.has(Role::Manager) || user.has(Role::Admin) || user.has(Role::Auditor);
}

bool ServerRules::ticketInScope(const UserContext& user, const QJsonObject& t)
{
    return ticketInScope(user, t.value(QStringLiteral("owner_id")).toString(), t.value(QStringLiteral("team_id")).toString());
}

bool ServerRules::ticketInScope(const UserContext& user, const QString& owner, const QString& team)
{
    if (seesAllTickets(user))
        return true;
    if (owner.isEmpty())
        return worksTickets(user) || user.has(Role::Trainer);
    if (user.has(Role::Agent) && owner == user.id)
        return true;
    if ((user.has(Role::Agent) || user.has(Role::Lead)) && !user.teamId.isEmpty() && team == user.teamId)
        return true;
    return false;
}

RuleVerdict ServerRules::ticketWorkflow(const QJsonObject& current, const QJsonObject& merged)
{
    const QString fromCode = current.value(QStringLiteral("status")).toString();
    const QString toCode = merged.value(QStringLiteral("status")).toString();
    if (fromCode == toCode || fromCode.isEmpty())
        return {};
    bool okFrom = false;
    bool okTo = false;
    const auto from = domain::fromCode<domain::TicketStatus>(fromCode, &okFrom);
    const auto to = domain::fromCode<domain::TicketStatus>(toCode, &okTo);
    if (!okFrom || !okTo)
        return {false, QStringLiteral("invalid_value"), QStringLiteral("Unknown ticket status.")};
    domain::TransitionContext ctx;
    ctx.hasOwner = !merged.value(QStringLiteral("owner_id")).toString().isEmpty();
    ctx.resolvedAt = epochToUtc(current.value(QStringLiteral("resolved_at")));
    ctx.now = QDateTime::currentDateTimeUtc();
    const Status s = domain::TicketWorkflow::canTransition(from, to, ctx);
    if (s)
        return {};
    return {false, QStringLiteral("illegal_transition"),
            QStringLiteral("The ticket cannot move from %1 to %2.").arg(fromCode, toCode)};
}

RuleVerdict ServerRules::checkRow(const UserContext& user, const QString& table,
                                  const std::optional<sync::RowState>& current, const QJsonObject& merged,
                                  bool deleted, const RowLookup& rows)
{
    if (table == QLatin1String("tickets"))
        return current ? ticketWorkflow(current->fields, merged) : RuleVerdict{};
    if (table == QLatin1String("aftersales_requests"))
        return AfterSalesRules::request(user, current, merged, rows);
    if (table == QLatin1String("aftersales_approvals"))
        return AfterSalesRules::approval(user, current, merged, deleted, rows);
    if (table == QLatin1String("aftersales_evidence"))
        return AfterSalesRules::evidence(user, current, merged, deleted, rows);
    if (table == QLatin1String("disputes"))
        return AfterSalesRules::dispute(user, current, merged, rows);
    if (table == QLatin1String("dispute_outcomes"))
        return AfterSalesRules::outcome(user, current, merged, rows);
    if (MerchantRules::isMerchantTable(table))
        return MerchantRules::check(user, table, current, merged, deleted, rows);
    return {};
}

void ServerRules::needs(const QString& table, const QString& rowId, const QJsonObject& opFields,
                        const std::optional<sync::RowState>& current, RowNeeds* out)
{
    AfterSalesRules::needs(table, rowId, opFields, current, out);
    MerchantRules::needs(table, opFields, current, out);
}

bool ServerRules::mayRead(const UserContext& user, const QString& table)
{
    return !MerchantRules::isMerchantTable(table) || MerchantRules::mayRead(user);
}

const QList<std::pair<QString, QString>>& ServerRules::lookupColumns()
{
    static const QList<std::pair<QString, QString>> columns = {
        {QStringLiteral("aftersales_approvals"), QStringLiteral("request_id")},
        {QStringLiteral("dispute_statements"), QStringLiteral("dispute_id")},
        {QStringLiteral("settings"), QStringLiteral("key")},
    };
    return columns;
}

QString ServerRules::ticketColumn(const QString& table)
{
    if (table == QLatin1String("ticket_events") || table == QLatin1String("attachments"))
        return QStringLiteral("ticket_id");
    return {};
}

QJsonObject ServerRules::visibleFields(const UserContext& user, const QString& table, const QJsonObject& fields)
{
    if (table != QLatin1String("tickets") || user.has(Role::Manager) || user.has(Role::Admin)
        || fields.value(QStringLiteral("owner_id")).toString() == user.id)
        return fields;
    QJsonObject out = fields;
    const QJsonValue phone = out.value(QStringLiteral("customer_phone"));
    if (phone.isString())
        out.insert(QStringLiteral("customer_phone"), domain::maskPhone(phone.toString()));
    return out;
}

} // namespace sw::server
