// DisputeService: the steps of a dispute — statements with evidence, the mediator's
// decision (and the decision on an appeal), the appeal, closing (see the header for who
// may do what).

#include "services/disputeservice.h"

#include "services/aftersalespolicies.h"
#include "services/disputestep_p.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace sw::services {

using namespace disputes;
using domain::DisputeOutcome;
using domain::DisputeParty;
using domain::DisputeRules;
using domain::DisputeStatus;
using domain::Money;

namespace {

// The merchant's outcome row of the dispute (id = the dispute's id): written at the first
// decision, replaced by the appeal decision; `final` once it can no longer change.
Status recordOutcome(WriteTransaction& tx, const Dispute& d, bool final)
{
    QSqlQuery q(tx.database());
    SW_TRY(
        execQuery(q, QStringLiteral("SELECT id FROM dispute_outcomes WHERE id = ? AND deleted = 0"), {d.id}));
    const bool exists = q.next();
    q.finish();
    if (!d.outcome) // closed without a decision (settled or withdrawn): nothing to record
        return {};
    const QVariantMap fields{
        {QStringLiteral("merchant_id"), d.merchantId},
        {QStringLiteral("dispute_id"), d.id},
        {QStringLiteral("outcome"), domain::code(*d.outcome)},
        {QStringLiteral("refund_fen"), d.refund.fen()},
        {QStringLiteral("upheld"), DisputeRules::isUpheldAgainstMerchant(*d.outcome) ? 1 : 0},
        {QStringLiteral("final"), final ? 1 : 0},
        {QStringLiteral("decided_at"), TicketStore::epoch(d.decidedAt)},
    };
    if (exists)
        return tx.update(DisputeService::kOutcomes, d.id, fields, QStringLiteral("dispute.outcome"));
    QVariantMap withId = fields;
    withId.insert(QStringLiteral("id"), d.id);
    auto id = tx.insert(DisputeService::kOutcomes, withId, QStringLiteral("dispute.outcome"));
    if (!id)
        return id.error();
    return {};
}

QString attachmentsText(int count)
{
    return DisputeService::tr("%n evidence attachment(s)", nullptr, count);
}

} // namespace

Result<DisputeService::Step> DisputeService::beginStep(const QString& id) const
{
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto d = loadDispute(db, id);
    if (!d)
        return d.error();
    return Step{db, std::move(*tx), TicketStore::now(m_clock), std::move(*d),
                AfterSalesPolicies::disputes(db)};
}

Status DisputeService::finishStep(Step& step, const Dispute& after, const QString& action,
                                  const QString& timelineText)
{
    Dispute changed = after;
    changed.updatedAt = step.now;
    SW_TRY(step.tx.update(kDisputes, after.id, toFields(changed), action));
    SW_TRY(addTimelineNote(step.tx, step.db, after, action, timelineText, step.now));
    return step.tx.commit();
}

Result<QString> DisputeService::addStatement(const QString& id, DisputeParty party, const QString& text,
                                             int attachmentCount)
{
    SW_TRY(party == DisputeParty::Platform ? requireMediator(m_actor) : requireHandler(m_actor));
    const QString body = text.trimmed();
    SW_TRY(checkText(body, tr("Write the statement.")));
    if (attachmentCount < 0 || attachmentCount > kMaxAttachments)
        return invalid(
            tr("The number of evidence attachments must be between 0 and %1.").arg(kMaxAttachments));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    const Dispute& d = step->dispute;
    SW_TRY(DisputeRules::canSubmitEvidence(party, d.status, d.evidenceDeadline, step->now));
    auto statementId = step->tx.insert(kStatements,
                                       {{QStringLiteral("dispute_id"), d.id},
                                        {QStringLiteral("party"), domain::code(party)},
                                        {QStringLiteral("body"), body},
                                        {QStringLiteral("attachment_count"), attachmentCount},
                                        {QStringLiteral("recorded_by"), m_actor.userId},
                                        {QStringLiteral("recorded_at"), TicketStore::epoch(step->now)}},
                                       QStringLiteral("dispute.statement"));
    if (!statementId)
        return statementId.error();
    SW_TRY(finishStep(*step, d, QStringLiteral("dispute.statement"),
                      tr("Dispute %1: statement of the %2 recorded by %3 (%4): %5")
                          .arg(d.number, domain::displayName(party), m_actor.displayName,
                               attachmentsText(attachmentCount), body)));
    return *statementId;
}

