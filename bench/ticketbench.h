#pragma once

// The ticket queue benchmark behind `shopwarden-admin bench tickets` (docs/performance.md,
// "Tickets (issue 3)"). On a seeded database it times the read paths the queue pane
// uses — TicketQuery counts and pages, the FTS search, TicketService::get + timeline —
// and, in the same run, the naive baseline a simple app would use for search: a
// QSqlQueryModel over `LIKE '%term%'` on subjects, bodies and timeline texts.
// A benchmark, never a timed test.

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace sw::storage {
class Database;
}

namespace sw::bench {

struct TicketBenchOptions
{
    int searchTerms = 50; // at most the fixed list's 50
    int ticketOpens = 50;
    int pageSize = 100;              // rows per queue page (what the model fetches)
    int repeats = 3;                 // filter / sort / jump: median of this many runs
    int baselineMaxTerms = 50;       // LIKE baseline: at most this many terms …
    double baselineBudgetSecs = 120; // … and stop starting new ones after this long (then "subset": true)
    quint64 seed = 7;                // which tickets are opened
};

// Runs on an open database holding seeded tickets. The JSON shape is documented in
// docs/performance.md.
Result<QJsonObject> runTicketBench(storage::Database& db, const TicketBenchOptions& options);

// A readable summary of a runTicketBench() result (what the CLI prints without --json).
QString formatTicketBench(const QJsonObject& result);

} // namespace sw::bench
