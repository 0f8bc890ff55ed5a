// DisputeService: the row mapping of `disputes` and the shared checks (declared in
// disputestep_p.h).

#include "services/disputestep_p.h"

#include "domain/businesscalendar.h"
#include "services/calendarservice.h"
#include "services/settingsservice.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"

#include <QSqlQuery>

namespace sw::services::disputes {

using domain::DisputeOutcome;
using domain::DisputeParty;
using domain::DisputeStatus;
using domain::Money;
using domain::Role;

namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

template <typename E> QVariant codeOrNull(const std::optional<E>& value)
{
    return value ? QVariant(domain::code(*value)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QStringList disputeFields()
{
    return {QStringLiteral("number"),
            QStringLiteral("status"),
            QStringLiteral("aftersales_id"),
            QStringLiteral("ticket_id"),
            QStringLiteral("merchant_id"),
            QStringLiteral("buyer_name"),
            QStringLiteral("subject"),
            QStringLiteral("claim_fen"),
            QStringLiteral("opened_by"),
            QStringLiteral("opened_at"),
            QStringLiteral("evidence_deadline"),
            QStringLiteral("outcome"),
            QStringLiteral("refund_fen"),
            QStringLiteral("reasoning"),
            QStringLiteral("decided_by"),
            QStringLiteral("decided_at"),
            QStringLiteral("first_decided_by"),
            QStringLiteral("appeal_party"),
            QStringLiteral("appeal_reason"),
            QStringLiteral("appealed_at"),
            QStringLiteral("closed_at"),
            QStringLiteral("close_note"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QVariantMap toFields(const Dispute& d)
{
    return {{QStringLiteral("number"), d.number},
            {QStringLiteral("status"), domain::code(d.status)},
            {QStringLiteral("aftersales_id"), textOrNull(d.aftersalesId)},
            {QStringLiteral("ticket_id"), textOrNull(d.ticketId)},
            {QStringLiteral("merchant_id"), d.merchantId},
            {QStringLiteral("buyer_name"), d.buyerName},
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("claim_fen"), d.claim.fen()},
            {QStringLiteral("opened_by"), d.openedBy},
            {QStringLiteral("opened_at"), TicketStore::epoch(d.openedAt)},
            {QStringLiteral("evidence_deadline"), TicketStore::epoch(d.evidenceDeadline)},
            {QStringLiteral("outcome"), codeOrNull(d.outcome)},
            {QStringLiteral("refund_fen"), d.refund.fen()},
            {QStringLiteral("reasoning"), d.reasoning},
            {QStringLiteral("decided_by"), textOrNull(d.decidedBy)},
            {QStringLiteral("decided_at"), TicketStore::epoch(d.decidedAt)},
            {QStringLiteral("first_decided_by"), textOrNull(d.firstDecidedBy)},
            {QStringLiteral("appeal_party"), codeOrNull(d.appealParty)},
            {QStringLiteral("appeal_reason"), d.appealReason},
            {QStringLiteral("appealed_at"), TicketStore::epoch(d.appealedAt)},
            {QStringLiteral("closed_at"), TicketStore::epoch(d.closedAt)},
            {QStringLiteral("close_note"), d.closeNote},
            {QStringLiteral("created_at"), TicketStore::epoch(d.createdAt)},
            {QStringLiteral("updated_at"), TicketStore::epoch(d.updatedAt)}};
}

QString selectDisputes()
{
    QStringList columns{QStringLiteral("d.id")};
    for (const QString& f : disputeFields())
        columns << QStringLiteral("d.") + f;
    const QString submitted = QStringLiteral(
        "(SELECT COUNT(*) FROM dispute_statements s WHERE s.dispute_id = d.id AND s.deleted = 0 "
        "AND s.party = '%1')");
    columns << QStringLiteral("a.number") << QStringLiteral("t.number") << QStringLiteral("m.name")
            << QStringLiteral("u.display_name") << submitted.arg(domain::code(DisputeParty::Buyer))
            << submitted.arg(domain::code(DisputeParty::Merchant));
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM disputes d"
                          " LEFT JOIN aftersales_requests a ON a.id = d.aftersales_id"
                          " LEFT JOIN tickets t ON t.id = d.ticket_id"
                          " LEFT JOIN merchants m ON m.id = d.merchant_id"
                          " LEFT JOIN users u ON u.id = d.decided_by ");
}

Dispute readDispute(const QSqlQuery& q)
{
    Dispute d;
    int i = 0;
    d.id = q.value(i++).toString();
    d.number = q.value(i++).toString();
    d.status = domain::fromCode<DisputeStatus>(q.value(i++).toString(), nullptr);
    d.aftersalesId = q.value(i++).toString();
    d.ticketId = q.value(i++).toString();
    d.merchantId = q.value(i++).toString();
    d.buyerName = q.value(i++).toString();
    d.subject = q.value(i++).toString();
    d.claim = Money::fromFen(q.value(i++).toLongLong());
    d.openedBy = q.value(i++).toString();
    d.openedAt = TicketStore::fromEpoch(q.value(i++));
    d.evidenceDeadline = TicketStore::fromEpoch(q.value(i++));
    const QVariant outcome = q.value(i++);
    if (!outcome.isNull())
        d.outcome = domain::fromCode<DisputeOutcome>(outcome.toString(), nullptr);
    d.refund = Money::fromFen(q.value(i++).toLongLong());
    d.reasoning = q.value(i++).toString();
    d.decidedBy = q.value(i++).toString();
    d.decidedAt = TicketStore::fromEpoch(q.value(i++));
    d.firstDecidedBy = q.value(i++).toString();
    const QVariant party = q.value(i++);
    if (!party.isNull())
        d.appealParty = domain::fromCode<DisputeParty>(party.toString(), nullptr);
    d.appealReason = q.value(i++).toString();
    d.appealedAt = TicketStore::fromEpoch(q.value(i++));
    d.closedAt = TicketStore::fromEpoch(q.value(i++));
    d.closeNote = q.value(i++).toString();
    d.createdAt = TicketStore::fromEpoch(q.value(i++));
    d.updatedAt = TicketStore::fromEpoch(q.value(i++));
    d.aftersalesNumber = q.value(i++).toString();
    d.ticketNumber = q.value(i++).toString();
    d.merchantName = q.value(i++).toString();
    d.decidedByName = q.value(i++).toString();
    d.buyerSubmitted = q.value(i++).toLongLong() > 0;
    d.merchantSubmitted = q.value(i++).toLongLong() > 0;
    return d;
}

Result<Dispute> loadDispute(QSqlDatabase db, const QString& id)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, selectDisputes() + QStringLiteral("WHERE d.id = ? AND d.deleted = 0"), {id}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, DisputeService::tr("The dispute does not exist (any more)."));
    return readDispute(q);
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

bool isHandler(const Actor& a)
{
    return a.has(Role::Agent) || a.has(Role::Lead) || a.has(Role::Manager);
}

bool isMediator(const Actor& a)
{
    return domain::DisputeRules::canMediate(a.roles).ok();
}

Status requireHandler(const Actor& a)
{
    if (isHandler(a))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     DisputeService::tr("Only agents, leads and managers handle disputes."));
}

Status requireMediator(const Actor& a)
{
    if (isMediator(a))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     DisputeService::tr("Only a lead or a manager mediates a dispute and adds the "
                                        "platform's findings."));
}

Status requireReader(const Actor& a)
{
    if (isHandler(a) || a.has(Role::Admin) || a.has(Role::Auditor))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     DisputeService::tr("Your roles do not allow you to see disputes."));
}

