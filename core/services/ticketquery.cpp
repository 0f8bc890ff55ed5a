#include "services/ticketquery.h"

#include "clock.h"
#include "domain/businesscalendar.h"
#include "domain/masking.h"
#include "domain/searchtext.h"
#include "services/sqlsupport.h"
#include "services/ticketquerywhere.h"
#include "services/ticketstore.h"
#include "storage/rowset.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace sw::services {

using domain::Role;
using domain::TicketStatus;

namespace {

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

using ticketwhere::Target;
using ticketwhere::Where;

// Searches with up to driveFromHitsMax full-text hits (TicketQuery::
// kDefaultDriveFromHitsMax) are driven from the hits: a row read per hit, then a sort.
// Above it the queue's ordered index scan tests each entry against the hit set — a C
// call, no row read — and reads only the rows it returns, finding a page after about
// limit × total / hits entries. At 1,000,000 tickets a cold row read costs about as much
// as 150 index entries, so the two meet near a thousand hits (docs/performance.md).
// The search term of the WHERE clause; `hits` must stay bound (RowSet::Scope) while
// the statement runs.
void addSearch(Where& w, const QString& match, const storage::RowSet& hits, qint64 driveFromHitsMax)
{
    if (hits.size() <= driveFromHitsMax)
        w.add(QStringLiteral("t.n IN (SELECT docid FROM ticket_search WHERE tokens MATCH ?)"), {match});
    else
        w.add(QStringLiteral("sw_in_rowset(t.n)"));
}

Result<qint64> scalarCount(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    SW_TRY(execQuery(q, sql, values));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<qint64> TicketQuery::count(const TicketFilter& filter) const
{
    const QDateTime now = TicketStore::now(m_clock);
    QSqlDatabase db = m_db.connection();
    if (filter.search.trimmed().isEmpty()) {
        if (ticketwhere::countableFromSummary(filter)) {
            auto where = ticketwhere::build(m_actor, filter, now, Target::Counts);
            if (!where)
                return where.error();
            return scalarCount(db, QStringLiteral("SELECT COALESCE(SUM(c.n), 0) FROM ticket_counts c WHERE ") +
                                       where->sql(), where->values);
        }
        auto where = ticketwhere::build(m_actor, filter, now, Target::Tickets);
        if (!where)
            return where.error();
        return scalarCount(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + where->sql(),
                           where->values);
    }

    auto where = ticketwhere::build(m_actor, filter, now, Target::Tickets);
    if (!where)
        return where.error();
    auto match = ticketwhere::matchFor(filter);
    if (!match)
        return match.error();
    auto hits = ticketwhere::loadHits(db, *match);
    if (!hits)
        return hits.error();
    if (hits->size() == 0)
        return 0;
    const storage::RowSet::Scope bound(*hits);

    TicketFilter rest = filter;
    rest.search.clear();
    TicketFilter searchOnly;
    searchOnly.includeMerged = filter.includeMerged;
    if (TicketStore::seesAll(m_actor) && rest == searchOnly) {
        // Search alone: every ticket has one document, so the count is the number of
        // hits less the hidden tickets among them (deleted; merged away unless shown),
        // which their own indexes find without touching the rest of the table.
        auto hidden = scalarCount(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.deleted = 1 "
                                                     "AND sw_in_rowset(t.n)"), {});
        if (!hidden)
            return hidden.error();
        qint64 result = hits->size() - *hidden;
        if (!filter.includeMerged) {
            auto merged = scalarCount(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.merged_into > '' "
                                                         "AND t.deleted = 0 AND sw_in_rowset(t.n)"), {});
            if (!merged)
                return merged.error();
            result -= *merged;
        }
        return std::max<qint64>(0, result);
    }
    addSearch(*where, *match, *hits, m_driveFromHitsMax);
    return scalarCount(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + where->sql(), where->values);
}

Result<QList<TicketRow>> TicketQuery::page(const TicketFilter& filter, const TicketSort& sort, qint64 offset,
                                           int limit, qint64 knownTotal) const
{
    auto where = ticketwhere::build(m_actor, filter, TicketStore::now(m_clock), Target::Tickets);
    if (!where)
        return where.error();
    if (limit <= 0)
        return QList<TicketRow>();
    offset = std::max<qint64>(0, offset);
    QSqlDatabase db = m_db.connection();
    storage::RowSet hits;
    if (!filter.search.trimmed().isEmpty()) {
        auto match = ticketwhere::matchFor(filter);
        if (!match)
            return match.error();
        auto loaded = ticketwhere::loadHits(db, *match);
        if (!loaded)
            return loaded.error();
        if (loaded->size() == 0)
            return QList<TicketRow>();
        hits = std::move(*loaded);
        addSearch(*where, *match, hits, m_driveFromHitsMax);
    }
    const storage::RowSet::Scope bound(hits);

    // Far into the list, read it from the other end: OFFSET walks every row it skips,
    // so "jump to the last row" of a million would walk a million. Reversing both the
    // sort and the tie-break gives exactly the reverse order.
    bool reversed = false;
    if (knownTotal > 0 && offset < knownTotal && offset > knownTotal / 2) {
        const qint64 end = std::min<qint64>(knownTotal, offset + limit);
        limit = int(end - offset);
        offset = knownTotal - end;
        reversed = true;
    }
    const bool descending = (sort.order == Qt::DescendingOrder) != reversed;
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // Ties broken by n in the same direction: a stable total order, and an index on the
    // sort column (which ends with the rowid n) still serves the whole ORDER BY.
    const QString sql = QStringLiteral("SELECT %1 FROM tickets t LEFT JOIN users u ON u.id = t.owner_id WHERE %2 "
                                       "ORDER BY %3 %4, t.n %4 LIMIT ? OFFSET ?")
                            .arg(TicketStore::rowColumns(), where->sql(), sortExpression(sort.column), dir);
    QVariantList values = where->values;
    values << limit << offset;
    QList<TicketRow> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        SW_TRY(execQuery(q, sql, values));
        rows.reserve(limit);
        while (q.next()) {
            TicketRow r;
            TicketStore::readRow(q, r);
            if (r.ownerId.isEmpty() || r.ownerId != m_actor.userId)
                r.customerPhone = domain::maskPhone(r.customerPhone);
            rows << r;
        }
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace sw::services
