#include "services/creditfileservice.h"

#include "domain/businesscalendar.h"
#include "services/merchantpolicies.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QUuid>

#include <mutex>

namespace sw::services {

using domain::CreditRules;
using domain::Role;

const QString CreditFileService::kEvents = QStringLiteral("credit_events");
const QString CreditFileService::kActions = QStringLiteral("credit_actions");

namespace {

Status requireReader(const Actor& a)
{
    if (a.has(Role::Auditor) || a.has(Role::Manager) || a.has(Role::Admin))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     CreditFileService::tr("Your roles do not allow you to see merchants' credit files."));
}

Status requireRecorder(const Actor& a)
{
    if (a.has(Role::Auditor) || a.has(Role::Manager))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     CreditFileService::tr("Only merchant auditors and managers record credit events and measures."));
}

Result<QString> merchantName(QSqlDatabase db, const QString& merchantId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT name FROM merchants WHERE id = ? AND deleted = 0"), {merchantId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, CreditFileService::tr("The merchant does not exist (any more)."));
    return q.value(0).toString();
}

// The stored deltas in replay order.
Result<QList<int>> storedDeltas(QSqlDatabase db, const QString& merchantId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT delta FROM credit_events WHERE merchant_id = ? AND deleted = 0 "
                                    "ORDER BY occurred_on, recorded_at, id"),
                     {merchantId}));
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

QString pendingOutcomesSql(const QString& columns)
{
    return QStringLiteral("SELECT %1 FROM dispute_outcomes o JOIN disputes d ON d.id = o.dispute_id "
                          "WHERE o.merchant_id = ? AND o.deleted = 0 AND o.final = 1 AND o.upheld = 1 "
                          "AND NOT EXISTS (SELECT 1 FROM credit_events e WHERE e.source_id = o.id AND e.deleted = 0)")
        .arg(columns);
}

Status checkText(const QString& text, const QString& what)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, CreditFileService::tr("Enter the %1.").arg(what));
    if (text.size() > CreditFileService::kMaxTextChars)
        return makeError(ErrorCode::InvalidInput,
                         CreditFileService::tr("The %1 is %2 characters long; at most %3 characters are allowed.")
                             .arg(what)
                             .arg(text.size())
                             .arg(CreditFileService::kMaxTextChars));
    return {};
}

} // namespace

CreditFileService::CreditFileService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
    declareTables();
}

void CreditFileService::declareTables()
{
    static std::once_flag once;
    std::call_once(once, [] {
        SyncedTables::declare({kEvents,
                               {QStringLiteral("merchant_id"), QStringLiteral("kind"), QStringLiteral("delta"),
                                QStringLiteral("rules_version"), QStringLiteral("explanation"),
                                QStringLiteral("occurred_on"), QStringLiteral("recorded_at"),
                                QStringLiteral("recorded_by"), QStringLiteral("source_id")},
                               {},
                               {QStringLiteral("delta")}});
        SyncedTables::declare({kActions,
                               {QStringLiteral("merchant_id"), QStringLiteral("kind"), QStringLiteral("reason"),
                                QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                                QStringLiteral("recorded_at"), QStringLiteral("recorded_by")},
                               {},
                               {}});
    });
}

Result<CreditFile> CreditFileService::file(const QString& merchantId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    CreditFile f;
    f.merchantId = merchantId;
    auto name = merchantName(db, merchantId);
    if (!name)
        return name.error();
    f.merchantName = *name;
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT e.id, e.kind, e.delta, e.rules_version, e.explanation, e.occurred_on, "
                                    "e.recorded_at, COALESCE(u.display_name, ''), e.source_id FROM credit_events e "
                                    "LEFT JOIN users u ON u.id = e.recorded_by WHERE e.merchant_id = ? AND e.deleted = 0 "
                                    "ORDER BY e.occurred_on, e.recorded_at, e.id"),
                     {merchantId}));
    int score = CreditRules::kStartScore;
    while (q.next()) {
        CreditEventRow e;
        e.id = q.value(0).toString();
        e.kind = domain::fromCode<domain::CreditEventKind>(q.value(1).toString(), nullptr);
        e.delta = q.value(2).toInt();
        e.rulesVersion = q.value(3).toInt();
        e.explanation = q.value(4).toString();
        e.occurredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.recordedAt = TicketStore::fromEpoch(q.value(6));
        e.recordedByName = q.value(7).toString();
        e.sourceId = q.value(8).toString();
        score = CreditRules::clamp(score + e.delta);
        e.scoreAfter = score;
        f.events << e;
    }
    f.score = score;
    f.level = CreditRules::levelOf(score);
    const QDate today = Clock::chinaToday(m_clock);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT a.id, a.kind, a.reason, a.starts_on, a.ends_on, a.recorded_at, "
                                    "COALESCE(u.display_name, '') FROM credit_actions a LEFT JOIN users u "
                                    "ON u.id = a.recorded_by WHERE a.merchant_id = ? AND a.deleted = 0 "
                                    "ORDER BY a.starts_on DESC, a.recorded_at DESC"),
                     {merchantId}));
    while (q.next()) {
        CreditActionRow a;
        a.id = q.value(0).toString();
        a.kind = domain::fromCode<domain::CreditActionKind>(q.value(1).toString(), nullptr);
        a.reason = q.value(2).toString();
        a.startsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.endsOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.recordedAt = TicketStore::fromEpoch(q.value(5));
        a.recordedByName = q.value(6).toString();
        a.inForce = domain::CreditActions::inForce(a.kind, a.startsOn, a.endsOn, today);
        f.actions << a;
    }
    SW_TRY(execQuery(q, pendingOutcomesSql(QStringLiteral("COUNT(*)")), {merchantId}));
    f.pendingDisputeOutcomes = q.next() ? q.value(0).toInt() : 0;
    return f;
}

