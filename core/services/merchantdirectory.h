#pragma once

// The merchants table as the other areas name merchants: tickets, disputes and merchant
// applications all refer to a merchant by name and create its row on first mention.

#include "result.h"

#include <QString>

namespace sw::services {

class WriteTransaction;

// The id of the live merchants row called `name`, or of a new one inserted in tx (synced
// like any row, action "merchant.create").
Result<QString> merchantNamed(WriteTransaction& tx, const QString& name);

} // namespace sw::services
