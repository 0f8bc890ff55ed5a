// backup and restore: encrypted copies of a database, and putting one back safely.

#include "admincommands.h"
#include "cliutil.h"

#include "services/auditlog.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

namespace sw::admin {

namespace {

// True when the file has the shape of an encrypted database: whole 4096-byte pages and
// no plain "SQLite format 3" header (the same test Database applies before it tries a key).
bool shapedLikeEncryptedDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    return size >= 4096 && size % 4096 == 0 && file.read(16) != QByteArray("SQLite format 3\0", 16);
}

// Restore refuses foreign files (wrong passphrase, not a database: exit 3) and damaged
// backups (exit 4) with the same NotADatabase code. A backup of the right shape that
// the passphrase unlocked (else the code is WrongPassphrase) but that was refused as
// "not a database" failed a later check: it is damaged.
int restoreExitCode(const Error& error, const QString& backupPath)
{
    if (error.code == ErrorCode::NotADatabase && shapedLikeEncryptedDatabase(backupPath))
        return ExitFailed;
    return exitCodeFor(error);
}

} // namespace

int runBackup(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("backup"),
                    AdminCli::tr("Writes an encrypted copy of the database (same passphrase) to a new file. "
                                 "The database may stay in use meanwhile."));
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), AdminCli::tr("The database file to back up."),
                  true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the database passphrase (\"-\" = standard input)."),
                  true);
    cli.addOption(QStringLiteral("out"), QStringLiteral("FILE"),
                  AdminCli::tr("The backup file to write; it must not exist yet."), true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    const QString path = cli.value(QStringLiteral("db"));
    const QString out = cli.value(QStringLiteral("out"));
    if (const Status exists = requireExistingFile(path); !exists)
        return report(exists.error());
    if (const Status fresh = requireNewFile(out); !fresh)
        return report(fresh.error());
    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());

    auto opened = storage::Database::openWithoutMigrating(path, std::move(*passphrase));
    if (!opened)
        return report(opened.error());
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    if (const Status written = db->backupTo(out); !written)
        return report(written.error());
    printOut(AdminCli::tr("Wrote the encrypted backup %1. It opens with the same passphrase as %2.")
                 .arg(out, path));
    return ExitOk;
}

int runRestore(const QStringList& arguments)
{
    CommandLine cli(
        QStringLiteral("restore"),
        AdminCli::tr("Checks a backup (passphrase, integrity, schema version, audit chain) and only "
                     "then replaces the database with it. A damaged or foreign backup is refused "
                     "and nothing is overwritten."));
    cli.addOption(QStringLiteral("backup"), QStringLiteral("FILE"),
                  AdminCli::tr("The backup file to restore."), true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the backup's passphrase (\"-\" = standard input)."),
                  true);
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"),
                  AdminCli::tr("The database file to replace (or create)."), true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    const QString backup = cli.value(QStringLiteral("backup"));
    const QString target = cli.value(QStringLiteral("db"));
    if (const Status exists = requireExistingFile(backup); !exists)
        return report(exists.error());
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return report(
            makeError(ErrorCode::Io, AdminCli::tr("%1 is a folder, not a database file.").arg(target)));
    if (!QFileInfo(targetInfo.absolutePath()).isDir()) {
        return report(makeError(
            ErrorCode::Io, AdminCli::tr("The folder %1 does not exist.").arg(targetInfo.absolutePath())));
    }
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(backup).canonicalFilePath())
        return cli.usageError(AdminCli::tr("The backup and the database are the same file."));

    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());

    // A backup whose audit chain is broken has been edited outside the app: refuse it.
    const storage::Database::Check verifyAuditChain = [](storage::Database& candidate) -> Status {
        auto chain = services::AuditLog::verify(candidate.connection());
        if (!chain)
            return chain.error();
        return {};
    };
    if (const Status restored =
            storage::Database::restore(backup, std::move(*passphrase), target, verifyAuditChain);
        !restored) {
        printError(restored.message());
        printError(AdminCli::tr("Nothing was restored; %1 is unchanged.").arg(target));
        return restoreExitCode(restored.error(), backup);
    }
    printOut(AdminCli::tr("Restored %1 from the backup %2.").arg(target, backup));
    return ExitOk;
}

} // namespace sw::admin
