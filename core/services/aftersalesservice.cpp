// AfterSalesService: after-sales requests on top of the domain rules (see the header).

#include "services/aftersalesservice.h"

#include "clock.h"
#include "domain/aftersalesworkflow.h"
#include "domain/businesscalendar.h"
#include "domain/eligibilitypolicy.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketstore.h"
#include "services/uuid.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <mutex>

namespace sw::services {

using domain::AfterSalesStatus;
using domain::AfterSalesWorkflow;
using domain::ApprovalLadder;
using domain::ApprovalLevel;
using domain::Money;
using domain::Role;

const QString AfterSalesService::kRequests = QStringLiteral("aftersales_requests");
const QString AfterSalesService::kApprovals = QStringLiteral("aftersales_approvals");

namespace {

const QString kApproved = QStringLiteral("approved");
const QString kRejected = QStringLiteral("rejected");
const QString kReturned = QStringLiteral("returned");

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

QDate beijingDate(const QDateTime& t)
{
    return t.toUTC().addSecs(domain::BusinessCalendar::kChinaUtcOffsetSecs).date();
}

// AS-YYYYMMDD-NNNNNN: Beijing date of creation, next number after the day's highest.
Result<QString> allocateNumber(QSqlDatabase db, const QDateTime& at)
{
    const QDate day = beijingDate(at);
    const QString prefix = QStringLiteral("AS-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery q(db);
    SW_TRY(execQuery(
        q, QStringLiteral("SELECT MAX(number) FROM aftersales_requests WHERE number >= ? AND number < ?"),
        {prefix, prefix + QLatin1Char('~')}));
    qint64 last = 0;
    if (q.next() && !q.value(0).isNull())
        last = q.value(0).toString().mid(prefix.size()).toLongLong();
    if (last + 1 > 999999)
        return makeError(ErrorCode::Conflict,
                         AfterSalesService::tr("No more after-sales numbers are free for %1.")
                             .arg(day.toString(Qt::ISODate)));
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
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

// "Amount: <Money's message>" — which field the message is about.
Result<Money> parseAmount(const QString& text, const QString& field, bool optional)
{
    if (optional && text.trimmed().isEmpty())
        return Money();
    auto m = Money::parse(text);
    if (!m)
        return makeError(ErrorCode::InvalidInput, AfterSalesService::tr("%1: %2").arg(field, m.message()),
                         m.error().detail);
    return m;
}

domain::AfterSalesFacts factsOf(const AfterSalesRequest& r, const QDate& today, Money alreadyRefunded)
{
    domain::AfterSalesFacts f;
    f.kind = r.kind;
    f.reason = r.reason;
    f.deliveredOn = r.deliveredOn;
    f.requestedOn = r.requestedOn;
    f.today = today;
    f.itemFlags = r.itemFlags;
    f.evidenceCount = r.evidenceCount;
    f.warrantyDays = r.warrantyDays;
    f.amount = r.amount;
    f.orderTotal = r.orderTotal;
    f.alreadyRefunded = alreadyRefunded;
    return f;
}

// Executed (or executed and closed) refunds of the same order, other than `exceptId`.
Result<Money> executedRefunds(QSqlDatabase db, const QString& orderNo, const QString& exceptId)
{
    if (orderNo.isEmpty())
        return Money();
    QSqlQuery q(db);
    SW_TRY(execQuery(
        q,
        QStringLiteral("SELECT amount_fen FROM aftersales_requests WHERE order_no = ? AND deleted = 0 "
                       "AND kind = ? AND executed_at IS NOT NULL AND id <> ?"),
        {orderNo, domain::code(domain::AfterSalesKind::Refund), exceptId}));
    QList<Money> amounts;
    while (q.next())
        amounts << Money::fromFen(q.value(0).toLongLong());
    return Money::sum(amounts);
}

// The linked ticket's timeline note of one step (nothing for a standalone request).
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

} // namespace

struct AfterSalesService::Step
{
    QSqlDatabase db;
    WriteTransaction tx;
    QDateTime now;
    AfterSalesRequest request; // as loaded
};

AfterSalesService::AfterSalesService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
    declareTables();
}

void AfterSalesService::declareTables()
{
    static std::once_flag once;
    std::call_once(once, [] {
        SyncedTables::declare(
            {kRequests,
             requestFields(),
             {},
             {QStringLiteral("status"), QStringLiteral("required_level"), QStringLiteral("override_by"),
              QStringLiteral("override_reason"), QStringLiteral("rejection_reason"),
              QStringLiteral("rejection_text"), QStringLiteral("executed_at")}});
        SyncedTables::declare(
            {kApprovals,
             {QStringLiteral("request_id"), QStringLiteral("approver_id"), QStringLiteral("approver_roles"),
              QStringLiteral("decided_at"), QStringLiteral("decision"), QStringLiteral("note")},
             {},
             {QStringLiteral("decision")}});
    });
}

Result<QString> AfterSalesService::create(const AfterSalesDraft& d)
{
    SW_TRY(requireHandler(m_actor));
    const QDateTime now = TicketStore::now(m_clock);
    const QDate today = beijingDate(now);

    AfterSalesRequest r;
    r.kind = d.kind;
    r.reason = d.reason;
    r.reasonText = d.reasonText.trimmed();
    r.ticketId = d.ticketId.trimmed();
    r.orderNo = d.orderNo.trimmed();
    r.deliveredOn = d.deliveredOn;
    r.requestedOn = d.requestedOn.isValid() ? d.requestedOn : today;
    r.itemName = d.itemName.trimmed();
    r.itemFlags = d.itemFlags;
    r.warrantyDays = d.warrantyDays;
    r.evidenceCount = d.evidenceCount;

    static const QRegularExpression order(QStringLiteral("^[A-Za-z0-9-]{1,40}$"));
    if (!order.match(r.orderNo).hasMatch())
        return invalid(tr("Enter the order number: letters, digits and '-' only, at most 40 characters."));
    if (r.itemName.isEmpty() || r.itemName.size() > kMaxItemChars)
        return invalid(tr("The item name must be 1 to %1 characters long.").arg(kMaxItemChars));
    if (r.reasonText.size() > kMaxTextChars)
        return invalid(tr("The description is %1 characters long; at most %2 characters are allowed.")
                           .arg(r.reasonText.size())
                           .arg(kMaxTextChars));
    if (r.warrantyDays < domain::AfterSalesFacts::kDefaultWarranty)
        return invalid(tr("The warranty cannot be negative."));

    auto amount = parseAmount(d.amount, tr("Amount"), false);
    if (!amount)
        return amount.error();
    auto total = parseAmount(d.orderTotal, tr("Order total"), false);
    if (!total)
        return total.error();
    auto refunded = parseAmount(d.refundedBefore, tr("Already refunded"), true);
    if (!refunded)
        return refunded.error();
    auto compensation = parseAmount(d.compensation, tr("Compensation"), true);
    if (!compensation)
        return compensation.error();
    r.amount = *amount;
    r.orderTotal = *total;
    r.refundedBefore = *refunded;
    r.compensation = *compensation;

    // The domain's input checks: dates, amounts against the order, reason for the kind.
    SW_TRY(domain::AfterSalesEligibility::validateFacts(factsOf(r, today, r.refundedBefore)));
    // Issue 5 lists missing evidence for a quality claim among the input errors: such a
    // request is refused at creation (the checklist keeps showing the evidence rule).
    const domain::EligibilityPolicy policy;
    if (domain::isQualityClaim(r.reason) && r.evidenceCount < policy.minimumQualityEvidence())
        return invalid(tr("A quality claim needs evidence: attach at least %1 photo, video or inspection "
                          "report before creating the request.")
                           .arg(policy.minimumQualityEvidence()));

    QSqlDatabase db = m_db.connection();
    if (!r.ticketId.isEmpty()) {
        auto ticket = TicketStore::load(db, r.ticketId);
        if (!ticket)
            return ticket.error();
        SW_TRY(TicketStore::checkCanRead(m_actor, *ticket));
    }

    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto number = allocateNumber(db, now);
    if (!number)
        return number.error();
    r.id = newUuid();
    r.number = *number;
    r.status = AfterSalesStatus::Submitted;
    r.requesterId = m_actor.userId;
    r.requiredLevel = ApprovalLadder().requiredLevel(r.amount);
    r.createdAt = now;
    r.updatedAt = now;

    QVariantMap fields = toFields(r);
    fields.insert(QStringLiteral("id"), r.id);
    auto inserted = tx->insert(kRequests, fields, QStringLiteral("aftersales.create"));
    if (!inserted)
        return inserted.error();
    SW_TRY(addTimelineNote(*tx, db, r, QStringLiteral("aftersales.create"),
                           tr("After-sales request %1 (%2, %3) created.")
                               .arg(r.number, domain::displayName(r.kind), r.amount.format()),
                           now));
    SW_TRY(tx->commit());
    return r.id;
}

Result<AfterSalesRequest> AfterSalesService::get(const QString& id) const
{
    SW_TRY(requireReader(m_actor));
    return loadRequest(m_db.connection(), id);
}

Result<QList<AfterSalesDecision>> AfterSalesService::loadDecisions(QSqlDatabase db, const QString& requestId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, approver_id, approver_roles, decided_at, decision, note "
                                    "FROM aftersales_approvals WHERE request_id = ? AND deleted = 0 "
                                    "ORDER BY decided_at, hlc"),
                     {requestId}));
    QList<AfterSalesDecision> out;
    while (q.next()) {
        AfterSalesDecision a;
        a.id = q.value(0).toString();
        a.approverId = q.value(1).toString();
        a.approverRoles = rolesFromCode(q.value(2).toString());
        a.decidedAt = TicketStore::fromEpoch(q.value(3));
        a.decision = q.value(4).toString();
        a.note = q.value(5).toString();
        out << a;
    }
    return out;
}

