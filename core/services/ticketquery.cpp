#include "services/ticketquery.h"

#include "clock.h"
#include "domain/businesscalendar.h"
#include "domain/masking.h"
#include "domain/searchtext.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sw::services {

using domain::Role;
using domain::TicketStatus;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketQuery", text);
}

constexpr qint64 kTwoHoursSecs = 2 * 3600;

// A WHERE clause under construction: SQL text from this file only, values always bound.
struct Where
{
    QStringList terms;
    QVariantList values;

    void add(const QString& term, const QVariantList& v = {})
    {
        terms << term;
        values += v;
    }
    template <typename Enum> void addIn(const QString& column, const QList<Enum>& list)
    {
        if (list.isEmpty())
            return;
        QStringList marks;
        for (Enum e : list) {
            marks << QStringLiteral("?");
            values << domain::code(e);
        }
        terms << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
    }
    QString sql() const { return terms.join(QStringLiteral(" AND ")); }
};

// An ordinal for an enum column, so that sorting follows the enum order (e.g. priority
// Low < Urgent, status New … Closed) rather than the alphabet of the codes. The codes are
// our own constants, never user input.
template <typename Enum> QString ordinal(const QString& column, const QList<Enum>& all)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (int i = 0; i < all.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(domain::code(all.at(i))).arg(i);
    return sql + QStringLiteral(" END");
}

// The whitelist: each sortable column maps to one fixed SQL expression.
QString sortExpression(TicketColumn column)
{
    switch (column) {
    case TicketColumn::Number:
        return QStringLiteral("t.number");
    case TicketColumn::Kind:
        return ordinal(QStringLiteral("t.kind"), domain::allTicketKinds());
    case TicketColumn::Channel:
        return ordinal(QStringLiteral("t.channel"), domain::allTicketChannels());
    case TicketColumn::Subject:
        return QStringLiteral("t.subject");
    case TicketColumn::Customer:
        return QStringLiteral("t.customer_name");
    case TicketColumn::OrderNo:
        return QStringLiteral("t.order_no");
    case TicketColumn::Merchant:
        return QStringLiteral("t.merchant_name");
    case TicketColumn::Priority:
        return ordinal(QStringLiteral("t.priority"), domain::allTicketPriorities());
    case TicketColumn::Status:
        return ordinal(QStringLiteral("t.status"), domain::allTicketStatuses());
    case TicketColumn::Owner:
        return QStringLiteral("u.display_name");
    case TicketColumn::FirstResponseDue:
        return QStringLiteral("t.first_response_due");
    case TicketColumn::ResolutionDue:
        return QStringLiteral("t.resolution_due");
    case TicketColumn::SlaState:
        return QStringLiteral("t.next_due");
    case TicketColumn::ReceivedAt:
    case TicketColumn::Count:
        break;
    }
    return QStringLiteral("t.received_at");
}

} // namespace

QString displayName(TicketView view)
{
    switch (view) {
    case TicketView::MyOpen:
        return QCoreApplication::translate("sw::services::TicketView", "My open tickets");
    case TicketView::Unassigned:
        return QCoreApplication::translate("sw::services::TicketView", "Unassigned");
    case TicketView::BreachingWithin2h:
        return QCoreApplication::translate("sw::services::TicketView", "Breaching within 2 h");
    case TicketView::ComplaintsThisWeek:
        return QCoreApplication::translate("sw::services::TicketView", "All complaints this week");
    case TicketView::TeamQueue:
        return QCoreApplication::translate("sw::services::TicketView", "My team's tickets");
    case TicketView::All:
        return QCoreApplication::translate("sw::services::TicketView", "All tickets");
    }
    return {};
}

