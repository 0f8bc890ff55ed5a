// AfterSalesService: the row mapping of aftersales_requests and the shared checks
// (declared in aftersalesstep_p.h).

#include "services/aftersalesstep_p.h"

#include "domain/businesscalendar.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"

#include <QSqlQuery>

namespace sw::services::aftersales {

using domain::AfterSalesStatus;
using domain::ApprovalLevel;
using domain::Money;
using domain::Role;

namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString levelCode(ApprovalLevel level)
{
    return domain::roleCode(domain::roleFor(level));
}

ApprovalLevel levelFromCode(const QString& code)
{
    Role role = Role::Agent;
    domain::roleFromCode(code, &role);
    switch (role) {
    case Role::Lead:
        return ApprovalLevel::Lead;
    case Role::Manager:
        return ApprovalLevel::Manager;
    default:
        return ApprovalLevel::Agent;
    }
}

} // namespace

QStringList requestFields()
{
    return {QStringLiteral("number"),           QStringLiteral("kind"),
            QStringLiteral("status"),           QStringLiteral("ticket_id"),
            QStringLiteral("order_no"),         QStringLiteral("delivery_date"),
            QStringLiteral("request_date"),     QStringLiteral("item_name"),
            QStringLiteral("item_flags"),       QStringLiteral("warranty_days"),
            QStringLiteral("evidence_count"),   QStringLiteral("amount_fen"),
            QStringLiteral("order_total_fen"),  QStringLiteral("refunded_before_fen"),
            QStringLiteral("reason"),           QStringLiteral("reason_text"),
            QStringLiteral("requester_id"),     QStringLiteral("required_level"),
            QStringLiteral("override_by"),      QStringLiteral("override_reason"),
            QStringLiteral("rejection_reason"), QStringLiteral("rejection_text"),
            QStringLiteral("info_note"),        QStringLiteral("compensation_fen"),
            QStringLiteral("executed_at"),      QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QString rolesCode(const QList<Role>& roles)
{
    QStringList out;
    for (Role r : roles)
        out << domain::roleCode(r);
    return out.join(QLatin1Char(','));
}

QList<Role> rolesFromCode(const QString& text)
{
    QList<Role> out;
    for (const QString& c : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role r{};
        if (domain::roleFromCode(c, &r))
            out << r;
    }
    return out;
}

QVariantMap toFields(const AfterSalesRequest& r)
{
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("kind"), domain::code(r.kind)},
            {QStringLiteral("status"), domain::code(r.status)},
            {QStringLiteral("ticket_id"), textOrNull(r.ticketId)},
            {QStringLiteral("order_no"), r.orderNo},
            {QStringLiteral("delivery_date"), r.deliveredOn.toString(Qt::ISODate)},
            {QStringLiteral("request_date"), r.requestedOn.toString(Qt::ISODate)},
            {QStringLiteral("item_name"), r.itemName},
            {QStringLiteral("item_flags"), domain::codes(r.itemFlags).join(QLatin1Char(','))},
            {QStringLiteral("warranty_days"),
             r.warrantyDays < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(r.warrantyDays)},
            {QStringLiteral("evidence_count"), r.evidenceCount},
            {QStringLiteral("amount_fen"), r.amount.fen()},
            {QStringLiteral("order_total_fen"), r.orderTotal.fen()},
            {QStringLiteral("refunded_before_fen"), r.refundedBefore.fen()},
            {QStringLiteral("reason"), domain::code(r.reason)},
            {QStringLiteral("reason_text"), r.reasonText},
            {QStringLiteral("requester_id"), r.requesterId},
            {QStringLiteral("required_level"), levelCode(r.requiredLevel)},
            {QStringLiteral("override_by"), textOrNull(r.overrideBy)},
            {QStringLiteral("override_reason"), r.overrideReason},
            {QStringLiteral("rejection_reason"), r.rejectionReason
                                                     ? QVariant(domain::code(*r.rejectionReason))
                                                     : QVariant(QMetaType(QMetaType::QString))},
            {QStringLiteral("rejection_text"), r.rejectionText},
            {QStringLiteral("info_note"), r.infoNote},
            {QStringLiteral("compensation_fen"), r.compensation.fen()},
            {QStringLiteral("executed_at"), TicketStore::epoch(r.executedAt)},
            {QStringLiteral("created_at"), TicketStore::epoch(r.createdAt)},
            {QStringLiteral("updated_at"), TicketStore::epoch(r.updatedAt)}};
}