Result<QList<AfterSalesDecision>> AfterSalesService::decisions(const QString& id) const
{
    SW_TRY(requireReader(m_actor));
    auto r = loadRequest(m_db.connection(), id);
    if (!r)
        return r.error();
    return loadDecisions(m_db.connection(), id);
}

Result<domain::EligibilityResult> AfterSalesService::evaluate(QSqlDatabase db,
                                                              const AfterSalesRequest& r) const
{
    auto executed = executedRefunds(db, r.orderNo, r.id);
    if (!executed)
        return executed.error();
    auto refunded = r.refundedBefore.plus(*executed);
    if (!refunded)
        return refunded.error();
    return domain::AfterSalesEligibility::evaluate(
        factsOf(r, beijingDate(TicketStore::now(m_clock)), *refunded), domain::EligibilityPolicy());
}

Result<domain::EligibilityResult> AfterSalesService::eligibility(const QString& id) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto r = loadRequest(db, id);
    if (!r)
        return r.error();
    return evaluate(db, *r);
}

Result<AfterSalesService::Step> AfterSalesService::beginStep(const QString& id) const
{
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto r = loadRequest(db, id);
    if (!r)
        return r.error();
    return Step{db, std::move(*tx), TicketStore::now(m_clock), std::move(*r)};
}

