#include "storage/cipherfile.h"

#include "storage/keyderivation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sw::storage::cipherfile {

namespace {

struct HandleCloser
{
    void operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, HandleCloser>;

QString sqliteDetail(sqlite3* handle, int rc)
{
    return QStringLiteral("sqlite %1: %2").arg(rc).arg(QString::fromUtf8(sqlite3_errmsg(handle)));
}

// Builds "<prefix><spec><suffix>" in locked memory, NUL-terminated for sqlite3_exec.
Secret statementWithKey(const QByteArray& prefix, const Secret& spec, const QByteArray& suffix)
{
    const std::size_t length =
        static_cast<std::size_t>(prefix.size()) + spec.size() + static_cast<std::size_t>(suffix.size());
    Secret sql(length + 1); // zero-filled: the last byte stays NUL
    auto* out = sql.data();
    std::memcpy(out, prefix.constData(), static_cast<std::size_t>(prefix.size()));
    std::memcpy(out + prefix.size(), spec.data(), spec.size());
    std::memcpy(out + prefix.size() + spec.size(), suffix.constData(),
                static_cast<std::size_t>(suffix.size()));
    return sql;
}

QByteArray quotedLiteral(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\'', "''");
    return '\'' + utf8 + '\'';
}

} // namespace

Result<QByteArray> readSalt(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Database", "The database file %1 does not exist.").arg(shown));
    if (info.isDir())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "The database file %1 cannot be read.").arg(shown),
            file.errorString());
    const qint64 size = file.size();
    if (size < static_cast<qint64>(KeyDerivation::kSaltSize) || size % kPageSize != 0)
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate(
                             "Database", "%1 is not a Shopwarden database, or it is damaged or incomplete.")
                             .arg(shown),
                         QStringLiteral("file size %1 is not a multiple of the page size").arg(size));
    const QByteArray salt = file.read(static_cast<qint64>(KeyDerivation::kSaltSize));
    if (salt.size() != static_cast<qsizetype>(KeyDerivation::kSaltSize))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "The database file %1 cannot be read.").arg(shown),
            file.errorString());
    if (salt == QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate(
                             "Database", "%1 is an unencrypted SQLite database, not a Shopwarden database.")
                             .arg(shown));
    return salt;
}

Status exec(sqlite3* handle, const char* sql)
{
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Database", "A database command failed."),
                         sqliteDetail(handle, rc));
    return {};
}

Result<QString> queryText(sqlite3* handle, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        // Preparing reads the schema, so a wrong key already shows here as NOTADB.
        return makeError((rc & 0xff) == SQLITE_NOTADB ? ErrorCode::WrongPassphrase : ErrorCode::Database,
                         QCoreApplication::translate("Database", "A database command failed."),
                         sqliteDetail(handle, rc));
    }
    QString text;
    rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        text = value ? QString::fromUtf8(value) : QString();
        rc = SQLITE_OK;
    } else if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    }
    const Error failure =
        makeError(ErrorCode::Database, QCoreApplication::translate("Database", "A database command failed."),
                  sqliteDetail(handle, rc));
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) {
        Error error = failure;
        // Callers tell a wrong key (NOTADB) apart from other failures by the code.
        if ((rc & 0xff) == SQLITE_NOTADB)
            error.code = ErrorCode::WrongPassphrase;
        return error;
    }
    return text;
}

Status applyKey(sqlite3* handle, const Secret& key, const QByteArray& salt)
{
    const Secret spec = KeyDerivation::keySpec(key, salt);
    const int rc = sqlite3_key(handle, spec.data(), static_cast<int>(spec.size()));
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Database", "The database could not be unlocked."),
                         QStringLiteral("sqlite3_key failed: %1").arg(rc));
    // Must follow the key and precede the first read of the file.
    return exec(handle, "PRAGMA cipher_page_size = 4096;");
}

