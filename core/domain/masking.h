#pragma once

// Masking of customer personal data for roles that do not need it (DOMAIN.md "People and
// roles": "138****5678"). Pure text functions; who sees what is decided by the caller.
//
// Phones — separators (spaces, dashes, dots, brackets) are dropped from the output:
// - mobile, 11 digits starting with 1, optionally after +86 / 0086 / 86:
//   "13812345678" → "138****5678", "+86 138-1234-5678" → "+86 138****5678";
// - landline with area code: "021-12345678" → "021-****5678". Area codes are 010 and
//   02x (3 digits) or 0xxx (4 digits); with no separator the code is recognised by
//   these rules;
// - anything else (short, foreign, garbage): every character but the last two becomes
//   "*", and inputs under five characters are masked completely.
// The output never reveals more than 7 significant digits (the country code and the
// trunk "0" of an area code carry no personal information).
//
// Names: first and last character kept, "张*伟", "欧**娜"; two characters "张*", one "*".
// Addresses: the first 6 characters (province/city/district) then "****"; an address of 6
// characters or fewer keeps only its first half.
// All functions count Unicode code points, never split a surrogate pair, and return an
// empty string for blank input.

#include <QString>

namespace sw::domain {

QString maskPhone(const QString& phone);
QString maskName(const QString& name);
QString maskAddress(const QString& address);

} // namespace sw::domain
