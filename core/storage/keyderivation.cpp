#include "storage/keyderivation.h"

#include <QCoreApplication>
#include <QList>

#include <sodium.h>

#include <cstring>

namespace sw::storage {

namespace {

// Argon2id, 3 passes over 64 MiB: about 0.2–0.5 s on a current desktop, which is
// paid once per open and makes guessing passphrases expensive.
constexpr KdfParams kV1{1, 3, 64u * 1024u * 1024u};

} // namespace

KdfParams KeyDerivation::current()
{
    return kV1;
}

QList<KdfParams> KeyDerivation::all()
{
    return {kV1};
}

Result<Secret> KeyDerivation::deriveKey(const Secret& passphrase, const QByteArray& salt,
                                        const KdfParams& params)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("KeyDerivation", "The passphrase must not be empty."));
    if (static_cast<std::size_t>(salt.size()) != kSaltSize || salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("KeyDerivation", "The key derivation salt has the wrong size."));
    Secret key(kKeySize); // also runs sodium_init()
    const int rc = crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                                 params.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "KeyDerivation", "There is not enough memory to derive the database key."),
                         QStringLiteral("crypto_pwhash failed (KDF v%1)").arg(params.version));
    return key;
}

QByteArray KeyDerivation::randomSalt()
{
    Secret probe(1); // makes sure sodium_init() has run
    QByteArray salt(static_cast<qsizetype>(kSaltSize), '\0');
    randombytes_buf(salt.data(), kSaltSize);
    return salt;
}

Secret KeyDerivation::keySpec(const Secret& key, const QByteArray& salt)
{
    Q_ASSERT(key.size() == kKeySize);
    Q_ASSERT(static_cast<std::size_t>(salt.size()) == kSaltSize);
    constexpr std::size_t length = 2 + 2 * kKeySize + 2 * kSaltSize + 1; // x' … '
    // sodium_bin2hex wants room for a NUL, and sodium_malloc'd memory ends at a guard
    // page, so build in a slightly larger scratch buffer and copy the exact bytes.
    Secret scratch(length + 1);
    char* out = reinterpret_cast<char*>(scratch.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, 2 * kKeySize + 1, key.data(), kKeySize);
    sodium_bin2hex(out + 2 + 2 * kKeySize, 2 * kSaltSize + 1,
                   reinterpret_cast<const unsigned char*>(salt.constData()), kSaltSize);
    out[length - 1] = '\'';
    return Secret::fromBytes(out, length);
}

} // namespace sw::storage
