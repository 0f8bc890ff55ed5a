#include "storage/database.h"

#include "storage/cipherfile.h"
#include "storage/rowset.h"
#include "storage/keyderivation.h"
#include "storage/migrations.h"
#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <map>

namespace sw::storage {

namespace {

std::atomic<int> g_instances{0};

Status emptyPassphraseError()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Database", "Please enter a passphrase."));
}

// Derives the key for an existing file and verifies it read-only, trying every known
// KDF parameter set, newest first.
struct Unlocked
{
    Secret key;
    QByteArray salt;
    int kdfVersion = 0;
    cipherfile::ProbeResult probe;
};

Result<Unlocked> unlock(const QString& path, Secret passphrase)
{
    if (passphrase.isEmpty())
        return emptyPassphraseError().error();
    const auto salt = cipherfile::readSalt(path);
    SW_TRY(salt);
    std::optional<Error> firstError;
    for (const KdfParams& params : KeyDerivation::all()) {
        auto key = KeyDerivation::deriveKey(passphrase, *salt, params);
        if (!key.ok())
            return key.error();
        auto probe = cipherfile::probe(path, *key, *salt);
        if (probe.ok()) {
            passphrase = Secret();
            return Unlocked{std::move(*key), *salt, params.version, *probe};
        }
        if (!firstError)
            firstError = probe.error();
        if (probe.code() != ErrorCode::WrongPassphrase)
            break;
    }
    return *firstError;
}

} // namespace

struct Database::Impl
{
    QString path;
    QString instance; // prefix of this Database's connection names
    Secret key;       // the derived 256-bit key; the passphrase is never kept
    QByteArray salt;  // SQLCipher's file salt (first 16 bytes of the file)
    int kdfVersion = 0;

    std::mutex mutex; // guards connections
    std::map<Qt::HANDLE, QString> connections;

    // Adds, opens and keys one named connection. Removes it again on failure.
    Result<QSqlDatabase> openConnection(const QString& name)
    {
        registerSqlCipherDriver();
        Status status;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kSqlCipherDriverName), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("SW_BUSY_TIMEOUT=5000"));
            status = configure(db);
            if (status.ok())
                return db;
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return status.error();
    }

    Status configure(QSqlDatabase& db)
    {
        const QString shown = QDir::toNativeSeparators(path);
        if (!db.open())
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Database", "The database file %1 cannot be opened.").arg(shown),
                db.lastError().text());
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        sqlite3* handle = driver ? driver->sqliteHandle() : nullptr;
        if (!handle)
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("Database", "The database driver is not available."),
                             QStringLiteral("connection is not a QSQLCIPHER connection"));
        // Key first: the driver's open() has not touched the file yet.
        SW_TRY(cipherfile::applyKey(handle, key, salt));
        sqlite3_busy_timeout(handle, 5000);
        const auto mode = cipherfile::queryText(handle, "PRAGMA journal_mode = WAL;");
        if (!mode.ok() || mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Database", "The database file %1 cannot be written.").arg(shown),
                mode.ok() ? QStringLiteral("journal_mode is %1").arg(*mode) : mode.error().detail);
        // A page-cache miss costs a decryption here, not just a copy: a 64 MiB cache per
        // connection (instead of SQLite's 2 MiB) keeps index pages of a large queue
        // decrypted once. See docs/performance.md for the measured effect.
        SW_TRY(cipherfile::exec(handle, "PRAGMA cache_size = -65536;"));
        SW_TRY(RowSet::registerFunction(handle));
        return cipherfile::exec(handle, "PRAGMA foreign_keys = ON;");
    }

    Result<QSqlDatabase> threadConnection()
    {
        const std::lock_guard lock(mutex);
        const Qt::HANDLE thread = QThread::currentThreadId();
        const auto found = connections.find(thread);
        if (found != connections.end())
            return QSqlDatabase::database(found->second, false);
        const QString name =
            QStringLiteral("%1-%2").arg(instance).arg(reinterpret_cast<quintptr>(thread), 0, 16);
        auto db = openConnection(name);
        if (db.ok())
            connections.emplace(thread, name);
        return db;
    }

    void closeConnection(const QString& name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void closeAll()
    {
        const std::lock_guard lock(mutex);
        for (const auto& [thread, name] : connections)
            closeConnection(name);
        connections.clear();
    }

    // Builds a Database around an already verified key and opens the calling thread's
    // connection. Migrates when asked to.
    static Result<std::unique_ptr<Database>>
    openVerified(const QString& path, Secret key, const QByteArray& salt, int kdfVersion, bool migrate)
    {
        std::unique_ptr<Database> db(new Database());
        db->m_path = path;
        db->d = std::make_unique<Impl>();
        db->d->path = path;
        db->d->instance = QStringLiteral("sw-%1").arg(g_instances.fetch_add(1) + 1);
        db->d->key = std::move(key);
        db->d->salt = salt;
        db->d->kdfVersion = kdfVersion;
        const auto connection = db->d->threadConnection();
        if (!connection.ok())
            return connection.error();
        if (migrate) {
            SW_TRY(Migrations::apply(*connection));
            db->d->recordKdfVersion(*connection);
        }
        return db;
    }

    static Result<std::unique_ptr<Database>> openExisting(const QString& path, Secret passphrase,
                                                          bool migrate)
    {
        auto unlocked = unlock(path, std::move(passphrase));
        if (!unlocked.ok())
            return unlocked.error();
        // Refuse a newer schema before anything is written (journal mode, migrations).
        SW_TRY(Migrations::checkNotTooNew(unlocked->probe.userVersion, Database::currentSchemaVersion()));
        return openVerified(path, std::move(unlocked->key), unlocked->salt, unlocked->kdfVersion, migrate);
    }

    // For information only (docs/security.md): which KDF parameter set opened the file.
    void recordKdfVersion(QSqlDatabase connection)
    {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT value FROM local_state WHERE key = 'kdf_version'"));
        const QString wanted = QString::number(kdfVersion);
        if (query.next() && query.value(0).toString() == wanted)
            return;
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES ('kdf_version', ?)"));
        query.addBindValue(wanted);
        query.exec(); // a database without local_state simply does not record it
    }
};

