#pragma once

// Demo content for `./scripts/run --demo` and `shopwarden-admin seed`: teams and one
// user per role, so every pane has something to show. Later areas add their own
// demo rows here (tickets, requests, merchants …).

#include "result.h"

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

// The password every demo account gets (demo databases are throwaway).
QString demoPassword();

} // namespace sw::services