// Saves the changed fields, adds the linked ticket's timeline note, commits.
Status AfterSalesService::finishStep(Step& step, const AfterSalesRequest& after, const QString& action,
                                     const QString& timelineText)
{
    AfterSalesRequest changed = after;
    changed.updatedAt = step.now;
    SW_TRY(step.tx.update(kRequests, after.id, toFields(changed), action));
    SW_TRY(addTimelineNote(step.tx, step.db, after, action, timelineText, step.now));
    return step.tx.commit();
}

Status AfterSalesService::requireApprover(const AfterSalesRequest& r) const
{
    if (r.requesterId == m_actor.userId)
        return makeError(ErrorCode::SeparationOfDuty, tr("Nobody decides on their own after-sales request."));
    const ApprovalLevel level = ApprovalLadder().requiredLevel(r.amount);
    if (!ApprovalLadder::qualifies(m_actor.roles, level))
        return makeError(
            ErrorCode::PermissionDenied,
            tr("This request needs a decision at the level “%1” or higher.").arg(domain::displayName(level)));
    return {};
}

Status AfterSalesService::addDecision(WriteTransaction& tx, const QString& requestId, const QString& decision,
                                      const QString& note, const QDateTime& now)
{
    auto id = tx.insert(kApprovals,
                        {{QStringLiteral("request_id"), requestId},
                         {QStringLiteral("approver_id"), m_actor.userId},
                         {QStringLiteral("approver_roles"), rolesCode(m_actor.roles)},
                         {QStringLiteral("decided_at"), TicketStore::epoch(now)},
                         {QStringLiteral("decision"), decision},
                         {QStringLiteral("note"), note}},
                        QStringLiteral("aftersales.decision"));
    if (!id)
        return id.error();
    return {};
}