Result<ProbeResult> probe(const QString& path, const Secret& key, const QByteArray& salt)
{
    const QString shown = QDir::toNativeSeparators(path);
    sqlite3* raw = nullptr;
    // Read-write but without CREATE: a wrong key cannot decrypt page 1, so SQLite never
    // gets as far as writing anything; with the right key a WAL file gets its -wal/-shm,
    // which only a read-write connection removes again when it closes (a read-only one
    // would leave them behind).
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    Handle handle(raw);
    if (rc != SQLITE_OK)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "The database file %1 cannot be opened.").arg(shown),
            raw ? sqliteDetail(raw, rc) : QString::number(rc));
    SW_TRY(applyKey(handle.get(), key, salt));

    const auto cipher = queryText(handle.get(), "PRAGMA cipher_version;");
    if (!cipher.ok() || cipher->isEmpty())
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate(
                             "Database", "Encryption is not available, so the database %1 cannot be opened.")
                             .arg(shown),
                         QStringLiteral("PRAGMA cipher_version returned no row: not linked to SQLCipher"));

    const auto tables = queryText(handle.get(), "SELECT count(*) FROM sqlite_master;");
    if (!tables.ok()) {
        if (tables.code() == ErrorCode::WrongPassphrase)
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate(
                                 "Database",
                                 "The passphrase does not open the database %1. If the passphrase is right, "
                                 "the file is not a Shopwarden database or it is damaged.")
                                 .arg(shown));
        return makeError(
            ErrorCode::NotADatabase,
            QCoreApplication::translate("Database", "%1 is not a Shopwarden database, or it is damaged.")
                .arg(shown),
            tables.error().detail);
    }
    const auto version = queryText(handle.get(), "PRAGMA user_version;");
    if (!version.ok())
        return makeError(
            ErrorCode::NotADatabase,
            QCoreApplication::translate("Database", "%1 is not a Shopwarden database, or it is damaged.")
                .arg(shown),
            version.error().detail);
    return ProbeResult{*cipher, version->toInt()};
}

Status exportTo(sqlite3* handle, const QString& target, const Secret& key, const QByteArray& salt,
                int userVersion)
{
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Database", "The file %1 already exists.")
                             .arg(QDir::toNativeSeparators(target)));
    // The statement holds the key, so it is built in locked memory and never becomes a QString.
    const Secret spec = KeyDerivation::keySpec(key, salt);
    const QByteArray prefix = "ATTACH DATABASE " + quotedLiteral(target) + " AS rekeyed KEY '";
    Secret keyLiteral;
    {
        // The spec's own quotes are doubled inside the SQL string literal: x'…' → x''…''
        const std::size_t hexLength = spec.size() - 3;
        Secret literal(spec.size() + 2);
        auto* out = literal.data();
        out[0] = 'x';
        out[1] = '\'';
        out[2] = '\'';
        std::memcpy(out + 3, spec.data() + 2, hexLength);
        out[3 + hexLength] = '\'';
        out[4 + hexLength] = '\'';
        keyLiteral = std::move(literal);
    }
    const Secret attach = statementWithKey(prefix, keyLiteral, "';");
    int rc = sqlite3_exec(handle, attach.chars(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        // sqlite's message could quote part of the statement, so only the code is kept.
        removeWithSideFiles(target);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "The file %1 could not be created.")
                             .arg(QDir::toNativeSeparators(target)),
                         QStringLiteral("ATTACH failed: %1").arg(rc));
    }
    const QByteArray steps = "PRAGMA rekeyed.cipher_page_size = 4096;"
                             "SELECT sqlcipher_export('rekeyed');"
                             "PRAGMA rekeyed.user_version = " +
                             QByteArray::number(userVersion) + ";";
    const Status exported = exec(handle, steps.constData());
    const Status detached = exec(handle, "DETACH DATABASE rekeyed;");
    if (!exported.ok() || !detached.ok()) {
        removeWithSideFiles(target);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "The database could not be copied to %1.")
                             .arg(QDir::toNativeSeparators(target)),
                         exported.ok() ? detached.error().detail : exported.error().detail);
    }
    return {};
}

QString siblingTempPath(const QString& path, const QString& purpose)
{
    const QFileInfo info(path);
    const QByteArray random = KeyDerivation::randomSalt().left(6).toHex();
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3.tmp").arg(info.fileName(), purpose, QString::fromLatin1(random)));
}

Status syncFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "The file %1 could not be written.")
                             .arg(QDir::toNativeSeparators(path)),
                         file.errorString());
#ifdef Q_OS_WIN
    const bool synced = FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "The file %1 could not be written.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("fsync failed"));
    return {};
}

Status atomicReplace(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    const bool moved = MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                                   reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool moved = ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
    if (moved) {
        // Make the new directory entry durable too.
        const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }
#endif
    if (!moved)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "The file %1 could not be replaced.")
                             .arg(QDir::toNativeSeparators(to)));
    return {};
}

void removeSideFiles(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void removeWithSideFiles(const QString& path)
{
    QFile::remove(path);
    removeSideFiles(path);
}

} // namespace sw::storage::cipherfile