TicketQuery::TicketQuery(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

QList<TicketView> TicketQuery::viewsFor() const
{
    if (!TicketStore::hasTicketRole(m_actor))
        return {};
    QList<TicketView> views;
    if (m_actor.has(Role::Agent) || m_actor.has(Role::Lead))
        views << TicketView::MyOpen;
    views << TicketView::Unassigned << TicketView::BreachingWithin2h << TicketView::ComplaintsThisWeek;
    if (m_actor.has(Role::Lead) && !m_actor.teamId.isEmpty())
        views << TicketView::TeamQueue;
    if (TicketStore::seesAll(m_actor))
        views << TicketView::All;
    return views;
}

TicketFilter TicketQuery::viewFilter(TicketView view) const
{
    const QList<TicketStatus> open{TicketStatus::New, TicketStatus::Open, TicketStatus::PendingCustomer};
    TicketFilter f;
    switch (view) {
    case TicketView::MyOpen:
        f.ownerId = m_actor.userId;
        f.statuses = open;
        break;
    case TicketView::Unassigned:
        f.unassignedOnly = true;
        f.statuses = open;
        break;
    case TicketView::BreachingWithin2h:
        f.sla = SlaFilter::BreachingWithin2h;
        break;
    case TicketView::ComplaintsThisWeek: {
        // The week starts on Monday 00:00 Beijing time, wherever the workstation is.
        const int offset = domain::BusinessCalendar::kChinaUtcOffsetSecs;
        const QDate today = TicketStore::now(m_clock).addSecs(offset).date();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        f.kinds = {domain::TicketKind::Complaint};
        f.receivedFrom = QDateTime(monday, QTime(0, 0), Qt::UTC).addSecs(-offset);
        break;
    }
    case TicketView::TeamQueue:
        f.teamId = m_actor.teamId;
        break;
    case TicketView::All:
        break;
    }
    return f;
}

namespace {

Result<Where> buildWhere(const Actor& actor, const TicketFilter& f, const QDateTime& nowTime)
{
    SW_TRY(TicketStore::requireTicketAccess(actor));
    const qint64 now = nowTime.toSecsSinceEpoch();
    Where w;
    w.add(QStringLiteral("t.deleted = 0"));
    // Unary '+': nearly every row has merged_into NULL, so its index must not be chosen
    // over the one that serves the ORDER BY.
    if (!f.includeMerged)
        w.add(QStringLiteral("+t.merged_into IS NULL"));

    if (!TicketStore::seesAll(actor)) {
        if (actor.has(Role::Lead) && !actor.teamId.isEmpty())
            w.add(QStringLiteral("(t.owner_id = ? OR t.owner_id IS NULL OR t.team_id = ?)"),
                  {actor.userId, actor.teamId});
        else
            w.add(QStringLiteral("(t.owner_id = ? OR t.owner_id IS NULL)"), {actor.userId});
    }

    w.addIn(QStringLiteral("t.status"), f.statuses);
    w.addIn(QStringLiteral("t.kind"), f.kinds);
    w.addIn(QStringLiteral("t.channel"), f.channels);
    w.addIn(QStringLiteral("t.priority"), f.priorities);
    if (!f.ownerId.isEmpty())
        w.add(QStringLiteral("t.owner_id = ?"), {f.ownerId});
    if (f.unassignedOnly)
        w.add(QStringLiteral("t.owner_id IS NULL"));
    if (!f.teamId.isEmpty())
        w.add(QStringLiteral("t.team_id = ?"), {f.teamId});
    if (f.receivedFrom.isValid())
        w.add(QStringLiteral("t.received_at >= ?"), {f.receivedFrom.toSecsSinceEpoch()});
    if (f.receivedTo.isValid())
        w.add(QStringLiteral("t.received_at < ?"), {f.receivedTo.toSecsSinceEpoch()});

    switch (f.sla) {
    case SlaFilter::Any:
        break;
    case SlaFilter::Ok:
        w.add(QStringLiteral("t.next_warn > ?"), {now});
        break;
    case SlaFilter::Warning:
        w.add(QStringLiteral("t.next_warn <= ? AND t.next_due > ?"), {now, now});
        break;
    case SlaFilter::Breached:
        w.add(QStringLiteral("t.next_due <= ?"), {now});
        break;
    case SlaFilter::BreachingWithin2h:
        w.add(QStringLiteral("t.next_due > ? AND t.next_due <= ?"), {now, now + kTwoHoursSecs});
        break;
    case SlaFilter::Paused:
        w.add(QStringLiteral("t.paused_since IS NOT NULL"));
        break;
    }

    if (!f.search.trimmed().isEmpty()) {
        bool ok = false;
        QString reason;
        const QString match = domain::SearchText::matchExpression(f.search, &ok, &reason);
        if (!ok)
            return makeError(ErrorCode::InvalidInput,
                             reason.isEmpty() ? tr("Nothing in the search text can be searched for.") : reason);
        w.add(QStringLiteral("t.n IN (SELECT docid FROM ticket_search WHERE tokens MATCH ?)"), {match});
    }
    return w;
}

} // namespace

Result<qint64> TicketQuery::count(const TicketFilter& filter) const
{
    auto where = buildWhere(m_actor, filter, TicketStore::now(m_clock));
    if (!where)
        return where.error();
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + where->sql(), where->values));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<TicketRow>> TicketQuery::page(const TicketFilter& filter, const TicketSort& sort, qint64 offset,
                                           int limit) const
{
    auto where = buildWhere(m_actor, filter, TicketStore::now(m_clock));
    if (!where)
        return where.error();
    if (limit <= 0)
        return QList<TicketRow>();
    const QString dir = sort.order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // Ties broken by n in the same direction: a stable total order, and an index on the
    // sort column (which ends with the rowid n) still serves the whole ORDER BY.
    const QString sql = QStringLiteral("SELECT %1 FROM tickets t LEFT JOIN users u ON u.id = t.owner_id WHERE %2 "
                                       "ORDER BY %3 %4, t.n %4 LIMIT ? OFFSET ?")
                            .arg(TicketStore::rowColumns(), where->sql(), sortExpression(sort.column), dir);
    QVariantList values = where->values;
    values << limit << std::max<qint64>(0, offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    SW_TRY(execQuery(q, sql, values));
    QList<TicketRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        TicketRow r;
        TicketStore::readRow(q, r);
        if (r.ownerId.isEmpty() || r.ownerId != m_actor.userId)
            r.customerPhone = domain::maskPhone(r.customerPhone);
        rows << r;
    }
    return rows;
}

} // namespace sw::services
