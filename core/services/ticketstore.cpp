#include "services/ticketstore.h"

#include "domain/masking.h"
#include "clock.h"
#include "domain/searchtext.h"
#include "domain/ticketworkflow.h"
#include "services/sqlsupport.h"
#include "services/ticketservice.h"
#include "services/ticketsupport.h"
#include "services/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace sw::services {

using domain::Role;
using domain::TicketStatus;

const QString TicketStore::kTickets = QStringLiteral("tickets");
const QString TicketStore::kEvents = QStringLiteral("ticket_events");
const QString TicketStore::kAttachments = QStringLiteral("attachments");
const QString TicketStore::kSlaPolicyKey = QStringLiteral("tickets.sla_policy");
const QString TicketStore::kMaxAttachmentKey = QStringLiteral("tickets.max_attachment_bytes");

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketService", text);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant scoreOrNull(int score)
{
    return score == 0 ? QVariant() : QVariant(qlonglong(score));
}

template <typename Enum> Enum parseCode(const QVariant& v)
{
    return domain::fromCode<Enum>(v.toString());
}

} // namespace

Error TicketStore::invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error TicketStore::denied(const QString& message)
{
    return makeError(ErrorCode::PermissionDenied,
                     message.isEmpty() ? tr("You do not have access to customer-service tickets.") : message);
}

QVariant TicketStore::epoch(const QDateTime& t)
{
    return t.isValid() ? QVariant(qlonglong(t.toSecsSinceEpoch())) : QVariant();
}

QDateTime TicketStore::fromEpoch(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString TicketStore::rowColumns()
{
    return QStringLiteral(
        "t.n, t.id, t.number, t.kind, t.channel, t.subject, t.customer_name, t.customer_phone, t.order_no, "
        "t.merchant_name, t.priority, t.status, t.owner_id, u.display_name, t.team_id, t.received_at, "
        "t.first_response_due, t.resolution_due, t.next_due, t.next_warn, t.paused_since, t.special_case");
}

void TicketStore::readRow(const QSqlQuery& q, TicketRow& r)
{
    r.n = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.number = q.value(2).toString();
    r.kind = parseCode<domain::TicketKind>(q.value(3));
    r.channel = parseCode<domain::TicketChannel>(q.value(4));
    r.subject = q.value(5).toString();
    r.customerName = q.value(6).toString();
    r.customerPhone = q.value(7).toString();
    r.orderNo = q.value(8).toString();
    r.merchantName = q.value(9).toString();
    r.priority = parseCode<domain::TicketPriority>(q.value(10));
    r.status = parseCode<TicketStatus>(q.value(11));
    r.ownerId = q.value(12).toString();
    r.ownerName = q.value(13).toString();
    r.teamId = q.value(14).toString();
    r.receivedAt = fromEpoch(q.value(15));
    r.firstResponseDue = fromEpoch(q.value(16));
    r.resolutionDue = fromEpoch(q.value(17));
    r.nextDue = fromEpoch(q.value(18));
    r.nextWarn = fromEpoch(q.value(19));
    r.paused = !q.value(20).isNull();
    r.specialCase = q.value(21).toLongLong() != 0;
}

QString TicketStore::fullSelect()
{
    return QStringLiteral("SELECT ") + rowColumns() +
           QStringLiteral(
               ", t.body, t.customer_id, t.customer_email, t.merchant_id, t.special_reason, "
               "t.first_response_at, t.resolved_at, t.closed_at, t.paused_since, t.paused_secs, "
               "t.csat_attitude, t.csat_efficiency, t.csat_result, t.csat_comment, t.csat_at, t.merged_into, "
               "m.number, t.created_at, t.updated_at "
               "FROM tickets t LEFT JOIN users u ON u.id = t.owner_id "
               "LEFT JOIN tickets m ON m.id = t.merged_into ");
}

Ticket TicketStore::readTicket(const QSqlQuery& q)
{
    Ticket t;
    readRow(q, t);
    t.body = q.value(22).toString();
    t.customerId = q.value(23).toString();
    t.customerEmail = q.value(24).toString();
    t.merchantId = q.value(25).toString();
    t.specialReason = q.value(26).toString();
    t.firstResponseAt = fromEpoch(q.value(27));
    t.resolvedAt = fromEpoch(q.value(28));
    t.closedAt = fromEpoch(q.value(29));
    t.pausedSince = fromEpoch(q.value(30));
    t.pausedSecs = q.value(31).toLongLong();
    t.csatAttitude = q.value(32).toInt();
    t.csatEfficiency = q.value(33).toInt();
    t.csatResult = q.value(34).toInt();
    t.csatComment = q.value(35).toString();
    t.csatAt = fromEpoch(q.value(36));
    t.mergedInto = q.value(37).toString();
    t.mergedIntoNumber = q.value(38).toString();
    t.createdAt = fromEpoch(q.value(39));
    t.updatedAt = fromEpoch(q.value(40));
    return t;
}

Result<Ticket> TicketStore::load(QSqlDatabase db, const QString& id)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, fullSelect() + QStringLiteral("WHERE t.id = ? AND t.deleted = 0"), {id}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The ticket does not exist; it may have been deleted."), id);
    return readTicket(q);
}

