#pragma once

// The storage benchmark behind `shopwarden-admin bench storage` (docs/performance.md).
//
// It runs one workload — bulk insert, indexed lookups, range scans — on an encrypted
// database (Database::create: Argon2id key, SQLCipher, cipher_page_size 4096, WAL) and
// on an unencrypted one (the same QSQLCIPHER driver and libsqlcipher without a key,
// page_size 4096, WAL, the same pragmas) in one run, phase by phase, and reports
// both timings and their ratio. A benchmark, never a timed test.

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace sw::bench {

struct StorageBenchOptions
{
    qint64 rows = 1000000;
    QString dir;             // where the two databases go; empty = a fresh temporary folder
    int batchSize = 10000;   // rows per insert transaction
    int maxLookups = 100000; // lookups = min(rows, maxLookups)
    int rangeScans = 100;
    int rangeLength = 1000; // rows per range scan (capped at rows)
    // Applied to BOTH databases after opening; 0 keeps the value Database chose.
    int cacheSizeKiB = 0;
    // Applied to BOTH databases: "" keeps Database's choice, else e.g. "NORMAL" or "FULL".
    QString synchronous;
    quint32 seed = 20240601; // same data and the same lookup order on both sides
};

// Runs the benchmark; the JSON shape is documented in docs/performance.md. The
// database files are deleted afterwards whether it succeeds or not.
Result<QJsonObject> runStorageBench(const StorageBenchOptions& options);

// A readable table of a runStorageBench() result (what the CLI prints without --json).
QString formatStorageBench(const QJsonObject& result);

} // namespace sw::bench
