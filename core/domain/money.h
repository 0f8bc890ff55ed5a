#pragma once

// An exact amount of Chinese yuan (RMB), counted in fen (分, 1/100 yuan) in a qint64
// (DOMAIN.md: "Amounts are exact money (fen, integer), never floating point"). There is
// no double anywhere on the way in (parse), through (checked arithmetic) or out (format).
//
// Range: ±9,223,372,036,854,775,807 fen. The most negative qint64 is left out so that
// negating any amount is safe; plus()/minus() refuse a result outside the range.
//
// Parsing user text (parse()):
// - accepts "1234", "1234.5", "1234.50", "1,234.50", "¥1,234.50", "￥1234", "1234元",
//   ".5", "12."; full-width digits, point, comma, yen sign and spaces (１２３４．５０) are
//   read like their ASCII forms; spaces around the number and between sign, symbol and
//   number are ignored.
// - the decimal separator is "." and the only grouping separator "," — the conventions of
//   both shipped locales (zh_CN, en). Grouping must be well formed ("1,234", not "12,34"):
//   a comma in the wrong place is more likely a typo or a decimal comma than a grouping.
// - refused, each with its own translated message (ErrorCode::InvalidInput; Error::detail
//   holds "empty", "negative", "decimals", "overflow" or "syntax" for callers and tests):
//   empty text, any minus sign (amounts users type are never negative), more than two
//   decimal places (also "1.500": in many locales that means one thousand five hundred),
//   amounts beyond the range, and everything else that is not a number.
//
// Formatting: format() follows the QLocale (grouping, decimal point, digits, the place of
// the symbol and of the sign): zh_CN and en give "¥1,234.50". The symbol is always "¥":
// the platform trades in RMB only. toPlainString() gives "1234.50" / "-0.05" for CSV,
// logs and JSON-as-text.

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <limits>

namespace sw::domain {

class Money
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::Money)

public:
    static constexpr qint64 kMaxFen = std::numeric_limits<qint64>::max();
    static constexpr qint64 kMinFen = -kMaxFen;

    constexpr Money() = default;

    // Precondition: kMinFen ≤ fen (asserted).
    static constexpr Money fromFen(qint64 fen)
    {
        Q_ASSERT(fen >= kMinFen);
        return Money(fen);
    }
    // Whole yuan, for constants and tests: fromYuan(200) == ¥200.00 (asserted in range).
    static constexpr Money fromYuan(qint64 yuan)
    {
        Q_ASSERT(yuan <= kMaxFen / 100 && yuan >= kMinFen / 100);
        return Money(yuan * 100);
    }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isPositive() const { return m_fen > 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    static Result<Money> parse(QStringView text);

    // Exact sums; InvalidInput (detail "overflow") when the result leaves the range.
    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    static Result<Money> sum(const QList<Money>& amounts);

    QString format(const QLocale& locale = QLocale()) const;
    QString toPlainString() const;

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr std::strong_ordering operator<=>(Money a, Money b) { return a.m_fen <=> b.m_fen; }

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}

    qint64 m_fen = 0;
};

} // namespace sw::domain

Q_DECLARE_METATYPE(sw::domain::Money)
