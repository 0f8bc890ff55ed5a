// init, check and rekey: the commands that create, inspect or re-key one database.

#include "admincommands.h"
#include "cliutil.h"

#include "services/auditlog.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QFile>

namespace sw::admin {

namespace {

constexpr int kMaxIntegrityLinesShown = 20;

QString dbHelp()
{
    return AdminCli::tr("The database file.");
}

QString passphraseHelp()
{
    return AdminCli::tr("File whose first line is the database passphrase (\"-\" = standard input).");
}

// Removes a database that init created but could not finish, so a failed init leaves
// nothing behind.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// Takes the password out of its Secret as the QString the service API wants; the
// caller wipes it with wipe() when done.
QString secretToString(const storage::Secret& secret)
{
    return QString::fromUtf8(secret.chars(), qsizetype(secret.size()));
}

void wipe(QString& text)
{
    text.fill(QChar(u'\0'));
    text.clear();
}

} // namespace

int runInit(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("init"),
                    AdminCli::tr("Creates a new encrypted Shopwarden database and its first administrator. "
                                 "An existing file is never touched."));
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), AdminCli::tr("The database file to create."),
                  true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"), passphraseHelp(), true);
    cli.addOption(QStringLiteral("admin"), QStringLiteral("LOGIN"),
                  AdminCli::tr("Login of the first administrator."), true);
    cli.addOption(
        QStringLiteral("admin-password-file"), QStringLiteral("FILE"),
        AdminCli::tr("File whose first line is the administrator's password (\"-\" = standard input)."),
        true);
    cli.addOption(QStringLiteral("admin-name"), QStringLiteral("NAME"),
                  AdminCli::tr("Display name of the administrator (default: the login)."), false);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    const QString path = cli.value(QStringLiteral("db"));
    if (const Status fresh = requireNewFile(path); !fresh)
        return report(fresh.error());

    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());
    auto passwordSecret = reader.read(cli.value(QStringLiteral("admin-password-file")),
                                      QStringLiteral("--admin-password-file"));
    if (!passwordSecret)
        return reportSecretError(passwordSecret.error());

    QString password = secretToString(*passwordSecret);
    if (const QString problem = services::UserService::passwordProblem(password); !problem.isEmpty()) {
        wipe(password);
        printError(problem);
        return ExitUsage;
    }
    const QString login = cli.value(QStringLiteral("admin"));
    const QString name =
        cli.isSet(QStringLiteral("admin-name")) ? cli.value(QStringLiteral("admin-name")) : login;

    auto created = storage::Database::create(path, std::move(*passphrase));
    if (!created) {
        wipe(password);
        return report(created.error());
    }
    std::unique_ptr<storage::Database> db = std::move(created).value();
    auto adminId = services::UserService::createFirstAdmin(*db, login, name, password);
    wipe(password);
    if (!adminId) {
        db.reset();
        removeDatabaseFiles(path);
        printError(adminId.message());
        return adminId.code() == ErrorCode::InvalidInput ? ExitUsage : ExitFailed;
    }
    printOut(
        AdminCli::tr("Created the encrypted database %1 with the administrator \"%2\".").arg(path, login));
    return ExitOk;
}

int runCheck(const QStringList& arguments)
{
    CommandLine cli(
        QStringLiteral("check"),
        AdminCli::tr("Verifies a database without changing it: encryption, PRAGMA integrity_check, "
                     "schema version and the audit log's hash chain. Prints \"ok\" last when all "
                     "is well."));
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), dbHelp(), true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"), passphraseHelp(), true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    const QString path = cli.value(QStringLiteral("db"));
    if (const Status exists = requireExistingFile(path); !exists)
        return report(exists.error());
    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());

    auto opened = storage::Database::openWithoutMigrating(path, std::move(*passphrase));
    if (!opened)
        return report(opened.error());
    std::unique_ptr<storage::Database> db = std::move(opened).value();

    bool healthy = true;
    printOut(AdminCli::tr("cipher: SQLCipher %1").arg(db->cipherVersion()));

    auto integrity = db->integrityCheck();
    if (!integrity) {
        healthy = false;
        printOut(AdminCli::tr("integrity: FAILED"));
        printError(integrity.message());
    } else if (!integrity->isEmpty()) {
        healthy = false;
        printOut(AdminCli::tr("integrity: FAILED"));
        printError(
            AdminCli::tr("PRAGMA integrity_check reports %n problem(s):", nullptr, int(integrity->size())));
        for (int i = 0; i < integrity->size() && i < kMaxIntegrityLinesShown; ++i)
            printError(QStringLiteral("  ") + integrity->at(i));
    } else {
        printOut(AdminCli::tr("integrity: ok"));
    }

    const int version = db->schemaVersion();
    const int current = storage::Database::currentSchemaVersion();
    if (version < current) {
        printOut(AdminCli::tr("schema: version %1 of %2 (older; the app migrates it when it next opens it)")
                     .arg(version)
                     .arg(current));
    } else {
        printOut(AdminCli::tr("schema: version %1 of %2").arg(version).arg(current));
    }

    auto chain = services::AuditLog::verify(db->connection());
    if (chain) {
        printOut(AdminCli::tr("audit chain: %n entries, intact", nullptr, int(*chain)));
    } else {
        healthy = false;
        printOut(AdminCli::tr("audit chain: BROKEN"));
        printError(chain.message());
    }

    db->releaseThreadConnection();
    if (!healthy) {
        printError(AdminCli::tr("The check of %1 found problems (see above).").arg(path));
        return ExitFailed;
    }
    printOut(QStringLiteral("ok")); // machine-read: scripts look for "ok" on the last line
    return ExitOk;
}

int runRekey(const QStringList& arguments)
{
    CommandLine cli(
        QStringLiteral("rekey"),
        AdminCli::tr("Changes the database passphrase: re-encrypts the file with a key derived from "
                     "the new passphrase. On failure the old passphrase stays valid."));
    cli.addOption(QStringLiteral("db"), QStringLiteral("FILE"), dbHelp(), true);
    cli.addOption(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the current passphrase (\"-\" = standard input)."),
                  true);
    cli.addOption(QStringLiteral("new-passphrase-file"), QStringLiteral("FILE"),
                  AdminCli::tr("File whose first line is the new passphrase (\"-\" = standard input)."),
                  true);
    if (const int rc = cli.parse(arguments); rc >= 0)
        return rc;

    const QString path = cli.value(QStringLiteral("db"));
    if (const Status exists = requireExistingFile(path); !exists)
        return report(exists.error());
    SecretReader reader;
    auto passphrase =
        reader.read(cli.value(QStringLiteral("passphrase-file")), QStringLiteral("--passphrase-file"));
    if (!passphrase)
        return reportSecretError(passphrase.error());
    auto newPassphrase = reader.read(cli.value(QStringLiteral("new-passphrase-file")),
                                     QStringLiteral("--new-passphrase-file"));
    if (!newPassphrase)
        return reportSecretError(newPassphrase.error());

    auto opened = storage::Database::openWithoutMigrating(path, std::move(*passphrase));
    if (!opened)
        return report(opened.error());
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    if (const Status changed = db->changePassphrase(std::move(*newPassphrase)); !changed)
        return report(changed.error());
    printOut(
        AdminCli::tr("The passphrase of %1 has been changed. From now on only the new passphrase opens it.")
            .arg(path));
    return ExitOk;
}

} // namespace sw::admin
