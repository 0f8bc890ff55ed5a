#include "domain/merchantidentity.h"

#include "domain/creditcode.h"

#include <QDate>

namespace sw::domain {

namespace {

QString digitsOf(const QString& typed)
{
    QString out;
    for (const QChar c : typed)
        if (c.isDigit() && c.unicode() < 128)
            out += c;
    return out;
}

} // namespace

QString code(IdentityField value)
{
    switch (value) {
    case IdentityField::CreditCode:
        return QStringLiteral("credit_code");
    case IdentityField::LegalRepId:
        return QStringLiteral("legal_rep_id");
    case IdentityField::BankAccount:
        return QStringLiteral("bank_account");
    case IdentityField::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QString displayName(IdentityField value)
{
    switch (value) {
    case IdentityField::CreditCode:
        return QCoreApplication::translate("sw::domain::Merchant", "Unified social credit code");
    case IdentityField::LegalRepId:
        return QCoreApplication::translate("sw::domain::Merchant", "Legal representative's ID number");
    case IdentityField::BankAccount:
        return QCoreApplication::translate("sw::domain::Merchant", "Bank account");
    case IdentityField::Phone:
        return QCoreApplication::translate("sw::domain::Merchant", "Phone");
    }
    return {};
}

QString MerchantIdentity::normalizedId(const QString& typed)
{
    QString out;
    for (const QChar c : typed)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

QString MerchantIdentity::normalizedBankAccount(const QString& typed)
{
    return digitsOf(typed);
}

QString MerchantIdentity::normalizedPhone(const QString& typed)
{
    QString d = digitsOf(typed);
    // A mainland mobile number is 11 digits starting with 1.
    for (const QString& prefix : {QStringLiteral("0086"), QStringLiteral("86")}) {
        if (d.size() == prefix.size() + 11 && d.startsWith(prefix) && d.at(prefix.size()) == QLatin1Char('1'))
            return d.mid(prefix.size());
    }
    return d;
}

QList<IdentityValue> MerchantIdentity::keys(const QString& creditCode, const QString& legalRepId,
                                            const QString& bankAccount, const QString& phone)
{
    QList<IdentityValue> out;
    const auto add = [&out](IdentityField field, const QString& value) {
        if (!value.isEmpty())
            out.append({field, value});
    };
    add(IdentityField::CreditCode, CreditCode::normalized(creditCode));
    add(IdentityField::LegalRepId, normalizedId(legalRepId));
    add(IdentityField::BankAccount, normalizedBankAccount(bankAccount));
    add(IdentityField::Phone, normalizedPhone(phone));
    return out;
}

QChar MerchantIdentity::residentIdCheckCharacter(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char kCheck[] = "10X98765432";
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += (c.unicode() - '0') * kWeights[i];
    }
    return QLatin1Char(kCheck[sum % 11]);
}

Result<QString> MerchantIdentity::validateResidentId(const QString& typed)
{
    const QString id = normalizedId(typed);
    if (id.size() != 18)
        return makeError(ErrorCode::InvalidInput,
                         tr("A resident ID number has 18 characters; “%1” has %2.").arg(id).arg(id.size()));
    for (int i = 0; i < 17; ++i) {
        const QChar c = id.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return makeError(ErrorCode::InvalidInput,
                             tr("The first 17 characters of a resident ID number are digits; character %1 is “%2”.")
                                 .arg(i + 1)
                                 .arg(c));
    }
    const QDate born = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!born.isValid() || born.year() < 1900)
        return makeError(ErrorCode::InvalidInput,
                         tr("Characters 7 to 14 of the ID number %1 are not a valid date of birth.").arg(id));
    const QChar expected = residentIdCheckCharacter(QStringView(id).left(17));
    if (id.at(17) != expected)
        return makeError(ErrorCode::InvalidInput,
                         tr("The ID number %1 is not valid: its last character is “%2”, but the first 17 call "
                            "for “%3”. Check it for a typing error.")
                             .arg(id)
                             .arg(id.at(17))
                             .arg(expected));
    return id;
}

} // namespace sw::domain