Result<domain::CreditChange> CreditFileService::whatIf(const QString& merchantId, domain::CreditEventKind kind) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto deltas = storedDeltas(db, merchantId);
    if (!deltas)
        return deltas.error();
    return MerchantPolicies::creditRules(db).whatIf(CreditRules::replay(*deltas), kind);
}

Result<QString> CreditFileService::recordEvent(const QString& merchantId, domain::CreditEventKind kind,
                                               const QString& explanation, QDate occurredOn)
{
    SW_TRY(requireRecorder(m_actor));
    SW_TRY(checkText(explanation, tr("explanation")));
    const QDate today = Clock::chinaToday(m_clock);
    if (!occurredOn.isValid() || occurredOn > today)
        return makeError(ErrorCode::InvalidInput, tr("Enter the date of the event; it cannot be in the future."));
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto name = merchantName(db, merchantId);
    if (!name)
        return name.error();
    const CreditRules rules = MerchantPolicies::creditRules(db);
    auto id = tx->insert(kEvents,
                         {{QStringLiteral("merchant_id"), merchantId},
                          {QStringLiteral("kind"), domain::code(kind)},
                          {QStringLiteral("delta"), rules.delta(kind)},
                          {QStringLiteral("rules_version"), rules.version()},
                          {QStringLiteral("explanation"), explanation.trimmed()},
                          {QStringLiteral("occurred_on"), occurredOn.toString(Qt::ISODate)},
                          {QStringLiteral("recorded_at"), TicketStore::epoch(TicketStore::now(m_clock))},
                          {QStringLiteral("recorded_by"), m_actor.userId},
                          {QStringLiteral("source_id"), QString()}},
                         QStringLiteral("credit.event.record"));
    if (!id)
        return id.error();
    SW_TRY(tx->commit());
    return id;
}

Result<QString> CreditFileService::addAction(const QString& merchantId, domain::CreditActionKind kind,
                                             const QString& reason, QDate startsOn, QDate endsOn)
{
    SW_TRY(requireRecorder(m_actor));
    SW_TRY(domain::CreditActions::validate(kind, reason, startsOn, endsOn));
    SW_TRY(checkText(reason, tr("reason")));
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto name = merchantName(db, merchantId);
    if (!name)
        return name.error();
    auto id = tx->insert(kActions,
                         {{QStringLiteral("merchant_id"), merchantId},
                          {QStringLiteral("kind"), domain::code(kind)},
                          {QStringLiteral("reason"), reason.trimmed()},
                          {QStringLiteral("starts_on"), startsOn.toString(Qt::ISODate)},
                          {QStringLiteral("ends_on"), endsOn.isValid() ? endsOn.toString(Qt::ISODate) : QString()},
                          {QStringLiteral("recorded_at"), TicketStore::epoch(TicketStore::now(m_clock))},
                          {QStringLiteral("recorded_by"), m_actor.userId}},
                         QStringLiteral("credit.action.add"));
    if (!id)
        return id.error();
    SW_TRY(tx->commit());
    return id;
}

Result<int> CreditFileService::importDisputeOutcomes(const QString& merchantId)
{
    SW_TRY(requireRecorder(m_actor));
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, pendingOutcomesSql(QStringLiteral("o.id, d.number, o.decided_at")), {merchantId}));
    struct Outcome
    {
        QString id;
        QString number;
        QDateTime decidedAt;
    };
    QList<Outcome> outcomes;
    while (q.next())
        outcomes << Outcome{q.value(0).toString(), q.value(1).toString(), TicketStore::fromEpoch(q.value(2))};
    q.finish();
    const CreditRules rules = MerchantPolicies::creditRules(db);
    const QUuid ns(QStringLiteral("{0d5c2b8e-3f7a-4e9b-8c61-2a4f9e7d1b30}"));
    int made = 0;
    for (const Outcome& o : outcomes) {
        const QString id = QUuid::createUuidV5(ns, QStringLiteral("dispute-outcome:") + o.id).toString(QUuid::WithoutBraces);
        QSqlQuery exists(db);
        SW_TRY(execQuery(exists, QStringLiteral("SELECT 1 FROM credit_events WHERE id = ?"), {id}));
        if (exists.next())
            continue; // tombstoned by someone: not brought back
        const QDate on = domain::BusinessCalendar::chinaDate(o.decidedAt);
        auto inserted =
            tx->insert(kEvents,
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("merchant_id"), merchantId},
                        {QStringLiteral("kind"), domain::code(domain::CreditEventKind::DisputeLost)},
                        {QStringLiteral("delta"), rules.delta(domain::CreditEventKind::DisputeLost)},
                        {QStringLiteral("rules_version"), rules.version()},
                        {QStringLiteral("explanation"), tr("Dispute %1 was decided against the merchant.").arg(o.number)},
                        {QStringLiteral("occurred_on"), on.toString(Qt::ISODate)},
                        {QStringLiteral("recorded_at"), TicketStore::epoch(TicketStore::now(m_clock))},
                        {QStringLiteral("recorded_by"), m_actor.userId},
                        {QStringLiteral("source_id"), o.id}},
                       QStringLiteral("credit.event.dispute"));
        if (!inserted)
            return inserted.error();
        ++made;
    }
    SW_TRY(tx->commit());
    return made;
}

} // namespace sw::services
