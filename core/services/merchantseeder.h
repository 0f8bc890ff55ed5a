#pragma once

// Demo and benchmark data for merchant review (`shopwarden-admin seed --merchants N`,
// `bench merchants`): N merchants, each with one review — applications in every status
// and about one in ten a periodic re-review — three documents per review (business
// licence, tax registration, legal representative's ID; a few hundred days of validity,
// some expiring within 30 days) with a small scan, and the timeline entry of submission.
// About one merchant in a hundred shares a phone number or bank account with another, so
// duplicate flags appear. Rows are written like the ticket seeder's: one transaction with
// prepared SQLite statements, one HLC, as if they came from the server (no outbox).
// Reviewers are the database's active auditors (none: reviews stay unassigned).

#include "result.h"

#include <QJsonObject>

namespace sw::storage {
class Database;
}

namespace sw::services {

struct MerchantSeedReport
{
    qint64 merchants = 0;
    qint64 reviews = 0;
    qint64 documents = 0;
    double seconds = 0;
};

Result<MerchantSeedReport> seedMerchants(storage::Database& db, qint64 count, quint64 seed = 1);

} // namespace sw::services
