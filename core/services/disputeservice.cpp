// DisputeService: declaring the tables, opening a dispute, reading, and what the actor may
// do now (see the header). The steps are in disputeservice_steps.cpp.

#include "services/disputeservice.h"

#include "services/aftersalespolicies.h"
#include "services/aftersalesservice.h"
#include "services/disputestep_p.h"
#include "services/merchantdirectory.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketstore.h"
#include "services/uuid.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <mutex>

namespace sw::services {

using namespace disputes;
using domain::DisputeParty;
using domain::DisputeRules;
using domain::DisputeStatus;
using domain::Money;

const QString DisputeService::kDisputes = QStringLiteral("disputes");
const QString DisputeService::kStatements = QStringLiteral("dispute_statements");
const QString DisputeService::kOutcomes = QStringLiteral("dispute_outcomes");

DisputeService::DisputeService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
    declareTables();
}

void DisputeService::declareTables()
{
    static std::once_flag once;
    std::call_once(once, [] {
        SyncedTables::declare(
            {kDisputes,
             disputeFields(),
             {},
             {QStringLiteral("status"), QStringLiteral("outcome"), QStringLiteral("refund_fen"),
              QStringLiteral("decided_by"), QStringLiteral("decided_at"), QStringLiteral("first_decided_by"),
              QStringLiteral("appeal_party"), QStringLiteral("appealed_at"), QStringLiteral("closed_at")}});
        SyncedTables::declare({kStatements,
                               {QStringLiteral("dispute_id"), QStringLiteral("party"), QStringLiteral("body"),
                                QStringLiteral("attachment_count"), QStringLiteral("recorded_by"),
                                QStringLiteral("recorded_at")},
                               {},
                               {QStringLiteral("party"), QStringLiteral("recorded_at")}});
        SyncedTables::declare(
            {kOutcomes,
             {QStringLiteral("merchant_id"), QStringLiteral("dispute_id"), QStringLiteral("outcome"),
              QStringLiteral("refund_fen"), QStringLiteral("upheld"), QStringLiteral("final"),
              QStringLiteral("decided_at")},
             {},
             {QStringLiteral("outcome"), QStringLiteral("upheld"), QStringLiteral("final")}});
    });
}

