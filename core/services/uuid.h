#pragma once

#include <QString>

namespace sw::services {

// A new random (version 4) UUID in the form every synced row id and op_id uses:
// lowercase, without braces.
QString newUuid();

} // namespace sw::services
