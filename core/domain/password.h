#pragma once

// Password hashing: Argon2id through libsodium's crypto_pwhash_str (the encoded
// string carries algorithm, parameters and salt). Slow on purpose: call off the GUI thread.

#include <QString>

namespace sw::domain {

QString hashPassword(const QString& password);        // empty on out-of-memory
bool verifyPassword(const QString& password, const QString& encodedHash);

} // namespace sw::domain