Database::~Database()
{
    if (d)
        d->closeAll();
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, Secret passphrase)
{
    if (passphrase.isEmpty())
        return emptyPassphraseError().error();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Database", "The file %1 already exists. Choose a new file name for the database.")
                .arg(shown));
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Database", "The folder for the database file %1 does not exist.")
                                            .arg(shown));

    const QByteArray salt = KeyDerivation::randomSalt();
    auto key = KeyDerivation::deriveKey(passphrase, salt);
    passphrase = Secret(); // wiped: only the key is needed from here on
    if (!key.ok())
        return key.error();
    const KdfParams params = KeyDerivation::current();

    auto db = Impl::openVerified(path, std::move(*key), salt, params.version, true);
    if (!db.ok()) {
        cipherfile::removeWithSideFiles(path);
        return db.error();
    }
    // The key was derived with our salt; if SQLCipher had chosen another one the file
    // could never be opened again. Refuse now rather than lose data later.
    QFile file(path);
    const bool saltInFile =
        file.open(QIODevice::ReadOnly) && file.read(static_cast<qint64>(KeyDerivation::kSaltSize)) == salt;
    file.close();
    if (!saltInFile) {
        db->reset();
        cipherfile::removeWithSideFiles(path);
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "The encrypted database could not be created."),
            QStringLiteral("SQLCipher did not store the chosen file salt"));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Secret passphrase)
{
    return Impl::openExisting(path, std::move(passphrase), true);
}

Result<std::unique_ptr<Database>> Database::openWithoutMigrating(const QString& path, Secret passphrase)
{
    return Impl::openExisting(path, std::move(passphrase), false);
}

QSqlDatabase Database::connection()
{
    auto db = d->threadConnection();
    if (!db.ok()) {
        qWarning("Database: opening a connection failed: %s", qPrintable(db.error().detail));
        return {};
    }
    return *db;
}

void Database::releaseThreadConnection()
{
    const std::lock_guard lock(d->mutex);
    const auto found = d->connections.find(QThread::currentThreadId());
    if (found == d->connections.end())
        return;
    d->closeConnection(found->second);
    d->connections.erase(found);
}

int Database::schemaVersion()
{
    const auto version = Migrations::schemaVersion(connection());
    return version.ok() ? *version : -1;
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::cipherVersion()
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next())
        return query.value(0).toString();
    return {};
}

Result<QStringList> Database::integrityCheck()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("Database", "The database is damaged."),
                         query.lastError().text());
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (query.lastError().isValid())
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("Database", "The database is damaged."),
                         query.lastError().text());
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    return problems;
}

Status Database::changePassphrase(Secret newPassphrase)
{
    if (newPassphrase.isEmpty())
        return emptyPassphraseError();
    const QByteArray newSalt = KeyDerivation::randomSalt();
    auto newKey = KeyDerivation::deriveKey(newPassphrase, newSalt);
    newPassphrase = Secret();
    if (!newKey.ok())
        return newKey.error();

    const int version = schemaVersion();
    if (version < 0)
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate(
                "Database", "The passphrase could not be changed; the old passphrase is still valid."),
            QStringLiteral("schema version unreadable"));
    const QString temp = cipherfile::siblingTempPath(m_path, QStringLiteral("rekey"));
    {
        // Scoped: no QSqlDatabase copy may be alive when closeAll() removes the connections.
        auto connection = d->threadConnection();
        if (!connection.ok())
            return connection.error();
        auto* driver = qobject_cast<SqlCipherDriver*>(connection->driver());
        SW_TRY(cipherfile::exportTo(driver->sqliteHandle(), temp, *newKey, newSalt, version));
        // Empty the WAL so that nothing of the old file is left to replay after the swap.
        const Status checkpoint =
            cipherfile::exec(driver->sqliteHandle(), "PRAGMA wal_checkpoint(TRUNCATE);");
        if (!checkpoint.ok()) {
            cipherfile::removeWithSideFiles(temp);
            return checkpoint;
        }
    }
    const auto check = cipherfile::probe(temp, *newKey, newSalt);
    if (!check.ok() || check->userVersion != version) {
        cipherfile::removeWithSideFiles(temp);
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate(
                "Database", "The passphrase could not be changed; the old passphrase is still valid."),
            check.ok() ? QStringLiteral("schema version changed in the copy") : check.error().detail);
    }

    d->closeAll();
    cipherfile::removeSideFiles(m_path);
    const Status replaced = cipherfile::atomicReplace(temp, m_path);
    if (!replaced.ok()) {
        cipherfile::removeWithSideFiles(temp);
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate(
                "Database", "The passphrase could not be changed; the old passphrase is still valid."),
            replaced.error().message);
    }
    d->key = std::move(*newKey);
    d->salt = newSalt;
    d->kdfVersion = KeyDerivation::current().version;
    auto reopened = d->threadConnection();
    if (!reopened.ok())
        return reopened.error();
    d->recordKdfVersion(*reopened);
    return {};
}

