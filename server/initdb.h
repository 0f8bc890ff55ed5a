#pragma once

// --init-db: schema migrations, the fixed roles rows and the first administrator, all
// as synced rows so every workstation pulls them.

#include "pgstore.h"

namespace sw::server {

bool initDatabase(PgStore* store, const QString& adminLogin, const QString& adminPassword, QString* why);

} // namespace sw::server
