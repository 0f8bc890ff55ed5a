#pragma once

// Small helpers shared by the parts of `bench sync` (syncbench*.cpp): percentiles,
// rounding, the machine and its load average. Private to bench/.

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace sw::bench::syncbench {

// Nearest-rank percentile (p in 0..100) of an unsorted sample; 0 for an empty one.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

inline double perSecond(double count, double seconds)
{
    return seconds > 0 ? std::round(count / seconds) : 0.0;
}

// "1.23 0.98 0.75" → the 1-minute figure and the whole line.
inline QJsonObject loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString line = QString::fromLatin1(f.readAll()).trimmed();
    const QStringList parts = line.split(QLatin1Char(' '));
    return {{QStringLiteral("1min"), parts.value(0).toDouble()},
            {QStringLiteral("5min"), parts.value(1).toDouble()},
            {QStringLiteral("15min"), parts.value(2).toDouble()}};
}

inline QJsonObject machine()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString& line : QString::fromUtf8(cpuinfo.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("model name"))) {
                cpu = line.section(QLatin1Char(':'), 1).trimmed();
                break;
            }
        }
    }
    double ramMb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString first = QString::fromUtf8(meminfo.readLine());
        if (first.startsWith(QLatin1String("MemTotal")))
            ramMb = std::round(
                first.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0);
    }
    return {{QStringLiteral("cpu"), cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("ram_mb"), ramMb},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
}

} // namespace sw::bench::syncbench
