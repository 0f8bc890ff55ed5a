#include "passphrasestrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace sw::ui {

double estimatedEntropyBits(const QString& passphrase)
{
    bool lower = false, upper = false, digit = false, symbol = false, han = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            han = true;
        else if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.unicode() < 0x80)
            symbol = true;
        else
            other = true;
    }
    int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 32 : 0) +
                   (han ? 3000 : 0) + (other ? 100 : 0);
    if (alphabet == 0)
        return 0;
    // Repetition ("aaaaaaaaaaaa") is far weaker than its length suggests: count each
    // character beyond the distinct ones at a quarter.
    const double effectiveLength = distinct.size() + 0.25 * (passphrase.size() - distinct.size());
    return effectiveLength * std::log2(double(alphabet));
}

Strength passphraseStrength(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Strength::TooShort;
    const double bits = estimatedEntropyBits(passphrase);
    if (bits < 50)
        return Strength::Weak;
    if (bits < 80)
        return Strength::Fair;
    return Strength::Strong;
}

QString strengthText(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return QCoreApplication::translate("PassphraseStrength",
                                           "Too short: a passphrase needs at least %1 characters.")
            .arg(kMinPassphraseLength);
    case Strength::Weak:
        return QCoreApplication::translate("PassphraseStrength",
                                           "Strength: weak. Use more words or more kinds of characters.");
    case Strength::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Strength: fair.");
    case Strength::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strength: strong.");
    }
    return {};
}

} // namespace sw::ui