Status checkLength(const QString& text)
{
    if (text.size() > DisputeService::kMaxTextChars)
        return invalid(DisputeService::tr("The text is %1 characters long; at most %2 characters are "
                                          "allowed.")
                           .arg(text.size())
                           .arg(DisputeService::kMaxTextChars));
    return {};
}

Status checkText(const QString& text, const QString& blankMessage)
{
    if (text.trimmed().isEmpty())
        return invalid(blankMessage);
    return checkLength(text);
}

Result<QString> allocateNumber(QSqlDatabase db, const QDateTime& at)
{
    const QDate day = domain::BusinessCalendar::chinaDate(at);
    const QString prefix = QStringLiteral("DP-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT MAX(number) FROM disputes WHERE number >= ? AND number < ?"),
                     {prefix, prefix + QLatin1Char('~')}));
    qint64 last = 0;
    if (q.next() && !q.value(0).isNull())
        last = q.value(0).toString().mid(prefix.size()).toLongLong();
    if (last + 1 > 999999)
        return makeError(
            ErrorCode::Conflict,
            DisputeService::tr("No more dispute numbers are free for %1.").arg(day.toString(Qt::ISODate)));
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

Result<QDateTime> evidenceDeadline(QSqlDatabase db, const domain::DisputePolicy& policy,
                                   const QDateTime& openedAt)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT value FROM settings WHERE key = ? AND deleted = 0"),
                     {TicketStore::kSlaPolicyKey}));
    const domain::SlaPolicy sla = TicketStore::policyFromText(q.next() ? q.value(0).toString() : QString());
    if (sla.calendarMode() != domain::SlaPolicy::CalendarMode::BusinessDays)
        return policy.evidenceDeadline(openedAt);
    auto calendar = CalendarService::effectiveCalendar(db);
    if (!calendar)
        return calendar.error();
    return policy.evidenceDeadline(openedAt, &*calendar);
}

Status addTimelineNote(WriteTransaction& tx, QSqlDatabase db, const Dispute& d, const QString& action,
                       const QString& text, const QDateTime& now)
{
    if (d.ticketId.isEmpty())
        return {};
    const QVariantMap data{{QStringLiteral("disputeId"), d.id},
                           {QStringLiteral("disputeNumber"), d.number},
                           {QStringLiteral("step"), action},
                           {QStringLiteral("status"), domain::code(d.status)}};
    auto event = TicketStore::addEvent(tx, d.ticketId, TicketEventKind::Note, text, data, now, action);
    if (!event)
        return event.error();
    auto ticket = TicketStore::load(db, d.ticketId);
    if (ticket) // the note is searchable like every other note of the ticket
        SW_TRY(TicketStore::refreshSearch(db, *ticket));
    return {};
}

} // namespace sw::services::disputes
