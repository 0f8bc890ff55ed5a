#include "domain/password.h"

#include <QByteArray>

#include <sodium.h>

namespace sw::domain {

namespace {

// Argon2id (crypto_pwhash_ALG_ARGON2ID13) with libsodium's "interactive" limits:
// opslimit 2 passes, memlimit 64 MiB. That costs roughly 0.1 s per sign-in on an
// office PC — acceptable for a person, expensive for an offline guesser. The encoded
// string stores the algorithm and these limits, so raising them later keeps old
// hashes verifiable.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
static_assert(kOpsLimit == 2 && kMemLimit == 64u * 1024u * 1024u,
              "documented password-hash parameters changed");

bool ensureSodium()
{
    // sodium_init() is thread-safe and idempotent; < 0 means it cannot work at all.
    return sodium_init() >= 0;
}

} // namespace

QString hashPassword(const QString& password)
{
    if (!ensureSodium())
        return {};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                         kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& password, const QString& encodedHash)
{
    if (!ensureSodium() || encodedHash.isEmpty())
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                            static_cast<unsigned long long>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

} // namespace sw::domain