Status Database::backupTo(const QString& outPath)
{
    const QString shown = QDir::toNativeSeparators(outPath);
    const QFileInfo info(outPath);
    if (info.exists() || info.isSymLink())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Database", "The backup file %1 already exists.").arg(shown));
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Database", "The folder for the backup file %1 does not exist.")
                                            .arg(shown));

    auto connection = d->threadConnection();
    if (!connection.ok())
        return connection.error();
    const int version = schemaVersion();
    if (version < 0)
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate("Database", "The backup %1 could not be written.").arg(shown),
            QStringLiteral("schema version unreadable"));
    // Written under a temporary name so a half-written backup never carries the final name.
    const QString temp = cipherfile::siblingTempPath(outPath, QStringLiteral("backup"));
    auto* driver = qobject_cast<SqlCipherDriver*>(connection->driver());
    // Same key and salt: the backup opens with the same passphrase (docs/security.md).
    SW_TRY(cipherfile::exportTo(driver->sqliteHandle(), temp, d->key, d->salt, version));
    const auto check = cipherfile::probe(temp, d->key, d->salt);
    if (!check.ok()) {
        cipherfile::removeWithSideFiles(temp);
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "The backup %1 could not be written.").arg(shown),
            check.error().detail);
    }
    // QFile::rename does not overwrite: a file that appeared meanwhile is left alone.
    if (!QFile::rename(temp, outPath)) {
        cipherfile::removeWithSideFiles(temp);
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Database", "The backup %1 could not be written.").arg(shown));
    }
    return {};
}

Status Database::restore(const QString& backupPath, Secret passphrase, const QString& targetPath,
                         const Check& extraCheck)
{
    // Read-only checks on the backup itself first: nothing is written for a foreign file.
    auto unlocked = unlock(backupPath, std::move(passphrase));
    if (!unlocked.ok())
        return unlocked.error();
    SW_TRY(Migrations::checkNotTooNew(unlocked->probe.userVersion, currentSchemaVersion()));
    const QFileInfo target(targetPath);
    if (target.isDir())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "%1 is a folder, not a database file.")
                             .arg(QDir::toNativeSeparators(targetPath)));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Database", "The folder for the database file %1 does not exist.")
                                            .arg(QDir::toNativeSeparators(targetPath)));

    // The full checks run on the copy that will be installed, next to the target.
    const QString temp = cipherfile::siblingTempPath(targetPath, QStringLiteral("restore"));
    const auto fail = [&temp](Error error) -> Status {
        cipherfile::removeWithSideFiles(temp);
        return error;
    };
    if (!QFile::copy(backupPath, temp))
        return fail(makeError(ErrorCode::Io, QCoreApplication::translate(
                                                 "Database", "The backup could not be copied next to %1.")
                                                 .arg(QDir::toNativeSeparators(targetPath))));
    const Status checked = [&]() -> Status {
        // The copy is closed when this returns, before anything is renamed or removed.
        auto restored =
            Impl::openVerified(temp, std::move(unlocked->key), unlocked->salt, unlocked->kdfVersion, false);
        if (!restored.ok())
            return restored.error();
        const auto problems = (*restored)->integrityCheck();
        if (!problems.ok() || !problems->isEmpty())
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate("Database", "The backup %1 is damaged.")
                                 .arg(QDir::toNativeSeparators(backupPath)),
                             problems.ok() ? problems->join(QLatin1Char('\n')).left(500)
                                           : problems.error().detail);
        if (extraCheck)
            return extraCheck(**restored);
        return {};
    }();
    if (!checked.ok())
        return fail(checked.error());
    cipherfile::removeSideFiles(temp);
    if (const Status synced = cipherfile::syncFile(temp); !synced.ok())
        return fail(synced.error());
    // Stale side files of the old target would be replayed onto the restored file.
    cipherfile::removeSideFiles(targetPath);
    if (const Status replaced = cipherfile::atomicReplace(temp, targetPath); !replaced.ok())
        return fail(replaced.error());
    return {};
}

} // namespace sw::storage