namespace {

// The unfinished dispute about the request, or about the ticket itself (see unfinishedFor).
Result<QString> unfinishedNumber(QSqlDatabase db, const QString& aftersalesId, const QString& ticketId)
{
    QSqlQuery q(db);
    SW_TRY(
        execQuery(q,
                  !aftersalesId.isEmpty()
                      ? QStringLiteral("SELECT number FROM disputes WHERE deleted = 0 AND status <> ? "
                                       "AND aftersales_id = ?")
                      : QStringLiteral("SELECT number FROM disputes WHERE deleted = 0 AND status <> ? "
                                       "AND ticket_id = ? AND aftersales_id IS NULL"),
                  {domain::code(DisputeStatus::Closed), !aftersalesId.isEmpty() ? aftersalesId : ticketId}));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool DisputeService::canOpen(const Actor& actor)
{
    return isHandler(actor);
}

Result<QString> DisputeService::unfinishedFor(const QString& aftersalesId, const QString& ticketId) const
{
    SW_TRY(requireReader(m_actor));
    if (aftersalesId.trimmed().isEmpty() && ticketId.trimmed().isEmpty())
        return QString();
    return unfinishedNumber(m_db.connection(), aftersalesId.trimmed(), ticketId.trimmed());
}

Result<QString> DisputeService::open(const DisputeDraft& draft)
{
    SW_TRY(requireHandler(m_actor));
    Dispute d;
    d.aftersalesId = draft.aftersalesId.trimmed();
    d.ticketId = draft.ticketId.trimmed();
    d.subject = draft.subject.trimmed();
    if (d.aftersalesId.isEmpty() && d.ticketId.isEmpty())
        return invalid(tr("A dispute is opened from an after-sales request or a ticket; choose one."));
    if (d.subject.isEmpty() || d.subject.size() > kMaxSubjectChars)
        return invalid(tr("The subject must be 1 to %1 characters long.").arg(kMaxSubjectChars));

    QSqlDatabase db = m_db.connection();
    std::optional<AfterSalesRequest> request;
    if (!d.aftersalesId.isEmpty()) {
        auto r = AfterSalesService(m_db, m_actor, m_clock).get(d.aftersalesId);
        if (!r)
            return r.error();
        if (!d.ticketId.isEmpty() && d.ticketId != r->ticketId)
            return invalid(tr("After-sales request %1 belongs to another ticket.").arg(r->number));
        d.ticketId = r->ticketId;
        request = *r;
    }
    std::optional<Ticket> ticket;
    if (!d.ticketId.isEmpty()) {
        auto t = TicketStore::load(db, d.ticketId);
        if (!t)
            return t.error();
        SW_TRY(TicketStore::checkCanRead(m_actor, *t));
        ticket = *t;
    }

    const QString merchant = !draft.merchantName.trimmed().isEmpty() ? draft.merchantName.trimmed()
                             : ticket                                ? ticket->merchantName
                                                                     : QString();
    if (merchant.isEmpty() || merchant.size() > kMaxNameChars)
        return invalid(tr("Enter the merchant (1 to %1 characters).").arg(kMaxNameChars));
    d.buyerName = !draft.buyerName.trimmed().isEmpty() ? draft.buyerName.trimmed()
                  : ticket                             ? ticket->customerName
                                                       : QString();
    if (d.buyerName.isEmpty() || d.buyerName.size() > kMaxNameChars)
        return invalid(tr("Enter the buyer (1 to %1 characters).").arg(kMaxNameChars));
    if (!draft.claimAmount.trimmed().isEmpty()) {
        auto claim = Money::parse(draft.claimAmount);
        if (!claim)
            return makeError(ErrorCode::InvalidInput, tr("Amount claimed: %1").arg(claim.message()));
        d.claim = *claim;
    } else if (request) {
        d.claim = request->amount;
    }
    if (!d.claim.isPositive())
        return invalid(
            tr("Enter the amount the buyer claims; it must be more than %1.").arg(Money().format()));

    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto unfinished = unfinishedNumber(db, request ? d.aftersalesId : QString(), d.ticketId);
    if (!unfinished)
        return unfinished.error();
    if (!unfinished->isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("Dispute %1 about this is still open; continue there.").arg(*unfinished));

    const QDateTime now = TicketStore::now(m_clock);
    auto deadline = evidenceDeadline(db, AfterSalesPolicies::disputes(db), now);
    if (!deadline)
        return deadline.error();
    auto merchantId = merchantNamed(*tx, merchant);
    if (!merchantId)
        return merchantId.error();
    auto number = allocateNumber(db, now);
    if (!number)
        return number.error();
    d.id = newUuid();
    d.number = *number;
    d.status = DisputeStatus::Open;
    d.merchantId = *merchantId;
    d.merchantName = merchant;
    d.openedBy = m_actor.userId;
    d.openedAt = now;
    d.evidenceDeadline = *deadline;
    d.createdAt = now;
    d.updatedAt = now;
    QVariantMap fields = toFields(d);
    fields.insert(QStringLiteral("id"), d.id);
    auto inserted = tx->insert(kDisputes, fields, QStringLiteral("dispute.open"));
    if (!inserted)
        return inserted.error();
    SW_TRY(
        addTimelineNote(*tx, db, d, QStringLiteral("dispute.open"),
                        tr("Dispute %1 opened between buyer %2 and merchant %3 (%4 claimed): %5. Evidence "
                           "is accepted until %6.")
                            .arg(d.number, d.buyerName, merchant, d.claim.format(), d.subject,
                                 QLocale().toString(d.evidenceDeadline.toLocalTime(), QLocale::ShortFormat)),
                        now));
    SW_TRY(tx->commit());
    return d.id;
}

Result<DisputeDraft> DisputeService::draftFor(const QString& number) const
{
    SW_TRY(requireReader(m_actor));
    const QString wanted = number.trimmed().toUpper();
    QSqlDatabase db = m_db.connection();
    DisputeDraft draft;
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, ticket_id, amount_fen, reason_text FROM aftersales_requests "
                                    "WHERE number = ? AND deleted = 0"),
                     {wanted}));
    if (q.next()) {
        draft.aftersalesId = q.value(0).toString();
        draft.ticketId = q.value(1).toString();
        draft.claimAmount = Money::fromFen(q.value(2).toLongLong()).toPlainString();
        draft.subject = q.value(3).toString().left(kMaxSubjectChars);
    } else {
        q.finish();
        SW_TRY(execQuery(q, QStringLiteral("SELECT id FROM tickets WHERE number = ? AND deleted = 0"),
                         {wanted}));
        if (!q.next())
            return makeError(
                ErrorCode::NotFound,
                tr("There is no ticket or after-sales request with the number “%1”.").arg(wanted));
        draft.ticketId = q.value(0).toString();
    }
    q.finish();
    if (!draft.ticketId.isEmpty()) {
        auto ticket = TicketStore::load(db, draft.ticketId);
        if (!ticket)
            return ticket.error();
        SW_TRY(TicketStore::checkCanRead(m_actor, *ticket));
        draft.buyerName = ticket->customerName;
        draft.merchantName = ticket->merchantName;
        if (draft.subject.isEmpty())
            draft.subject = ticket->subject;
    }
    return draft;
}

namespace {

void setAppealDeadline(Dispute& d, const domain::DisputePolicy& policy)
{
    if (d.status == DisputeStatus::Decided && !d.appealUsed() && d.decidedAt.isValid())
        d.appealDeadline = policy.appealDeadline(d.decidedAt);
}

} // namespace

Result<Dispute> DisputeService::get(const QString& id) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto d = loadDispute(db, id);
    if (!d)
        return d.error();
    setAppealDeadline(*d, AfterSalesPolicies::disputes(db));
    return d;
}

