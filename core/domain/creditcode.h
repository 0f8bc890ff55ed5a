#pragma once

// The unified social credit code 统一社会信用代码 of a merchant (GB 32100-2015,
// DOMAIN.md "Merchant onboarding review"): 18 characters from the 31-character set
// 0–9 and A–Y without I, O, S, V and Z.
//
//   position 1      registration authority (1–9, A, N, Y)
//   position 2      kind of organisation (1–9)
//   positions 3–8   administrative division code (digits)
//   positions 9–17  organisation code
//   position 18     check character: with the characters' values c1…c17 (their index in
//                   the set) and weights wi = 3^(i−1) mod 31, the check value is
//                   31 − (Σ ci·wi mod 31), where 31 stands for 0.
//
// Typed codes are normalised first (spaces removed, letters upper-cased), so "9135 0100
// m000 100y 43" is the code 91350100M000100Y43. Every refusal says what is wrong.

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace sw::domain {

class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::CreditCode)

public:
    static constexpr int kLength = 18;
    static const QString& charset(); // "0123456789ABCDEFGHJKLMNPQRTUWXY"

    // Spaces and dashes removed, upper case.
    static QString normalized(const QString& typed);
    // The check character the first 17 characters call for; QChar() when one of them is
    // not in the set.
    static QChar checkCharacter(QStringView first17);
    // The normalised code, or InvalidInput saying why: length, a character outside the
    // set (named with its position), a non-digit division code, or the wrong check
    // character (with the one expected).
    static Result<QString> validate(const QString& typed);
};

} // namespace sw::domain