Status DisputeService::decide(const QString& id, const DisputeDecisionDraft& draft)
{
    SW_TRY(DisputeRules::canMediate(m_actor.roles));
    domain::DisputeDecision decision;
    decision.outcome = draft.outcome;
    decision.reasoning = draft.reasoning.trimmed();
    if (!draft.partialAmount.trimmed().isEmpty()) {
        auto amount = Money::parse(draft.partialAmount);
        if (!amount)
            return makeError(ErrorCode::InvalidInput, tr("Partial refund: %1").arg(amount.message()));
        decision.partialAmount = *amount;
    }
    SW_TRY(checkText(decision.reasoning, tr("Give the reasoning for the decision.")));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    Dispute after = step->dispute;
    const bool onAppeal = after.status == DisputeStatus::Appealed;
    if (onAppeal)
        SW_TRY(DisputeRules::canDecideAppeal(m_actor.roles, m_actor.userId, after.firstDecidedBy));
    SW_TRY(DisputeRules::canTransition(after.status, DisputeStatus::Decided, context(after, step->now),
                                       step->policy));
    SW_TRY(DisputeRules::validateDecision(decision, after.claim));
    after.status = DisputeStatus::Decided;
    after.outcome = decision.outcome;
    after.refund = DisputeRules::refundAmount(decision, after.claim);
    after.reasoning = decision.reasoning;
    after.decidedBy = m_actor.userId;
    after.decidedAt = step->now;
    if (!onAppeal)
        after.firstDecidedBy = m_actor.userId;
    SW_TRY(recordOutcome(step->tx, after, onAppeal));
    const QString what = after.refund.isPositive()
                             ? tr("%1, %2").arg(domain::displayName(decision.outcome), after.refund.format())
                             : domain::displayName(decision.outcome);
    const QString text =
        onAppeal ? tr("%1 decided the appeal in dispute %2: %3. This decision is final. Reasoning: %4")
                       .arg(m_actor.displayName, after.number, what, decision.reasoning)
                 : tr("%1 decided dispute %2: %3. It can be appealed until %4. Reasoning: %5")
                       .arg(m_actor.displayName, after.number, what,
                            QLocale().toString(step->policy.appealDeadline(after.decidedAt).toLocalTime(),
                                               QLocale::ShortFormat),
                            decision.reasoning);
    SW_TRY(finishStep(
        *step, after,
        onAppeal ? QStringLiteral("dispute.appeal_decision") : QStringLiteral("dispute.decision"), text));
    return {};
}

Status DisputeService::appeal(const QString& id, DisputeParty party, const QString& reason)
{
    SW_TRY(requireHandler(m_actor));
    const QString why = reason.trimmed();
    SW_TRY(checkText(why, tr("Give the reason for the appeal.")));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    Dispute after = step->dispute;
    SW_TRY(DisputeRules::canAppeal(party, after.status, context(after, step->now), step->policy));
    after.status = DisputeStatus::Appealed;
    after.appealParty = party;
    after.appealReason = why;
    after.appealedAt = step->now;
    SW_TRY(finishStep(*step, after, QStringLiteral("dispute.appeal"),
                      tr("The %1 appealed the decision in dispute %2 (recorded by %3): %4")
                          .arg(domain::displayName(party), after.number, m_actor.displayName, why)));
    return {};
}

Status DisputeService::close(const QString& id, const QString& note)
{
    SW_TRY(requireHandler(m_actor));
    const QString what = note.trimmed();
    SW_TRY(checkLength(what));
    auto step = beginStep(id);
    if (!step)
        return step.error();
    Dispute after = step->dispute;
    if (after.status == DisputeStatus::Open && what.isEmpty())
        return invalid(tr("An open dispute is closed only when the buyer withdraws it or the parties settle: "
                          "say which, and how."));
    domain::DisputeTransitionContext ctx = context(after, step->now);
    ctx.settledByParties = after.status == DisputeStatus::Open;
    SW_TRY(DisputeRules::canTransition(after.status, DisputeStatus::Closed, ctx, step->policy));
    const bool settled = after.status == DisputeStatus::Open;
    after.status = DisputeStatus::Closed;
    after.closedAt = step->now;
    after.closeNote = what;
    SW_TRY(recordOutcome(step->tx, after, true));
    QString text = settled ? tr("Dispute %1 closed without a decision: %2").arg(after.number, what)
                           : tr("Dispute %1 closed; the decision is final.").arg(after.number);
    if (!settled && !what.isEmpty())
        text = tr("Dispute %1 closed; the decision is final: %2").arg(after.number, what);
    SW_TRY(finishStep(*step, after, QStringLiteral("dispute.close"), text));
    return {};
}

} // namespace sw::services
