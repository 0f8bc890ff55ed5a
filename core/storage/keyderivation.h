#pragma once

// Passphrase → raw SQLCipher key (docs/security.md, "Key derivation").
//
// The key is Argon2id (libsodium crypto_pwhash) of the passphrase's UTF-8 bytes,
// salted with SQLCipher's own 16-byte file salt. Parameters are versioned so a
// later release can strengthen them and still open files made with older ones.

#include "result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QList>

#include <cstddef>

namespace sw::storage {

struct KdfParams
{
    int version = 0;                 // "KDF v<version>" in docs/security.md
    unsigned long long opsLimit = 0; // Argon2id passes
    std::size_t memLimit = 0;        // bytes
};

class KeyDerivation
{
public:
    static constexpr std::size_t kKeySize = 32;  // SQLCipher uses AES-256
    static constexpr std::size_t kSaltSize = 16; // SQLCipher's file salt size

    // The parameter set used for new keys.
    static KdfParams current();
    // Every known parameter set, newest first (what open() tries in turn).
    static QList<KdfParams> all();

    // Argon2id(passphrase, salt) → 32-byte key. Fails on an empty passphrase, a salt
    // of the wrong size or when the memory cannot be allocated.
    static Result<Secret> deriveKey(const Secret& passphrase, const QByteArray& salt,
                                    const KdfParams& params = current());

    // A fresh random file salt.
    static QByteArray randomSalt();

    // The SQLCipher raw key-and-salt spec "x'<64 hex key><32 hex salt>'": exactly 99
    // bytes, not NUL-terminated (pass data() and size() to sqlite3_key).
    static Secret keySpec(const Secret& key, const QByteArray& salt);
};

} // namespace sw::storage