QVariantMap TicketStore::toFields(const Ticket& t)
{
    const bool rated = t.csatAt.isValid();
    return {
        {QStringLiteral("number"), t.number},
        {QStringLiteral("kind"), domain::code(t.kind)},
        {QStringLiteral("channel"), domain::code(t.channel)},
        {QStringLiteral("priority"), domain::code(t.priority)},
        {QStringLiteral("status"), domain::code(t.status)},
        {QStringLiteral("subject"), t.subject},
        {QStringLiteral("body"), t.body},
        {QStringLiteral("customer_id"), textOrNull(t.customerId)},
        {QStringLiteral("customer_name"), t.customerName},
        {QStringLiteral("customer_phone"), t.customerPhone},
        {QStringLiteral("customer_email"), t.customerEmail},
        {QStringLiteral("order_no"), t.orderNo},
        {QStringLiteral("merchant_id"), textOrNull(t.merchantId)},
        {QStringLiteral("merchant_name"), t.merchantName},
        {QStringLiteral("owner_id"), textOrNull(t.ownerId)},
        {QStringLiteral("team_id"), textOrNull(t.teamId)},
        {QStringLiteral("special_case"), qlonglong(t.specialCase ? 1 : 0)},
        {QStringLiteral("special_reason"), t.specialReason},
        {QStringLiteral("received_at"), epoch(t.receivedAt)},
        {QStringLiteral("first_response_at"), epoch(t.firstResponseAt)},
        {QStringLiteral("resolved_at"), epoch(t.resolvedAt)},
        {QStringLiteral("closed_at"), epoch(t.closedAt)},
        {QStringLiteral("paused_since"), epoch(t.pausedSince)},
        {QStringLiteral("paused_secs"), qlonglong(t.pausedSecs)},
        {QStringLiteral("first_response_due"), epoch(t.firstResponseDue)},
        {QStringLiteral("resolution_due"), epoch(t.resolutionDue)},
        {QStringLiteral("next_due"), epoch(t.nextDue)},
        {QStringLiteral("next_warn"), epoch(t.nextWarn)},
        {QStringLiteral("csat_attitude"), scoreOrNull(t.csatAttitude)},
        {QStringLiteral("csat_efficiency"), scoreOrNull(t.csatEfficiency)},
        {QStringLiteral("csat_result"), scoreOrNull(t.csatResult)},
        {QStringLiteral("csat_comment"), rated ? QVariant(t.csatComment) : QVariant()},
        {QStringLiteral("csat_at"), epoch(t.csatAt)},
        {QStringLiteral("merged_into"), textOrNull(t.mergedInto)},
        {QStringLiteral("created_at"), epoch(t.createdAt)},
        {QStringLiteral("updated_at"), epoch(t.updatedAt)},
    };
}

// --- access -------------------------------------------------------------------------

bool TicketStore::hasTicketRole(const Actor& actor)
{
    return actor.has(Role::Agent) || actor.has(Role::Lead) || seesAll(actor);
}

bool TicketStore::seesAll(const Actor& actor)
{
    return actor.has(Role::Manager) || actor.has(Role::Admin);
}

Status TicketStore::requireTicketAccess(const Actor& actor)
{
    if (!hasTicketRole(actor))
        return denied();
    return {};
}

Status TicketStore::checkCanRead(const Actor& actor, const Ticket& t)
{
    SW_TRY(requireTicketAccess(actor));
    if (seesAll(actor) || t.ownerId.isEmpty() || t.ownerId == actor.userId)
        return {};
    // Agents may read their team's tickets (e.g. to help a colleague), leads own them.
    if (!actor.teamId.isEmpty() && t.teamId == actor.teamId)
        return {};
    return denied(tr("Ticket %1 belongs to another team's agent; you cannot open it.").arg(t.number));
}

