#pragma once

// Reading whole numbers from policy JSON. JSON numbers are doubles, so "24.5" or "1e300"
// parse as numbers: only a finite, integral value within ±1e9 is a count of days, hours
// or approvals. (Money never travels as a JSON number: policies store it as text such as
// "2000.00" and read it with Money::parse.)

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace sw::domain {

inline std::optional<int> jsonWholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < -1e9 || d > 1e9)
        return std::nullopt;
    return int(d);
}

} // namespace sw::domain
