#pragma once

// Work on SQLCipher database files below the Qt SQL layer: inspecting a file before
// it is opened, verifying a key on a read-only handle, exporting to a new encrypted
// file, and replacing files atomically. Used by Database only; kept apart so that
// database.cpp stays about connections and life cycle.

#include "result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace sw::storage::cipherfile {

inline constexpr int kPageSize = 4096;

// Checks that path is a readable, plausibly encrypted database file and returns its
// 16-byte SQLCipher salt. NotFound / Io / NotADatabase otherwise.
Result<QByteArray> readSalt(const QString& path);

// Keys an open handle: sqlite3_key with the raw key-and-salt spec, then the page size.
Status applyKey(sqlite3* handle, const Secret& key, const QByteArray& salt);

struct ProbeResult
{
    QString cipherVersion;
    int userVersion = 0;
};

// Opens path (never creating it), keys it and checks that it decrypts: cipher_version
// returns a row (else NotADatabase), sqlite_master is readable (else WrongPassphrase).
// Runs only reads, so the file and its directory are left as they were.
Result<ProbeResult> probe(const QString& path, const Secret& key, const QByteArray& salt);

// Exports the main database of handle into a NEW file target encrypted with key+salt
// (ATTACH … KEY, sqlcipher_export), copying user_version. Removes target on failure.
Status exportTo(sqlite3* handle, const QString& target, const Secret& key, const QByteArray& salt,
                int userVersion);

// Runs one statement that needs no result on handle; detail carries sqlite's message.
Status exec(sqlite3* handle, const char* sql);
// First column of the first row as text (empty when there is no row).
Result<QString> queryText(sqlite3* handle, const char* sql);

// "<dir>/.<name>.<purpose>-<random>.tmp" next to path (same file system → rename works).
QString siblingTempPath(const QString& path, const QString& purpose);
// Flushes a file's data to disk.
Status syncFile(const QString& path);
// Renames from over to in one step (rename(2) / MoveFileEx), replacing to.
Status atomicReplace(const QString& from, const QString& to);
// Removes path-wal, path-shm and path-journal if they exist.
void removeSideFiles(const QString& path);
// Removes path and its side files.
void removeWithSideFiles(const QString& path);

} // namespace sw::storage::cipherfile