Result<AfterSalesStatus> AfterSalesService::submitForApproval(const QString& id)
{
    SW_TRY(requireHandler(m_actor));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    domain::AfterSalesTransitionContext ctx;
    if (after.status != AfterSalesStatus::Checking) {
        SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Checking, ctx));
        after.status = AfterSalesStatus::Checking;
    }
    auto result = evaluate(step->db, after);
    if (!result)
        return result.error();
    ctx.eligibilityPassed = result->passed();
    ctx.eligibilityOverridden = !after.overrideBy.isEmpty();
    QString text;
    if (AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::AwaitingApproval, ctx)) {
        after.status = AfterSalesStatus::AwaitingApproval;
        text = tr("After-sales request %1 passed the eligibility check and awaits approval (%2).")
                   .arg(after.number, ApprovalLadder().describeRequirement(after.amount));
    } else {
        text = tr("After-sales request %1 failed the eligibility check; a manager may override it.")
                   .arg(after.number);
    }
    if (after.status == step->request.status)
        return after.status; // still Checking with failed checks: nothing to record
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.submit"), text));
    return after.status;
}

Status AfterSalesService::overrideEligibility(const QString& id, const QString& reason)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    if (after.status != AfterSalesStatus::Checking && after.status != AfterSalesStatus::Submitted)
        return makeError(ErrorCode::IllegalTransition,
                         tr("Only a request that is being checked can be overridden; this one is “%1”.")
                             .arg(domain::displayName(after.status)));
    auto result = evaluate(step->db, after);
    if (!result)
        return result.error();
    domain::EligibilityOverride o{m_actor.userId, m_actor.roles, after.requesterId, reason.trimmed()};
    SW_TRY(domain::AfterSalesEligibility::validateOverride(*result, o));
    if (o.reason.size() > kMaxTextChars)
        return invalid(tr("The reason is %1 characters long; at most %2 characters are allowed.")
                           .arg(o.reason.size())
                           .arg(kMaxTextChars));
    after.overrideBy = m_actor.userId;
    after.overrideReason = o.reason;
    domain::AfterSalesTransitionContext ctx;
    ctx.eligibilityOverridden = true;
    if (after.status == AfterSalesStatus::Checking &&
        AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::AwaitingApproval, ctx))
        after.status = AfterSalesStatus::AwaitingApproval;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.override"),
                      tr("%1 overrode the failed eligibility checks of after-sales request %2: %3")
                          .arg(m_actor.displayName, after.number, o.reason)));
    return {};
}

