#pragma once

// The encrypted local database (ARCHITECTURE.md "Storage", docs/security.md).
//
// A Database owns the derived 256-bit key for as long as it is open so that every
// thread can open its own named connection (connection()) without running the
// key derivation again. The passphrase itself is wiped right after derivation;
// the key is wiped when the Database is destroyed.

#include "result.h"
#include "storage/secret.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

namespace sw::storage {

class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new database file (refuses an existing file), keyed from the
    // passphrase with a random file salt, and migrates it to the current schema.
    // create() and open() leave the calling thread's connection open; a worker thread
    // that called them should call releaseThreadConnection() before it ends.
    static Result<std::unique_ptr<Database>> create(const QString& path, Secret passphrase);

    // Opens an existing database. Wrong passphrase → ErrorCode::WrongPassphrase;
    // not a SQLCipher/Shopwarden file, truncated, unreadable → NotADatabase / Io;
    // written by a newer app → SchemaTooNew. In every failure the file is unchanged.
    // Migrates an older schema forward.
    static Result<std::unique_ptr<Database>> open(const QString& path, Secret passphrase);

    // Same as open() but does not migrate (used by `check`); schema must not be newer.
    static Result<std::unique_ptr<Database>> openWithoutMigrating(const QString& path, Secret passphrase);

    // The connection for the calling thread (opened and keyed on first use).
    QSqlDatabase connection();
    // Closes the calling thread's connection (call before a worker thread ends).
    void releaseThreadConnection();

    QString path() const { return m_path; }
    int schemaVersion();
    static int currentSchemaVersion();
    QString cipherVersion();

    // PRAGMA integrity_check; empty list means "ok".
    Result<QStringList> integrityCheck();

    // Re-encrypts with a key derived from the new passphrase and a new random salt.
    // All other connections of this Database are closed first; on failure the old
    // file and passphrase stay valid.
    Status changePassphrase(Secret newPassphrase);

    // Writes an encrypted copy (same passphrase, fresh salt) to outPath (must not exist).
    Status backupTo(const QString& outPath);

    // Checks backupPath (opens with the passphrase, cipher, integrity, schema not newer,
    // then `extraCheck` — the caller passes the audit-chain verification) and only then
    // replaces targetPath atomically. Nothing is overwritten when a check fails.
    using Check = std::function<Status(Database&)>;
    static Status restore(const QString& backupPath, Secret passphrase, const QString& targetPath,
                          const Check& extraCheck = {});

private:
    Database() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
};

} // namespace sw::storage
