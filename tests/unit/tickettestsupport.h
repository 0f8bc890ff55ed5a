#pragma once

// A ticket test world on a real encrypted database: two teams with a lead and agents
// each, a manager, an admin, an auditor, a trainer and a deactivated agent, plus a
// ManualClock. People are inserted with SQL (no password hashing: these tests are about
// tickets, and hashing a dozen passwords would only make them slow).

#include "clock.h"
#include "domain/roles.h"
#include "services/actor.h"
#include "services/ticketservice.h"
#include "support/servicefixture.h"

#include <QUuid>

namespace swtest {

class TicketWorld
{
public:
    ServiceFixture fx;
    sw::ManualClock clock{fixedStart()};
    QString teamA, teamB;
    sw::services::Actor admin, manager, leadA, agentA1, agentA2, leadB, agentB1, auditor, trainer, inactive;

    bool setUp(QString* why)
    {
        if (!fx.create(why))
            return false;
        admin = fx.firstAdmin();
        teamA = addTeam(QStringLiteral("一组"));
        teamB = addTeam(QStringLiteral("二组"));
        using R = sw::domain::Role;
        manager = addUser(QStringLiteral("manager"), QStringLiteral("王经理"), {R::Manager}, {});
        leadA = addUser(QStringLiteral("leada"), QStringLiteral("李主管"), {R::Lead}, teamA);
        agentA1 = addUser(QStringLiteral("agenta1"), QStringLiteral("张三"), {R::Agent}, teamA);
        agentA2 = addUser(QStringLiteral("agenta2"), QStringLiteral("赵四"), {R::Agent}, teamA);
        leadB = addUser(QStringLiteral("leadb"), QStringLiteral("周主管"), {R::Lead}, teamB);
        agentB1 = addUser(QStringLiteral("agentb1"), QStringLiteral("孙五"), {R::Agent}, teamB);
        auditor = addUser(QStringLiteral("auditor"), QStringLiteral("审核员"), {R::Auditor}, {});
        trainer = addUser(QStringLiteral("trainer"), QStringLiteral("培训员"), {R::Trainer}, {});
        inactive = addUser(QStringLiteral("gone"), QStringLiteral("离职员工"), {R::Agent}, teamA, false);
        return !admin.userId.isEmpty();
    }

    QString addTeam(const QString& name)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!fx.exec(QStringLiteral("INSERT INTO teams (id, name) VALUES (?, ?)"), {id, name}))
            qFatal("team insert failed");
        return id;
    }

    sw::services::Actor addUser(const QString& login, const QString& name, const QList<sw::domain::Role>& roles,
                                const QString& team, bool active = true)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!fx.exec(QStringLiteral("INSERT INTO users (id, login, display_name, password_hash, team_id, active, "
                                    "created_at) VALUES (?, ?, ?, 'x', ?, ?, '2025-01-01T00:00:00.000Z')"),
                     {id, login, name, team.isEmpty() ? QVariant() : QVariant(team), active ? 1 : 0}))
            qFatal("user insert failed");
        for (sw::domain::Role r : roles) {
            if (!fx.exec(QStringLiteral("INSERT INTO user_roles (id, user_id, role_id) VALUES (?, ?, ?)"),
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), id, sw::domain::roleId(r)}))
                qFatal("role insert failed");
        }
        return sw::services::Actor{id, login, name, team, roles};
    }

    sw::services::TicketService service(const sw::services::Actor& actor)
    {
        return sw::services::TicketService(fx.db(), actor, &clock);
    }

    static sw::services::TicketDraft draft(const QString& subject = QStringLiteral("订单未发货"))
    {
        sw::services::TicketDraft d;
        d.subject = subject;
        d.body = QStringLiteral("客户反映下单三天仍未发货，请尽快处理。");
        d.customerName = QStringLiteral("陈小姐");
        d.customerPhone = QStringLiteral("13812345678");
        d.orderNo = QStringLiteral("SO-2025-0001");
        d.merchantName = QStringLiteral("好物旗舰店");
        return d;
    }

    // Row counts of the tables a write touches: "nothing saved" means none changed.
    QList<qint64> writeCounts()
    {
        QList<qint64> out;
        for (const char* table : {"tickets", "ticket_events", "attachments", "customers", "merchants",
                                  "canned_replies", "sync_outbox", "audit_log", "ticket_numbers", "ticket_search"})
            out << fx.count(QString::fromLatin1(table));
        return out;
    }
};

} // namespace swtest
