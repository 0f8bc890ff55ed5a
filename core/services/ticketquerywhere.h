#pragma once

// Private to TicketQuery: a TicketFilter and the actor's scope turned into a WHERE
// clause, for the `tickets` table (alias t) or for the `ticket_counts` summary (alias c,
// migration 0003), plus the full-text hits of a search. SQL text comes from this code
// only; every value is bound.

#include "result.h"
#include "services/actor.h"
#include "services/ticketquery.h"
#include "storage/rowset.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace sw::services::ticketwhere {

struct Where
{
    QStringList terms;
    QVariantList values;

    void add(const QString& term, const QVariantList& v = {})
    {
        terms << term;
        values += v;
    }
    QString sql() const { return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND ")); }
};

enum class Target { Tickets, Counts };

// Whether ticket_counts can answer the count of this filter: only equality filters on
// its key columns (no dates, no SLA state, no search).
bool countableFromSummary(const TicketFilter& f);

// The scope and the filter's equality/range/SLA terms (not the search). For
// Target::Counts the filter must be countableFromSummary().
Result<Where> build(const Actor& actor, const TicketFilter& f, const QDateTime& now, Target target);

// The FTS4 MATCH argument for the filter's search text (InvalidInput when nothing in it
// can be searched for).
Result<QString> matchFor(const TicketFilter& f);

// Every document matching `match`.
Result<storage::RowSet> loadHits(QSqlDatabase db, const QString& match);

} // namespace sw::services::ticketwhere
