#pragma once

// One JSON object per line on stdout (journald-friendly). Never bodies, passwords or tokens.

#include <QJsonObject>
#include <QString>

namespace sw::server {

void logLine(const QJsonObject& object);
// An event that is not a request (startup, database errors).
void logEvent(const QString& level, const QString& message);

} // namespace sw::server
