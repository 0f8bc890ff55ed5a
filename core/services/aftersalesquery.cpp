// AfterSalesQuery: the after-sales queue's filters, sort and saved views (see the header).

#include "services/aftersalesquery.h"

#include "clock.h"
#include "domain/businesscalendar.h"
#include "services/aftersalespolicies.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace sw::services {

using domain::AfterSalesStatus;
using domain::ApprovalLadder;
using domain::ApprovalLevel;
using domain::Role;

namespace {

// Distinct approvers so far, and when the request was last returned for information.
const QString kApprovalsSql = QStringLiteral(
    "(SELECT COUNT(DISTINCT a.approver_id) FROM aftersales_approvals a WHERE a.request_id = r.id "
    "AND a.deleted = 0 AND a.decision = 'approved')");
const QString kWaitingSinceSql =
    QStringLiteral("MAX(r.created_at, COALESCE((SELECT MAX(a.decided_at) FROM aftersales_approvals a "
                   "WHERE a.request_id = r.id AND a.deleted = 0 AND a.decision = 'returned'), 0))");

QString waitingStatusesSql()
{
    return QStringLiteral("r.status IN ('%1', '%2')")
        .arg(domain::code(AfterSalesStatus::Checking), domain::code(AfterSalesStatus::AwaitingApproval));
}

// An ordinal for an enum column so that sorting follows the enum order, not the alphabet
// of the codes. The codes are our own constants, never user input.
template <typename Enum> QString ordinal(const QString& column, const QList<Enum>& all)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (int i = 0; i < all.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(domain::code(all.at(i))).arg(i);
    return sql + QStringLiteral(" END");
}

// The whitelist: each sortable column maps to one fixed SQL expression.
QString sortExpression(AfterSalesColumn column)
{
    switch (column) {
    case AfterSalesColumn::Number:
        return QStringLiteral("r.number");
    case AfterSalesColumn::Kind:
        return ordinal(QStringLiteral("r.kind"), domain::allAfterSalesKinds());
    case AfterSalesColumn::OrderNo:
        return QStringLiteral("r.order_no");
    case AfterSalesColumn::Customer:
        return QStringLiteral("COALESCE(t.customer_name, '')");
    case AfterSalesColumn::Merchant:
        return QStringLiteral("COALESCE(t.merchant_name, '')");
    case AfterSalesColumn::Amount:
    case AfterSalesColumn::ApproverLevel: // the level grows with the amount
        return QStringLiteral("r.amount_fen");
    case AfterSalesColumn::Reason:
        return ordinal(QStringLiteral("r.reason"), domain::allAfterSalesReasons());
    case AfterSalesColumn::Status:
        return ordinal(QStringLiteral("r.status"), domain::allAfterSalesStatuses());
    case AfterSalesColumn::Due:
        // Requests that do not wait sort after every waiting one (ascending).
        return QStringLiteral("CASE WHEN %1 THEN %2 ELSE 9223372036854775807 END")
            .arg(waitingStatusesSql(), kWaitingSinceSql);
    case AfterSalesColumn::Age:
    case AfterSalesColumn::Count:
        break;
    }
    // Age: descending = oldest first, so the expression is the negated creation time.
    return QStringLiteral("(-r.created_at)");
}

template <typename Enum>
void addIn(QStringList* where, QVariantList* values, const QString& column, const QList<Enum>& list)
{
    if (list.isEmpty())
        return;
    QStringList marks;
    for (Enum e : list) {
        marks << QStringLiteral("?");
        *values << domain::code(e);
    }
    *where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Status requireReader(const Actor& a)
{
    for (Role r : {Role::Agent, Role::Lead, Role::Manager, Role::Admin, Role::Auditor}) {
        if (a.has(r))
            return {};
    }
    return makeError(ErrorCode::PermissionDenied,
                     AfterSalesQuery::tr("Your roles do not allow you to see after-sales requests."));
}

} // namespace

QString displayName(AfterSalesView view)
{
    switch (view) {
    case AfterSalesView::AwaitingMyApproval:
        return QCoreApplication::translate("sw::services::AfterSalesView", "Awaiting my approval");
    case AfterSalesView::EligibilityFailed:
        return QCoreApplication::translate("sw::services::AfterSalesView", "Eligibility failed");
    case AfterSalesView::ExecutedThisWeek:
        return QCoreApplication::translate("sw::services::AfterSalesView", "Executed this week");
    case AfterSalesView::AllOpen:
        return QCoreApplication::translate("sw::services::AfterSalesView", "All open");
    case AfterSalesView::All:
        break;
    }
    return QCoreApplication::translate("sw::services::AfterSalesView", "All requests");
}

QList<AfterSalesView> allAfterSalesViews()
{
    return {AfterSalesView::AwaitingMyApproval, AfterSalesView::EligibilityFailed,
            AfterSalesView::ExecutedThisWeek, AfterSalesView::AllOpen, AfterSalesView::All};
}

bool AfterSalesRow::isWaiting() const
{
    return status == AfterSalesStatus::Checking || status == AfterSalesStatus::AwaitingApproval;
}

QDateTime AfterSalesRow::dueAt() const
{
    return isWaiting() && waitingSince.isValid()
               ? waitingSince.addSecs(qint64(AfterSalesQuery::kDecisionHours) * 3600)
               : QDateTime();
}

bool AfterSalesRow::isOverdue(const QDateTime& now) const
{
    const QDateTime due = dueAt();
    return due.isValid() && due < now;
}

AfterSalesQuery::AfterSalesQuery(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

QDateTime AfterSalesQuery::now() const
{
    return TicketStore::now(m_clock);
}

QDateTime AfterSalesQuery::startOfWeek(const QDateTime& now)
{
    const int offset = domain::BusinessCalendar::kChinaUtcOffsetSecs;
    const QDate day = now.toUTC().addSecs(offset).date();
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return QDateTime(monday, QTime(0, 0), Qt::UTC).addSecs(-offset);
}

AfterSalesFilter AfterSalesQuery::viewFilter(AfterSalesView view) const
{
    AfterSalesFilter f;
    switch (view) {
    case AfterSalesView::AwaitingMyApproval:
        f.awaitingMyApproval = true;
        break;
    case AfterSalesView::EligibilityFailed:
        f.eligibilityFailed = true;
        break;
    case AfterSalesView::ExecutedThisWeek:
        f.executedFrom = startOfWeek(now());
        break;
    case AfterSalesView::AllOpen:
        for (AfterSalesStatus s : domain::allAfterSalesStatuses()) {
            if (s != AfterSalesStatus::Closed)
                f.statuses << s;
        }
        break;
    case AfterSalesView::All:
        break;
    }
    return f;
}

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const AfterSalesFilter& f, const Actor& actor, const QDateTime& now, const ApprovalLadder& ladder)
{
    QStringList where{QStringLiteral("r.deleted = 0")};
    QVariantList values;
    addIn(&where, &values, QStringLiteral("r.status"), f.statuses);
    addIn(&where, &values, QStringLiteral("r.kind"), f.kinds);
    addIn(&where, &values, QStringLiteral("r.reason"), f.reasons);
    if (f.createdFrom.isValid()) {
        where << QStringLiteral("r.created_at >= ?");
        values << f.createdFrom.toSecsSinceEpoch();
    }
    if (f.createdTo.isValid()) {
        where << QStringLiteral("r.created_at < ?");
        values << f.createdTo.toSecsSinceEpoch();
    }
    if (f.executedFrom.isValid()) {
        where << QStringLiteral("r.executed_at >= ?");
        values << f.executedFrom.toSecsSinceEpoch();
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        where << QStringLiteral("(r.number LIKE ? ESCAPE '\\' OR r.order_no LIKE ? ESCAPE '\\' OR "
                                "r.item_name LIKE ? ESCAPE '\\' OR t.customer_name LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        values << pattern << pattern << pattern << pattern;
    }
    if (f.eligibilityFailed) {
        where << QStringLiteral("r.status = ? AND r.override_by IS NULL");
        values << domain::code(AfterSalesStatus::Checking);
    }
    if (f.overdueOnly) {
        where << QStringLiteral("%1 AND %2 + ? < ?").arg(waitingStatusesSql(), kWaitingSinceSql);
        values << qint64(AfterSalesQuery::kDecisionHours) * 3600 << now.toSecsSinceEpoch();
    }
    if (f.awaitingMyApproval) {
        // The ladder as SQL: the highest level the actor may approve caps the amount.
        const auto level = domain::highestApprovalLevel(actor.roles);
        if (!level) {
            where << QStringLiteral("0 = 1");
        } else {
            where << QStringLiteral("r.status = ? AND r.requester_id <> ? AND NOT EXISTS (SELECT 1 FROM "
                                    "aftersales_approvals a WHERE a.request_id = r.id AND a.deleted = 0 AND "
                                    "a.decision = 'approved' AND a.approver_id = ?)");
            values << domain::code(AfterSalesStatus::AwaitingApproval) << actor.userId << actor.userId;
            if (*level == ApprovalLevel::Agent) {
                where << QStringLiteral("r.amount_fen <= ?");
                values << ladder.agentLimit().fen();
            } else if (*level == ApprovalLevel::Lead) {
                where << QStringLiteral("r.amount_fen <= ?");
                values << ladder.leadLimit().fen();
            }
        }
    }
    return {where.join(QStringLiteral(" AND ")), values};
}

const QString kFrom = QStringLiteral(
    " FROM aftersales_requests r LEFT JOIN tickets t ON t.id = r.ticket_id AND t.deleted = 0 WHERE ");

} // namespace

Result<qint64> AfterSalesQuery::count(const AfterSalesFilter& filter) const
{
    SW_TRY(requireReader(m_actor));
    const Where w = whereFor(filter, m_actor, now(), AfterSalesPolicies::ladder(m_db.connection()));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT COUNT(*)") + kFrom + w.sql, w.values));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<AfterSalesRow>> AfterSalesQuery::list(const AfterSalesFilter& filter,
                                                   const AfterSalesSort& sort) const
{
    SW_TRY(requireReader(m_actor));
    const Where w = whereFor(filter, m_actor, now(), AfterSalesPolicies::ladder(m_db.connection()));
    const QString direction =
        sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.number, r.kind, r.status, r.reason, COALESCE(r.ticket_id, ''), r.order_no, "
            "r.item_name, COALESCE(t.customer_name, ''), COALESCE(t.merchant_name, ''), r.amount_fen, "
            "r.requester_id, r.created_at, r.executed_at, ") +
        kApprovalsSql + QStringLiteral(", ") + kWaitingSinceSql + kFrom + w.sql +
        QStringLiteral(" ORDER BY %1 %2, r.number %2").arg(sortExpression(sort.column), direction);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    SW_TRY(execQuery(q, sql, w.values));
    const ApprovalLadder ladder = AfterSalesPolicies::ladder(m_db.connection());
    QList<AfterSalesRow> rows;
    while (q.next()) {
        AfterSalesRow r;
        r.id = q.value(0).toString();
        r.number = q.value(1).toString();
        r.kind = domain::fromCode<domain::AfterSalesKind>(q.value(2).toString(), nullptr);
        r.status = domain::fromCode<AfterSalesStatus>(q.value(3).toString(), nullptr);
        r.reason = domain::fromCode<domain::AfterSalesReason>(q.value(4).toString(), nullptr);
        r.ticketId = q.value(5).toString();
        r.orderNo = q.value(6).toString();
        r.itemName = q.value(7).toString();
        r.customerName = q.value(8).toString();
        r.merchantName = q.value(9).toString();
        r.amount = domain::Money::fromFen(q.value(10).toLongLong());
        r.requesterId = q.value(11).toString();
        r.createdAt = TicketStore::fromEpoch(q.value(12));
        r.executedAt = TicketStore::fromEpoch(q.value(13));
        r.approvalsGiven = q.value(14).toInt();
        r.waitingSince = TicketStore::fromEpoch(q.value(15));
        r.level = ladder.requiredLevel(r.amount);
        r.approvalsNeeded = ladder.requiredApprovals(r.amount);
        rows << r;
    }
    return rows;
}

Result<QList<qint64>> AfterSalesQuery::viewCounts() const
{
    QList<qint64> counts;
    for (AfterSalesView view : allAfterSalesViews()) {
        auto n = count(viewFilter(view));
        if (!n)
            return n.error();
        counts << *n;
    }
    return counts;
}

Result<QHash<QString, QString>> AfterSalesQuery::userNames(const QStringList& ids) const
{
    SW_TRY(requireReader(m_actor));
    QHash<QString, QString> names;
    QSqlQuery q(m_db.connection());
    for (const QString& id : ids) {
        if (id.isEmpty() || names.contains(id))
            continue;
        SW_TRY(execQuery(q, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {id}));
        if (q.next())
            names.insert(id, q.value(0).toString());
    }
    return names;
}

Result<QString> AfterSalesQuery::ticketNumber(const QString& ticketId) const
{
    SW_TRY(requireReader(m_actor));
    if (ticketId.isEmpty())
        return QString();
    QSqlQuery q(m_db.connection());
    SW_TRY(
        execQuery(q, QStringLiteral("SELECT number FROM tickets WHERE id = ? AND deleted = 0"), {ticketId}));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace sw::services