Status AfterSalesService::approve(const QString& id)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    if (after.status != AfterSalesStatus::AwaitingApproval)
        return makeError(ErrorCode::IllegalTransition,
                         tr("Only a request awaiting approval can be approved; this one is “%1”.")
                             .arg(domain::displayName(after.status)));
    auto decisions = loadDecisions(step->db, id);
    if (!decisions)
        return decisions.error();
    domain::ApprovalState state{after.amount, after.requesterId, {}};
    for (const AfterSalesDecision& dcs : *decisions)
        if (dcs.decision == kApproved)
            state.approvals << domain::ApprovalRecord{dcs.approverId, dcs.approverRoles};
    const ApprovalLadder ladder;
    SW_TRY(ladder.canApprove(state, m_actor.userId, m_actor.roles));
    SW_TRY(addDecision(step->tx, id, kApproved, {}, step->now));
    state.approvals << domain::ApprovalRecord{m_actor.userId, m_actor.roles};
    QString text;
    if (ladder.isFullyApproved(state)) {
        domain::AfterSalesTransitionContext ctx;
        ctx.fullyApproved = true;
        SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Approved, ctx));
        after.status = AfterSalesStatus::Approved;
        text = tr("%1 approved after-sales request %2; it is fully approved.")
                   .arg(m_actor.displayName, after.number);
    } else {
        text = tr("%1 approved after-sales request %2; %3 more approval(s) needed.")
                   .arg(m_actor.displayName, after.number)
                   .arg(ladder.approvalsStillNeeded(state));
    }
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.approve"), text));
    return {};
}

Status AfterSalesService::reject(const QString& id, domain::RejectionReason reason, const QString& text)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    SW_TRY(requireApprover(after));
    const QString why = text.trimmed();
    if (why.size() > kMaxTextChars)
        return invalid(tr("The explanation is %1 characters long; at most %2 characters are allowed.")
                           .arg(why.size())
                           .arg(kMaxTextChars));
    domain::AfterSalesTransitionContext ctx;
    ctx.rejectionReason = reason;
    ctx.rejectionText = why;
    SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Rejected, ctx));
    SW_TRY(addDecision(step->tx, id, kRejected, why, step->now));
    after.status = AfterSalesStatus::Rejected;
    after.rejectionReason = reason;
    after.rejectionText = why;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.reject"),
                      tr("%1 rejected after-sales request %2 (%3): %4")
                          .arg(m_actor.displayName, after.number, domain::displayName(reason), why)));
    return {};
}

Status AfterSalesService::returnForInfo(const QString& id, const QString& note)
{
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    SW_TRY(requireApprover(after));
    const QString what = note.trimmed();
    if (what.size() > kMaxTextChars)
        return invalid(tr("The note is %1 characters long; at most %2 characters are allowed.")
                           .arg(what.size())
                           .arg(kMaxTextChars));
    domain::AfterSalesTransitionContext ctx;
    ctx.note = what;
    SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::ReturnedForInfo, ctx));
    SW_TRY(addDecision(step->tx, id, kReturned, what, step->now));
    after.status = AfterSalesStatus::ReturnedForInfo;
    after.infoNote = what;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.return"),
                      tr("%1 returned after-sales request %2 for more information: %3")
                          .arg(m_actor.displayName, after.number, what)));
    return {};
}

Status AfterSalesService::markExecuted(const QString& id)
{
    SW_TRY(requireHandler(m_actor));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Executed, {}));
    after.status = AfterSalesStatus::Executed;
    after.executedAt = step->now;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.execute"),
                      tr("After-sales request %1: %2.").arg(after.number, domain::executedName(after.kind))));
    return {};
}

Status AfterSalesService::close(const QString& id, const QString& note)
{
    SW_TRY(requireHandler(m_actor));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    AfterSalesRequest after = step->request;
    domain::AfterSalesTransitionContext ctx;
    ctx.note = note.trimmed();
    SW_TRY(AfterSalesWorkflow::canTransition(after.status, AfterSalesStatus::Closed, ctx));
    after.status = AfterSalesStatus::Closed;
    if (!ctx.note.isEmpty())
        after.infoNote = ctx.note;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.close"),
                      ctx.note.isEmpty()
                          ? tr("After-sales request %1 closed.").arg(after.number)
                          : tr("After-sales request %1 closed: %2").arg(after.number, ctx.note)));
    return {};
}

} // namespace sw::services
