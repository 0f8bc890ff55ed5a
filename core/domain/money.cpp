#include "domain/money.h"

#include <QtNumeric>

namespace sw::domain {

namespace {

constexpr char16_t kYen = u'¥';

// Full-width forms (the Chinese input method's "全角" mode) read as their ASCII forms.
QChar normalized(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19) // ０-９
        return QChar(char16_t(u'0' + (u - 0xFF10)));
    switch (u) {
    case 0xFF0E: // ．
        return QLatin1Char('.');
    case 0xFF0C: // ，
        return QLatin1Char(',');
    case 0xFF0D: // －
    case 0x2212: // − (minus sign)
        return QLatin1Char('-');
    case 0xFFE5: // ￥
        return QChar(kYen);
    case 0x3000: // ideographic space
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
        return QLatin1Char(' ');
    default:
        return c;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Commas, if any, split the integer part into a first group of 1–3 digits and then
// groups of exactly 3.
bool wellGrouped(QStringView integerPart)
{
    if (!integerPart.contains(QLatin1Char(',')))
        return true;
    const auto groups = integerPart.split(QLatin1Char(','));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        if (i == 0 ? (size < 1 || size > 3) : size != 3)
            return false;
    }
    return true;
}

Error overflowError(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("overflow"));
}

// Two digits of fen in the locale's digits ("05", or "٠٥").
QString twoDigits(int fen, const QLocale& locale)
{
    QString digits = locale.toString(qlonglong(fen));
    if (fen < 10)
        digits.prepend(locale.zeroDigit());
    return digits;
}

} // namespace

Result<Money> Money::parse(QStringView input)
{
    QString text;
    text.reserve(input.size());
    for (QChar c : input)
        text.append(normalized(c));
    text = text.trimmed();
    const QString shown = text; // what the user typed, for messages

    if (text.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Enter an amount, for example 1234.50."),
                         QStringLiteral("empty"));
    }
    auto syntaxError = [&shown] {
        return makeError(ErrorCode::InvalidInput,
                         tr("“%1” is not an amount of money. Enter digits with at most two decimal "
                            "places, for example 1234.50 or ¥1,234.50.")
                             .arg(shown),
                         QStringLiteral("syntax"));
    };

    // Sign, symbol and unit in any sensible order: "-¥5", "¥-5", "¥ 5", "5 元".
    bool negative = false;
    bool symbol = false;
    for (;;) {
        if (text.startsWith(QLatin1Char('-')) && !negative) {
            negative = true;
        } else if (text.startsWith(QChar(kYen)) && !symbol) {
            symbol = true;
        } else {
            break;
        }
        text = text.mid(1).trimmed();
    }
    if (text.endsWith(QChar(u'元')) && !symbol)
        text = text.chopped(1).trimmed();

    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QStringView integerPart = point < 0 ? QStringView(text) : QStringView(text).left(point);
    const QStringView fractionPart = point < 0 ? QStringView() : QStringView(text).mid(point + 1);

    int digitCount = 0;
    for (QChar c : integerPart) {
        if (isAsciiDigit(c))
            ++digitCount;
        else if (c != QLatin1Char(','))
            return syntaxError();
    }
    for (QChar c : fractionPart) {
        if (!isAsciiDigit(c))
            return syntaxError(); // also a second point
    }
    digitCount += int(fractionPart.size());
    if (digitCount == 0 || !wellGrouped(integerPart))
        return syntaxError();

    if (negative) {
        return makeError(ErrorCode::InvalidInput,
                         tr("An amount cannot be negative (“%1”). Enter the amount without a minus "
                            "sign.")
                             .arg(shown),
                         QStringLiteral("negative"));
    }
    if (fractionPart.size() > 2) {
        return makeError(ErrorCode::InvalidInput,
                         tr("“%1” has more than two decimal places; amounts are exact to the fen "
                            "(0.01).")
                             .arg(shown),
                         QStringLiteral("decimals"));
    }

    const QString tooLarge = tr("The amount “%1” is too large.").arg(shown);
    qint64 fen = 0;
    for (QChar c : integerPart) {
        if (c == QLatin1Char(','))
            continue;
        if (qMulOverflow(fen, qint64(10), &fen) || qAddOverflow(fen, qint64(c.unicode() - u'0'), &fen))
            return overflowError(tooLarge);
    }
    for (int i = 0; i < 2; ++i) {
        const qint64 digit = i < fractionPart.size() ? qint64(fractionPart.at(i).unicode() - u'0') : 0;
        if (qMulOverflow(fen, qint64(10), &fen) || qAddOverflow(fen, digit, &fen))
            return overflowError(tooLarge);
    }
    return Money(fen);
}

Result<Money> Money::plus(Money other) const
{
    qint64 result = 0;
    if (qAddOverflow(m_fen, other.m_fen, &result) || result < kMinFen)
        return overflowError(tr("The total of %1 and %2 is too large.").arg(format(), other.format()));
    return Money(result);
}

Result<Money> Money::minus(Money other) const
{
    qint64 result = 0;
    if (qSubOverflow(m_fen, other.m_fen, &result) || result < kMinFen) {
        return overflowError(tr("The difference of %1 and %2 is too large.").arg(format(), other.format()));
    }
    return Money(result);
}

Result<Money> Money::sum(const QList<Money>& amounts)
{
    Money total;
    for (Money amount : amounts) {
        auto next = total.plus(amount);
        if (!next.ok())
            return next.error();
        total = next.value();
    }
    return total;
}

QString Money::format(const QLocale& locale) const
{
    // Unsigned magnitude: -kMaxFen negates safely, and the division stays in integers.
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    const QString number = locale.toString(qlonglong(magnitude / 100)) + locale.decimalPoint() +
                           twoDigits(int(magnitude % 100), locale);
    // The locale's currency pattern (symbol before or after, "-¥1" or "(¥1)") taken from an
    // integer rendering of ±1, with the 1 replaced by the exact number: no double involved.
    const QString one = locale.toString(qlonglong(1));
    QString pattern = locale.toCurrencyString(qlonglong(m_fen < 0 ? -1 : 1), QString(QChar(kYen)));
    const qsizetype at = pattern.indexOf(one);
    Q_ASSERT(at >= 0);
    return at < 0 ? number : pattern.replace(at, one.size(), number);
}

QString Money::toPlainString() const
{
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(qulonglong(magnitude / 100))
        .arg(int(magnitude % 100), 2, 10, QLatin1Char('0'));
}

} // namespace sw::domain
