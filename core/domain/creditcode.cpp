#include "domain/creditcode.h"

namespace sw::domain {

namespace {

// 3^i mod 31 for i = 0…16.
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

} // namespace

const QString& CreditCode::charset()
{
    static const QString set = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return set;
}

QString CreditCode::normalized(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out += c.toUpper();
    }
    return out;
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != kLength - 1)
        return {};
    int sum = 0;
    for (int i = 0; i < kLength - 1; ++i) {
        const qsizetype value = charset().indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * kWeights[i];
    }
    return charset().at((31 - sum % 31) % 31);
}

Result<QString> CreditCode::validate(const QString& typed)
{
    const QString code = normalized(typed);
    if (code.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter the unified social credit code (18 characters)."));
    if (code.size() != kLength)
        return makeError(ErrorCode::InvalidInput,
                         tr("A unified social credit code has 18 characters; “%1” has %2.").arg(code).arg(code.size()));
    for (int i = 0; i < kLength; ++i) {
        if (!charset().contains(code.at(i)))
            return makeError(ErrorCode::InvalidInput,
                             tr("Character %1 of the credit code, “%2”, is not allowed: only digits and the "
                                "letters A–Y without I, O, S, V and Z are used.")
                                 .arg(i + 1)
                                 .arg(code.at(i)));
    }
    for (int i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit())
            return makeError(ErrorCode::InvalidInput,
                             tr("Characters 3 to 8 of the credit code are the administrative division code "
                                "and must be digits."));
    }
    const QChar expected = checkCharacter(QStringView(code).left(kLength - 1));
    if (code.at(kLength - 1) != expected)
        return makeError(ErrorCode::InvalidInput,
                         tr("The credit code %1 is not valid: its check character is “%2”, but the first 17 "
                            "characters call for “%3”. Check the code for a typing error.")
                             .arg(code)
                             .arg(code.at(kLength - 1))
                             .arg(expected));
    return code;
}

} // namespace sw::domain
