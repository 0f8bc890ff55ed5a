// TicketService: assignment (assign, take, bulk reassignment, assignable owners) and the
// satisfaction rating.

#include "services/ticketservice.h"

#include "services/sqlsupport.h"
#include "services/ticketedit.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sw::services {

using domain::Role;
using domain::TicketStatus;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketService", text);
}

constexpr int kMaxCommentChars = 1000;

bool mayAssign(const Actor& actor)
{
    return actor.has(Role::Lead) || TicketStore::seesAll(actor);
}

Status requireAssign(const Actor& actor)
{
    SW_TRY(TicketStore::requireTicketAccess(actor));
    if (!mayAssign(actor))
        return TicketStore::denied(
            tr("Only leads and managers can assign tickets. Use “Take” to take an unassigned ticket."));
    return {};
}

// Loads, checks and reassigns one ticket inside the transaction (no commit).
Status assignOne(WriteTransaction& tx, const domain::SlaClock& clock, const Actor& actor, const QString& id,
                 const QString& ownerId, const QDateTime& now)
{
    QSqlDatabase db = tx.database();
    auto before = TicketStore::load(db, id);
    if (!before)
        return before.error();
    SW_TRY(TicketStore::checkCanEdit(actor, *before));
    QString team;
    QString name;
    SW_TRY(TicketStore::checkOwner(db, ownerId, &team, &name));
    if (!TicketStore::seesAll(actor) && ownerId != actor.userId &&
        (actor.teamId.isEmpty() || team != actor.teamId))
        return TicketStore::denied(tr("You can assign tickets only to members of your team."));
    if (before->ownerId == ownerId)
        return {}; // already theirs
    Ticket after = *before;
    SW_TRY(TicketStore::applyOwner(tx, after, ownerId, team, name, now));
    return TicketStore::save(tx, clock, after, now, QStringLiteral("ticket.assign"));
}

} // namespace

Status TicketService::assign(const QString& id, const QString& ownerId)
{
    TicketEditOptions options;
    options.access = &requireAssign;
    options.prepare = [&]() -> Status {
        if (ownerId.trimmed().isEmpty())
            return TicketStore::invalid(tr("Choose an owner for the ticket."));
        return {};
    };
    options.load = false; // assignOne loads and checks, as for each ticket of a bulk change
    auto edit = beginTicketEdit(id, options);
    if (!edit)
        return edit.error();
    SW_TRY(assignOne(edit->tx, edit->clock, m_actor, id, ownerId.trimmed(), edit->now));
    return edit->tx.commit();
}

Status TicketService::take(const QString& id)
{
    auto edit = beginTicketEdit(id, {});
    if (!edit)
        return edit.error();
    Ticket& after = edit->ticket;
    if (after.ownerId == m_actor.userId)
        return {};
    if (!after.ownerId.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("Ticket %1 already belongs to %2.").arg(after.number, after.ownerName));
    QString team;
    QString name;
    SW_TRY(TicketStore::checkOwner(edit->db, m_actor.userId, &team, &name));
    SW_TRY(TicketStore::applyOwner(edit->tx, after, m_actor.userId, team, name, edit->now));
    SW_TRY(TicketStore::save(edit->tx, edit->clock, after, edit->now, QStringLiteral("ticket.take")));
    return edit->tx.commit();
}

Status TicketService::bulkAssign(const QList<QString>& ids, const QString& ownerId)
{
    SW_TRY(requireAssign(m_actor));
    if (ownerId.trimmed().isEmpty())
        return TicketStore::invalid(tr("Choose an owner for the tickets."));
    if (ids.isEmpty())
        return {};
    TicketEditOptions options;
    options.access = &requireAssign;
    options.load = false; // assignOne loads and checks each ticket
    auto edit = beginTicketEdit(QString(), options);
    if (!edit)
        return edit.error();
    for (const QString& id : ids) {
        const Status done = assignOne(edit->tx, edit->clock, m_actor, id, ownerId.trimmed(), edit->now);
        if (!done) {
            // All or nothing: the destructor rolls back; the message names the ticket.
            Error e = done.error();
            auto t = TicketStore::load(edit->db, id);
            e.message = tr("No ticket was reassigned. Ticket %1: %2").arg(t ? t->number : id, e.message);
            return e;
        }
    }
    return edit->tx.commit();
}

Result<QList<QPair<QString, QString>>> TicketService::assignableOwners() const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral(
        "SELECT DISTINCT u.id, u.display_name FROM users u "
        "JOIN user_roles ur ON ur.user_id = u.id AND ur.deleted = 0 "
        "WHERE u.deleted = 0 AND u.active = 1 AND ur.role_id IN (?, ?, ?)");
    QVariantList values{domain::roleId(Role::Agent), domain::roleId(Role::Lead), domain::roleId(Role::Manager)};
    if (!TicketStore::seesAll(m_actor)) {
        if (m_actor.has(Role::Lead) && !m_actor.teamId.isEmpty()) {
            sql += QStringLiteral(" AND (u.team_id = ? OR u.id = ?)");
            values << m_actor.teamId << m_actor.userId;
        } else {
            sql += QStringLiteral(" AND u.id = ?"); // agents take tickets for themselves
            values << m_actor.userId;
        }
    }
    sql += QStringLiteral(" ORDER BY u.display_name, u.id");
    SW_TRY(execQuery(q, sql, values));
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status TicketService::rate(const QString& id, int attitude, int efficiency, int result, const QString& comment)
{
    TicketEditOptions options;
    options.prepare = [&]() -> Status {
        for (int score : {attitude, efficiency, result}) {
            if (score < 1 || score > 5)
                return TicketStore::invalid(tr("Each rating must be a whole number from 1 to 5."));
        }
        if (comment.size() > kMaxCommentChars)
            return TicketStore::invalid(
                tr("The comment must be at most %1 characters long.").arg(kMaxCommentChars));
        return {};
    };
    options.allowClosed = true;
    auto edit = beginTicketEdit(id, options);
    if (!edit)
        return edit.error();
    const Ticket& before = edit->ticket;
    if (before.status != TicketStatus::Resolved && before.status != TicketStatus::Closed)
        return TicketStore::invalid(tr("Only a resolved or closed ticket can be rated."));
    // Once per resolution: a rating older than the latest resolution belongs to an
    // earlier round (the ticket was reopened and resolved again).
    if (before.csatAt.isValid() && (!before.resolvedAt.isValid() || before.csatAt >= before.resolvedAt))
        return makeError(ErrorCode::Conflict, tr("Ticket %1 has already been rated.").arg(before.number));
    Ticket after = before;
    after.csatAttitude = attitude;
    after.csatEfficiency = efficiency;
    after.csatResult = result;
    after.csatComment = comment.trimmed();
    after.csatAt = edit->now;
    const QVariantMap data{{QStringLiteral("attitude"), attitude},
                           {QStringLiteral("efficiency"), efficiency},
                           {QStringLiteral("result"), result}};
    auto event = TicketStore::addEvent(edit->tx, id, TicketEventKind::Satisfaction, after.csatComment, data,
                                       edit->now, QStringLiteral("ticket.rate"));
    if (!event)
        return event.error();
    SW_TRY(TicketStore::save(edit->tx, edit->clock, after, edit->now, QStringLiteral("ticket.rate")));
    return edit->tx.commit();
}

} // namespace sw::services