Status TicketStore::checkCanEdit(const Actor& actor, const Ticket& t, bool allowClosed)
{
    SW_TRY(checkCanRead(actor, t));
    const bool mayChange = seesAll(actor) || t.ownerId.isEmpty() || t.ownerId == actor.userId ||
                           (actor.has(Role::Lead) && !actor.teamId.isEmpty() && t.teamId == actor.teamId);
    if (!mayChange)
        return denied(tr("Ticket %1 belongs to another agent. You can change only your own tickets and "
                         "unassigned ones.")
                          .arg(t.number));
    if (!t.mergedInto.isEmpty())
        return invalid(tr("Ticket %1 was merged into %2 and can no longer be changed. Work on %2 instead.")
                           .arg(t.number, t.mergedIntoNumber));
    if (!allowClosed && t.status == TicketStatus::Closed)
        return makeError(ErrorCode::IllegalTransition,
                         tr("Ticket %1 is closed and can no longer be changed.").arg(t.number));
    return {};
}

QString TicketStore::maskedPhoneFor(const Actor& actor, const Ticket& t)
{
    // DOMAIN.md: personal data is masked for roles that do not need it. Only the owner
    // talks to the customer, so only the owner sees the number (managers too see it masked).
    return (!t.ownerId.isEmpty() && t.ownerId == actor.userId) ? t.customerPhone
                                                                : domain::maskPhone(t.customerPhone);
}

// --- validation ---------------------------------------------------------------------

Status TicketStore::checkMessageText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return invalid(tr("Write some text first."));
    if (text.size() > TicketService::kMaxBodyChars)
        return invalid(tr("The text is %1 characters long; at most %2 characters are allowed.")
                           .arg(text.size())
                           .arg(TicketService::kMaxBodyChars));
    return {};
}

Status TicketStore::checkOwner(QSqlDatabase db, const QString& ownerId, QString* teamId, QString* name)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT display_name, team_id, active FROM users WHERE id = ? AND deleted = 0"),
                     {ownerId}));
    if (!q.next())
        return invalid(tr("The chosen owner does not exist."));
    const QString displayName = q.value(0).toString();
    if (teamId)
        *teamId = q.value(1).toString();
    if (name)
        *name = displayName;
    if (q.value(2).toLongLong() == 0)
        return invalid(tr("“%1” is deactivated and cannot own tickets.").arg(displayName));
    q.finish();
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                    "WHERE ur.user_id = ? AND ur.deleted = 0"),
                     {ownerId}));
    bool handles = false;
    while (q.next()) {
        Role role;
        if (domain::roleFromCode(q.value(0).toString(), &role))
            handles = handles || role == Role::Agent || role == Role::Lead || role == Role::Manager;
    }
    if (!handles)
        return invalid(tr("“%1” does not handle customer-service tickets (an agent, lead or manager role is "
                          "needed).")
                           .arg(displayName));
    return {};
}

// --- timeline -----------------------------------------------------------------------

Result<QString> TicketStore::addEvent(WriteTransaction& tx, const QString& ticketId, TicketEventKind kind,
                                      const QString& body, const QVariantMap& data, const QDateTime& at,
                                      const QString& action)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(data)).toJson(QJsonDocument::Compact));
    return tx.insert(kEvents,
                     {{QStringLiteral("ticket_id"), ticketId},
                      {QStringLiteral("kind"), code(kind)},
                      {QStringLiteral("author_id"), textOrNull(tx.actor().userId)},
                      {QStringLiteral("author_name"), tx.actor().displayName},
                      {QStringLiteral("at"), epoch(at)},
                      {QStringLiteral("body"), body},
                      {QStringLiteral("data_json"), json}},
                     action);
}

QString TicketStore::eventColumns()
{
    return QStringLiteral("e.n, e.id, e.ticket_id, e.kind, e.author_id, e.author_name, e.at, e.body, e.data_json");
}

TicketEvent TicketStore::readEvent(const QSqlQuery& q)
{
    TicketEvent e;
    e.n = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.ticketId = q.value(2).toString();
    eventKindFromCode(q.value(3).toString(), &e.kind);
    e.authorId = q.value(4).toString();
    e.authorName = q.value(5).toString();
    e.at = fromEpoch(q.value(6));
    e.body = q.value(7).toString();
    e.data = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object().toVariantMap();
    return e;
}

// --- status and owner -----------------------------------------------------------------

