#pragma once

// The merchant review queue benchmark behind `shopwarden-admin bench merchants`
// (docs/performance.md, "Merchant review (issue 6)"). It creates a throwaway encrypted
// database, seeds it with N merchants (seedMerchants: one review and three documents with
// scans each) and times what the queue pane does when it opens and when the auditor
// filters: MerchantQueueModel's load (count + first page of MerchantQuery) for the
// default view, every saved view, a status, a category, a text search by name and by
// credit code, the "documents expiring" flag and a sort by legal name — each the median
// of several runs. In the same run it times the baseline a simple app would use: reading
// every review of the default view into memory (a QSqlQueryModel-style full load), and
// prints the ratio. Target: every open and filter under 100 ms. A benchmark, never a
// timed test.

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace sw::bench {

struct MerchantBenchOptions
{
    qint64 merchants = 100000;
    int repeats = 5;
    int pageSize = 200; // what MerchantQueueModel loads first
    QString dir;        // folder for the database (default: a temporary folder)
};

Result<QJsonObject> runMerchantBench(const MerchantBenchOptions& options);
QString formatMerchantBench(const QJsonObject& result);

} // namespace sw::bench
