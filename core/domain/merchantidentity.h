#pragma once

// The identifying values of a merchant that duplicate detection compares (issue 6: "the
// same credit code, legal-representative ID number, bank account or phone on another
// merchant is flagged"), normalised so that typing differences do not hide a duplicate,
// and the check of the legal representative's resident ID number (GB 11643: 18
// characters, a valid birth date in positions 7–14, check character from the weights
// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 mod 11 mapped to 1 0 X 9 8 7 6 5 4 3 2).
//
// Normalisation: credit codes as CreditCode::normalized; ID numbers without spaces, "x"
// as "X"; bank accounts digits only; phone numbers digits only, without a leading "86"
// or "0086" country code before a mainland mobile number (so "+86 138-0013-8000" and
// "13800138000" are the same). An empty value is never a duplicate.

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sw::domain {

enum class IdentityField { CreditCode, LegalRepId, BankAccount, Phone };

QString code(IdentityField value);
QString displayName(IdentityField value);

struct IdentityValue
{
    IdentityField field = IdentityField::CreditCode;
    QString value; // normalised
    bool operator==(const IdentityValue&) const = default;
};

class MerchantIdentity
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::MerchantIdentity)

public:
    static QString normalizedId(const QString& typed);
    static QString normalizedBankAccount(const QString& typed);
    static QString normalizedPhone(const QString& typed);
    // The normalised, non-empty values to look for on other merchants.
    static QList<IdentityValue> keys(const QString& creditCode, const QString& legalRepId,
                                     const QString& bankAccount, const QString& phone);

    // The check character (GB 11643) the first 17 digits call for; QChar() when they are
    // not 17 digits.
    static QChar residentIdCheckCharacter(QStringView first17);
    // The normalised ID number, or InvalidInput saying what is wrong.
    static Result<QString> validateResidentId(const QString& typed);
};

} // namespace sw::domain