Result<QList<Dispute>> DisputeService::list() const
{
    SW_TRY(requireReader(m_actor));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    SW_TRY(execQuery(q, selectDisputes() +
                            QStringLiteral("WHERE d.deleted = 0 ORDER BY d.created_at DESC, d.number DESC")));
    const domain::DisputePolicy policy = AfterSalesPolicies::disputes(m_db.connection());
    QList<Dispute> out;
    while (q.next()) {
        out << readDispute(q);
        setAppealDeadline(out.last(), policy);
    }
    return out;
}

Result<QList<DisputeStatement>> DisputeService::statements(const QString& id) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto d = loadDispute(db, id);
    if (!d)
        return d.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT s.id, s.party, s.body, s.attachment_count, s.recorded_by, "
                                    "u.display_name, s.recorded_at FROM dispute_statements s "
                                    "LEFT JOIN users u ON u.id = s.recorded_by "
                                    "WHERE s.dispute_id = ? AND s.deleted = 0 ORDER BY s.recorded_at, s.hlc"),
                     {id}));
    QList<DisputeStatement> out;
    while (q.next()) {
        DisputeStatement s;
        s.id = q.value(0).toString();
        s.party = domain::fromCode<DisputeParty>(q.value(1).toString(), nullptr);
        s.body = q.value(2).toString();
        s.attachmentCount = q.value(3).toInt();
        s.recordedBy = q.value(4).toString();
        s.recordedByName = q.value(5).toString();
        s.recordedAt = TicketStore::fromEpoch(q.value(6));
        out << s;
    }
    return out;
}

domain::DisputeTransitionContext DisputeService::context(const Dispute& d, const QDateTime& now) const
{
    domain::DisputeTransitionContext ctx;
    ctx.now = now;
    ctx.evidenceDeadline = d.evidenceDeadline;
    ctx.buyerSubmitted = d.buyerSubmitted;
    ctx.merchantSubmitted = d.merchantSubmitted;
    ctx.decidedAt = d.decidedAt;
    ctx.appealUsed = d.appealUsed();
    return ctx;
}

DisputeActions DisputeService::actions(const Dispute& d) const
{
    DisputeActions a;
    const QDateTime now = TicketStore::now(m_clock);
    const domain::DisputePolicy policy = AfterSalesPolicies::disputes(m_db.connection());
    const domain::DisputeTransitionContext ctx = context(d, now);
    const bool handler = isHandler(m_actor);
    const bool mediator = isMediator(m_actor);
    auto evidence = [&](DisputeParty party) {
        return DisputeRules::canSubmitEvidence(party, d.status, d.evidenceDeadline, now).ok();
    };
    a.buyerStatement = handler && evidence(DisputeParty::Buyer);
    a.merchantStatement = handler && evidence(DisputeParty::Merchant);
    a.platformStatement = mediator && evidence(DisputeParty::Platform);
    if (d.status == DisputeStatus::Appealed)
        a.decide = DisputeRules::canDecideAppeal(m_actor.roles, m_actor.userId, d.firstDecidedBy).ok();
    else
        a.decide =
            mediator && DisputeRules::canTransition(d.status, DisputeStatus::Decided, ctx, policy).ok();
    a.appeal = handler && DisputeRules::canTransition(d.status, DisputeStatus::Appealed, ctx, policy).ok();
    // Open → Closed needs the settlement note the close dialog asks for.
    a.close = handler && (d.status == DisputeStatus::Open ||
                          DisputeRules::canTransition(d.status, DisputeStatus::Closed, ctx, policy).ok());
    return a;
}

bool DisputeService::isOverdue(const Dispute& d, const QDateTime& now)
{
    if (d.status == DisputeStatus::Open)
        return d.evidenceDeadline.isValid() && now > d.evidenceDeadline;
    return d.status == DisputeStatus::Decided && d.appealDeadline.isValid() && now > d.appealDeadline;
}

Result<int> DisputeService::overdueCount() const
{
    SW_TRY(requireReader(m_actor));
    if (!isMediator(m_actor))
        return 0;
    auto all = list();
    if (!all)
        return all.error();
    const QDateTime now = TicketStore::now(m_clock);
    int count = 0;
    for (const Dispute& d : std::as_const(*all)) {
        if (!isOverdue(d, now))
            continue;
        const DisputeActions can = actions(d);
        if (d.status == DisputeStatus::Open ? can.decide : can.close)
            ++count;
    }
    return count;
}

Result<QList<DisputeService::MerchantOutcome>>
DisputeService::outcomesForMerchant(const QString& merchantId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT dispute_id, outcome, refund_fen, upheld, final, decided_at "
                                    "FROM dispute_outcomes WHERE merchant_id = ? AND deleted = 0 "
                                    "ORDER BY decided_at DESC"),
                     {merchantId}));
    QList<MerchantOutcome> out;
    while (q.next()) {
        MerchantOutcome o;
        o.disputeId = q.value(0).toString();
        o.outcome = domain::fromCode<domain::DisputeOutcome>(q.value(1).toString(), nullptr);
        o.refund = Money::fromFen(q.value(2).toLongLong());
        o.upheld = q.value(3).toInt() != 0;
        o.isFinal = q.value(4).toInt() != 0;
        o.decidedAt = TicketStore::fromEpoch(q.value(5));
        out << o;
    }
    return out;
}

} // namespace sw::services
