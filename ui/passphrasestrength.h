#pragma once

// A rough strength hint for a database passphrase while the user types. It is only
// advice; the hard rule is the minimum length. Estimate: length × log2(alphabet),
// where the alphabet grows with each class of character used (CJK counts as large).

#include <QString>

namespace sw::ui {

inline constexpr int kMinPassphraseLength = 12;

enum class Strength { TooShort, Weak, Fair, Strong };

Strength passphraseStrength(const QString& passphrase);
double estimatedEntropyBits(const QString& passphrase);
QString strengthText(Strength strength); // translated, e.g. "Strength: fair"

} // namespace sw::ui
