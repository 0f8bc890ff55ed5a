#pragma once

// Helpers for the fixed vocabularies of the domain: one table per enum maps each value to
// its stable storage code, so code(), fromCode() and allX() can never drift apart.
// (ticketenums.cpp keeps its own file-local copy of the same idea.)

#include <QList>
#include <QString>
#include <QStringView>

#include <cstddef>

namespace sw::domain::codetable {

template <typename Enum> struct Entry
{
    Enum value;
    const char* code;
};

template <typename Enum, std::size_t N> QString codeOf(const Entry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    Q_ASSERT_X(false, "codetable::codeOf", "enum value missing from its code table");
    return {};
}

// The value for an exact code; on an unknown code the first value, with *ok set to false.
template <typename Enum, std::size_t N> Enum parse(const Entry<Enum> (&table)[N], QStringView code, bool* ok)
{
    for (const auto& entry : table) {
        if (code == QLatin1String(entry.code)) {
            if (ok)
                *ok = true;
            return entry.value;
        }
    }
    if (ok)
        *ok = false;
    return table[0].value;
}

template <typename Enum, std::size_t N> QList<Enum> valuesOf(const Entry<Enum> (&table)[N])
{
    QList<Enum> values;
    values.reserve(qsizetype(N));
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

} // namespace sw::domain::codetable