Result<AfterSalesRequest> loadRequest(QSqlDatabase db, const QString& id)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, ") + requestFields().join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM aftersales_requests WHERE id = ? AND deleted = 0"),
                     {id}));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         AfterSalesService::tr("The after-sales request does not exist (any more)."));
    AfterSalesRequest r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.number = q.value(i++).toString();
    r.kind = domain::fromCode<domain::AfterSalesKind>(q.value(i++).toString(), nullptr);
    r.status = domain::fromCode<AfterSalesStatus>(q.value(i++).toString(), nullptr);
    r.ticketId = q.value(i++).toString();
    r.orderNo = q.value(i++).toString();
    r.deliveredOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.requestedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.itemName = q.value(i++).toString();
    r.itemFlags =
        domain::itemFlagsFromCodes(q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    const QVariant warranty = q.value(i++);
    r.warrantyDays = warranty.isNull() ? domain::AfterSalesFacts::kDefaultWarranty : warranty.toInt();
    r.evidenceCount = q.value(i++).toInt();
    r.amount = Money::fromFen(q.value(i++).toLongLong());
    r.orderTotal = Money::fromFen(q.value(i++).toLongLong());
    r.refundedBefore = Money::fromFen(q.value(i++).toLongLong());
    r.reason = domain::fromCode<domain::AfterSalesReason>(q.value(i++).toString(), nullptr);
    r.reasonText = q.value(i++).toString();
    r.requesterId = q.value(i++).toString();
    r.requiredLevel = levelFromCode(q.value(i++).toString());
    r.overrideBy = q.value(i++).toString();
    r.overrideReason = q.value(i++).toString();
    const QVariant rejection = q.value(i++);
    if (!rejection.isNull())
        r.rejectionReason = domain::fromCode<domain::RejectionReason>(rejection.toString(), nullptr);
    r.rejectionText = q.value(i++).toString();
    r.infoNote = q.value(i++).toString();
    r.compensation = Money::fromFen(q.value(i++).toLongLong());
    r.executedAt = TicketStore::fromEpoch(q.value(i++));
    r.createdAt = TicketStore::fromEpoch(q.value(i++));
    r.updatedAt = TicketStore::fromEpoch(q.value(i++));
    return r;
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

bool handlesAfterSales(const Actor& a)
{
    return a.has(Role::Agent) || a.has(Role::Lead) || a.has(Role::Manager);
}

Status requireHandler(const Actor& a)
{
    if (handlesAfterSales(a))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     AfterSalesService::tr("Only agents, leads and managers handle after-sales requests."));
}

Status requireReader(const Actor& a)
{
    if (handlesAfterSales(a) || a.has(Role::Admin) || a.has(Role::Auditor))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     AfterSalesService::tr("Your roles do not allow you to see after-sales requests."));
}

Status checkTextLength(const QString& text, const QString& tooLongMessage)
{
    if (text.size() <= AfterSalesService::kMaxTextChars)
        return {};
    return invalid(tooLongMessage.arg(text.size()).arg(AfterSalesService::kMaxTextChars));
}

Status addTimelineNote(WriteTransaction& tx, QSqlDatabase db, const AfterSalesRequest& r,
                       const QString& action, const QString& text, const QDateTime& now)
{
    if (r.ticketId.isEmpty())
        return {};
    const QVariantMap data{{QStringLiteral("aftersalesId"), r.id},
                           {QStringLiteral("aftersalesNumber"), r.number},
                           {QStringLiteral("step"), action},
                           {QStringLiteral("status"), domain::code(r.status)}};
    auto event = TicketStore::addEvent(tx, r.ticketId, TicketEventKind::Note, text, data, now, action);
    if (!event)
        return event.error();
    auto ticket = TicketStore::load(db, r.ticketId);
    if (ticket) // the note is searchable like every other note of the ticket
        SW_TRY(TicketStore::refreshSearch(db, *ticket));
    return {};
}

} // namespace sw::services::aftersales
