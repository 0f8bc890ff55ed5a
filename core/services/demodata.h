#pragma once

// Demo content for `./scripts/run --demo` and `shopwarden-admin seed`: teams and one
// user per role, so every pane has something to show. Later areas add their own
// demo rows here (tickets, requests, merchants …).

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace sw::storage { class Database; }

namespace sw::services {

struct DemoCredentials
{
    QString passphrase;                       // of the throwaway database (set by the caller)
    QList<QPair<QString, QString>> logins;    // login, password
};

// Fills an empty, freshly created database. Refuses a database that already has users.
Result<DemoCredentials> createDemoData(storage::Database& db);

// Demo after-sales requests (demoaftersales.cpp): one or more in every status —
// submitted, checking (eligibility failed), awaiting approval (agent, lead and manager
// level, one needing two approvers, some overdue), returned for information, approved,
// rejected, executed, closed and withdrawn — created through AfterSalesService by the
// demo staff (looked up by login; none are made when they are missing), linked to seeded
// tickets the requester owns when there are any. Does nothing when the database already
// has after-sales requests. Returns how many were created. Unlike the seeded tickets these
// go through the service, so they carry audit entries and sync outbox records like any
// request a user creates.
Result<int> createDemoAfterSales(storage::Database& db, const QDateTime& now = {});

// Demo disputes (demodisputes.cpp), right after createDemoAfterSales: one or more in every
// dispute status — open with statements, open with both parties' evidence (awaiting the
// decision), open past its evidence deadline (overdue), decided, appealed, decided on
// appeal, decided past the appeal period, closed after a decision and closed as settled —
// opened by the demo agents about their after-sales requests and tickets and carried
// through DisputeService by the demo staff (lead1 decides, manager decides the appeal).
// Does nothing when the database already has disputes or the demo staff is missing.
// Returns how many were created.
Result<int> createDemoDisputes(storage::Database& db, const QDateTime& now = {});

// Demo merchant reviews (demomerchants.cpp), after the disputes: applications in every
// status — submitted (one sharing a phone with another merchant, so it is flagged as a
// duplicate), in review, waiting for information, in second review, approved and rejected
// — worked by the demo auditors (auditor1 first review, auditor2 second review), a credit
// file with events, a warning and a dispute outcome taken in, and the periodic re-reviews
// due today (an approval 13 months ago, a licence expiring within 30 days). Does nothing
// when the database already has merchant reviews or the demo auditors are missing.
// Returns how many reviews were created.
Result<int> createDemoMerchants(storage::Database& db, const QDateTime& now = {});

// The password every demo account gets (demo databases are throwaway).
QString demoPassword();

} // namespace sw::services
