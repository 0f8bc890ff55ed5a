#include "serverlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>
#include <mutex>

namespace sw::server {

void logLine(const QJsonObject& object)
{
    QJsonObject line = object;
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void logEvent(const QString& level, const QString& message)
{
    logLine({{QStringLiteral("level"), level}, {QStringLiteral("message"), message}});
}

} // namespace sw::server
