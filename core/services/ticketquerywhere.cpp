#include "services/ticketquerywhere.h"

#include "domain/searchtext.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sw::services::ticketwhere {

using domain::Role;

namespace {

constexpr qint64 kTwoHoursSecs = 2 * 3600;

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketQuery", text);
}

// Column names and "no value" tests for the two targets: tickets keeps NULL for "no
// owner/team", ticket_counts keeps '' (it is part of a primary key).
struct Columns
{
    Target target;

    QString col(const char* name) const
    {
        return QStringLiteral("%1.%2").arg(target == Target::Tickets ? QLatin1Char('t') : QLatin1Char('c'))
            .arg(QLatin1String(name));
    }
    QString isNone(const char* name) const
    {
        return target == Target::Tickets ? col(name) + QStringLiteral(" IS NULL") : col(name) + QStringLiteral(" = ''");
    }
};

template <typename Enum> void addIn(Where& w, const QString& column, const QList<Enum>& list)
{
    if (list.isEmpty())
        return;
    QStringList marks;
    QVariantList values;
    for (Enum e : list) {
        marks << QStringLiteral("?");
        values << domain::code(e);
    }
    w.add(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", "))), values);
}

} // namespace

bool countableFromSummary(const TicketFilter& f)
{
    return !f.receivedFrom.isValid() && !f.receivedTo.isValid() && f.sla == SlaFilter::Any &&
           f.search.trimmed().isEmpty();
}

Result<Where> build(const Actor& actor, const TicketFilter& f, const QDateTime& nowTime, Target target)
{
    SW_TRY(TicketStore::requireTicketAccess(actor));
    const Columns c{target};
    const qint64 now = nowTime.toSecsSinceEpoch();
    Where w;
    if (target == Target::Tickets) {
        w.add(QStringLiteral("t.deleted = 0"));
        // Unary '+': nearly every row has merged_into NULL, so its index must not be
        // chosen over the one that serves the ORDER BY.
        if (!f.includeMerged)
            w.add(QStringLiteral("+t.merged_into IS NULL"));
    } else if (!f.includeMerged) {
        w.add(QStringLiteral("c.merged = 0"));
    }

    if (!TicketStore::seesAll(actor)) {
        if (actor.has(Role::Lead) && !actor.teamId.isEmpty())
            w.add(QStringLiteral("(%1 = ? OR %2 OR %3 = ?)")
                      .arg(c.col("owner_id"), c.isNone("owner_id"), c.col("team_id")),
                  {actor.userId, actor.teamId});
        else
            w.add(QStringLiteral("(%1 = ? OR %2)").arg(c.col("owner_id"), c.isNone("owner_id")), {actor.userId});
    }

    addIn(w, c.col("status"), f.statuses);
    addIn(w, c.col("kind"), f.kinds);
    addIn(w, c.col("channel"), f.channels);
    addIn(w, c.col("priority"), f.priorities);
    if (!f.ownerId.isEmpty())
        w.add(c.col("owner_id") + QStringLiteral(" = ?"), {f.ownerId});
    if (f.unassignedOnly)
        w.add(c.isNone("owner_id"));
    if (!f.teamId.isEmpty())
        w.add(c.col("team_id") + QStringLiteral(" = ?"), {f.teamId});
    if (target == Target::Counts)
        return w; // the rest is not in the summary (countableFromSummary)

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
    return w;
}

Result<QString> matchFor(const TicketFilter& f)
{
    bool ok = false;
    QString reason;
    const QString match = domain::SearchText::matchExpression(f.search, &ok, &reason);
    if (!ok)
        return makeError(ErrorCode::InvalidInput,
                         reason.isEmpty() ? tr("Nothing in the search text can be searched for.") : reason);
    return match;
}

Result<storage::RowSet> loadHits(QSqlDatabase db, const QString& match)
{
    return storage::RowSet::select(db, QStringLiteral("SELECT docid FROM ticket_search WHERE tokens MATCH ?"),
                                   {match});
}

} // namespace sw::services::ticketwhere
