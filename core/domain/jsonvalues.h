#pragma once

// Reading whole numbers from policy JSON. JSON numbers are doubles, so "24.5" or "1e300"
// parse as numbers: only a finite, integral value within ±1e9 is a count of days, hours
// or approvals. (Money never travels as a JSON number: policies store it as text such as
// "2000.00" and read it with Money::parse.)
//
// The policies (EligibilityPolicy, DisputePolicy, ApprovalLadder) share the two steps
// of their fromJson(): the optional "version" check and reading optional whole-number
// fields. The messages stay with each policy (they name its settings and are translated
// in its context), so the helpers take them ready-made.

#include "result.h"

#include <QJsonObject>
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

// Ok when `json` has no "version" or a whole number 1 … maxVersion; InvalidInput with
// `unknownVersionMessage` otherwise (written by a newer or unknown program).
inline Status checkJsonVersion(const QJsonObject& json, int maxVersion, const QString& unknownVersionMessage)
{
    if (!json.contains(QStringLiteral("version")))
        return {};
    const auto version = jsonWholeNumber(json.value(QStringLiteral("version")));
    if (!version || *version < 1 || *version > maxVersion)
        return makeError(ErrorCode::InvalidInput, unknownVersionMessage);
    return {};
}

// Sets *target from json[key] when the key is present (a missing key keeps the default);
// InvalidInput with notWholeMessage.arg(key) when it is not a whole number.
inline Status readJsonWholeNumber(const QJsonObject& json, const QString& key, int* target,
                                  const QString& notWholeMessage)
{
    if (!json.contains(key))
        return {};
    const auto value = jsonWholeNumber(json.value(key));
    if (!value)
        return makeError(ErrorCode::InvalidInput, notWholeMessage.arg(key));
    *target = *value;
    return {};
}

} // namespace sw::domain