Status TicketStore::applyStatus(WriteTransaction& tx, Ticket& t, TicketStatus to, const QDateTime& now)
{
    domain::TransitionContext ctx;
    ctx.hasOwner = !t.ownerId.isEmpty();
    ctx.resolvedAt = t.resolvedAt;
    ctx.now = now;
    SW_TRY(domain::TicketWorkflow::canTransition(t.status, to, ctx));

    QVariantMap data{{QStringLiteral("from"), domain::code(t.status)}, {QStringLiteral("to"), domain::code(to)}};
    if (t.status == TicketStatus::PendingCustomer && t.pausedSince.isValid()) {
        const qint64 secs = std::max<qint64>(0, t.pausedSince.secsTo(now));
        t.pausedSecs += secs;
        data.insert(QStringLiteral("pauseStart"), epoch(t.pausedSince));
        data.insert(QStringLiteral("pauseEnd"), epoch(now));
        data.insert(QStringLiteral("pausedSecs"), secs);
        t.pausedSince = {};
    }
    if (to == TicketStatus::PendingCustomer)
        t.pausedSince = now;
    if (t.status == TicketStatus::Resolved && to == TicketStatus::Open) {
        data.insert(QStringLiteral("resolvedAt"), epoch(t.resolvedAt)); // history of the reopen
        t.resolvedAt = {};
    }
    if (to == TicketStatus::Resolved)
        t.resolvedAt = now;
    if (to == TicketStatus::Closed)
        t.closedAt = now;
    t.status = to;
    auto event = addEvent(tx, t.id, TicketEventKind::StatusChange, {}, data, now, QStringLiteral("ticket.status"));
    if (!event)
        return event.error();
    return {};
}

Status TicketStore::applyOwner(WriteTransaction& tx, Ticket& t, const QString& ownerId, const QString& ownerTeam,
                               const QString& ownerName, const QDateTime& now)
{
    const QVariantMap data{{QStringLiteral("from"), t.ownerId},
                           {QStringLiteral("fromName"), t.ownerName},
                           {QStringLiteral("to"), ownerId},
                           {QStringLiteral("toName"), ownerName}};
    auto event = addEvent(tx, t.id, TicketEventKind::Assignment, {}, data, now, QStringLiteral("ticket.assign"));
    if (!event)
        return event.error();
    t.ownerId = ownerId;
    t.ownerName = ownerName;
    t.teamId = ownerTeam;
    if (t.status == TicketStatus::New)
        return applyStatus(tx, t, TicketStatus::Open, now);
    return {};
}

QDateTime TicketStore::now(const Clock* clock)
{
    const QDateTime t = Clock::nowOf(clock);
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

// --- search -------------------------------------------------------------------------

Status TicketStore::refreshSearch(QSqlDatabase db, const Ticket& t)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT body FROM ticket_events WHERE ticket_id = ? AND deleted = 0 "
                                    "AND kind IN (?, ?, ?) ORDER BY at, n"),
                     {t.id, code(TicketEventKind::CustomerMessage), code(TicketEventKind::Reply),
                      code(TicketEventKind::Note)}));
    QStringList texts;
    while (q.next())
        texts << q.value(0).toString();
    q.finish();
    const QString tokens = domain::SearchText::indexTokens(ticketSearchText(
        t.number, t.subject, t.body, t.customerName, t.customerPhone, t.orderNo, t.merchantName, texts));
    SW_TRY(execQuery(q, QStringLiteral("DELETE FROM ticket_search WHERE docid = ?"), {t.n}));
    return execQuery(q, QStringLiteral("INSERT INTO ticket_search (docid, tokens) VALUES (?, ?)"), {t.n, tokens});
}

// --- saving -------------------------------------------------------------------------

Status TicketStore::save(WriteTransaction& tx, const domain::SlaClock& clock, Ticket after,
                         const QDateTime& now, const QString& action)
{
    after.updatedAt = now;
    SW_TRY(computeSla(tx.database(), clock, after, now));
    SW_TRY(tx.update(kTickets, after.id, syncedFields(after), action));
    // Derived local columns: beside the row, not through the outbox (see slaColumns()).
    return writeSla(tx.database(), after);
}

// --- numbers ------------------------------------------------------------------------

Result<QString> TicketStore::allocateNumber(QSqlDatabase db, const QDateTime& receivedAt)
{
    const QDate day = domain::BusinessCalendar::chinaDate(receivedAt);
    const QString dayKey = day.toString(Qt::ISODate);
    const QString prefix = QStringLiteral("CS-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));

    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT last FROM ticket_numbers WHERE day = ?"), {dayKey}));
    qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    // A range on the unique index, not LIKE: stays fast at a million tickets.
    SW_TRY(execQuery(q, QStringLiteral("SELECT MAX(number) FROM tickets WHERE number >= ? AND number < ?"),
                     {prefix, prefix + QLatin1Char('~')}));
    if (q.next() && !q.value(0).isNull())
        last = std::max(last, q.value(0).toString().mid(prefix.size()).toLongLong());
    q.finish();
    const qint64 next = last + 1;
    if (next > 999999)
        return makeError(ErrorCode::Conflict, tr("No more ticket numbers are free for %1.").arg(dayKey));
    SW_TRY(execQuery(q, QStringLiteral("INSERT OR REPLACE INTO ticket_numbers (day, last) VALUES (?, ?)"),
                     {dayKey, next}));
    return prefix + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0'));
}

} // namespace sw::services
