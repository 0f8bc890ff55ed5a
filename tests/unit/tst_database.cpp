// Database: create/open, refusals that leave files untouched, rekey, backup/restore,
// per-thread connections, round trip of Chinese text and large blobs.

#include "storage/database.h"
#include "storage/keyderivation.h"

#include "storagetestutil.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace sw::storagetest;
using sw::ErrorCode;
using sw::storage::Database;
using sw::storage::KeyDerivation;
using sw::storage::Secret;

namespace {

const QString kPass = QStringLiteral(u"测试口令 correct horse");

bool exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Sets a raw header field on an encrypted file with the right key (not through Database).
bool setUserVersionRaw(const QString& path, const QString& passphrase, int version)
{
    const QByteArray salt = fileHead(path, 16);
    const auto key = KeyDerivation::deriveKey(Secret::fromUtf8(passphrase), salt);
    if (!key.ok())
        return false;
    const Secret spec = KeyDerivation::keySpec(*key, salt);
    sqlite3* handle = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) ==
                  SQLITE_OK &&
              sqlite3_key(handle, spec.data(), int(spec.size())) == SQLITE_OK &&
              sqlite3_exec(handle, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr) == SQLITE_OK;
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ";";
    ok = ok && sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

bool makePlainSqlite(const QString& path)
{
    sqlite3* handle = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK &&
              sqlite3_exec(handle, "CREATE TABLE t(x); INSERT INTO t VALUES ('plain');", nullptr, nullptr,
                           nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createOpenRoundTrip();
    void createRefusesExistingFile();
    void emptyPassphraseRefused();
    void wrongPassphraseLeavesFileUnchanged();
    void badFilesRefused_data();
    void badFilesRefused();
    void directoryAndMissingPath();
    void unreadableFile();
    void schemaTooNewRefused();
    void changePassphrase();
    void changePassphraseRefusesEmpty();
    void backupRestoreRoundTrip();
    void restoreRefusesDamagedOrForeignBackup_data();
    void restoreRefusesDamagedOrForeignBackup();
    void restoreRunsExtraCheck();
    void connectionsFromTwoThreads();
    void chineseTextAndLargeBlobSurviveReopen();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<Database> createDb(const QString& name, const QString& passphrase = kPass);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestDatabase::createDb(const QString& name, const QString& passphrase)
{
    auto db = Database::create(path(name), secret(passphrase));
    if (!db.ok()) {
        qWarning("create failed: %s (%s)", qPrintable(db.message()), qPrintable(db.error().detail));
        return {};
    }
    return std::move(*db);
}

void TestDatabase::createOpenRoundTrip()
{
    {
        auto db = createDb(QStringLiteral("a.db"));
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        QVERIFY(db->cipherVersion().startsWith(QLatin1String("3.")));
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE probe (x TEXT)")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO probe VALUES ('kept')")));
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA cipher_page_size")).toInt(), 4096);
    }
    auto reopened = Database::open(path(QStringLiteral("a.db")), secret(kPass));
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QCOMPARE(scalar((*reopened)->connection(), QStringLiteral("SELECT x FROM probe")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(scalar((*reopened)->connection(),
                    QStringLiteral("SELECT value FROM local_state WHERE key = 'kdf_version'"))
                 .toString(),
             QStringLiteral("1"));
    const auto problems = (*reopened)->integrityCheck();
    QVERIFY(problems.ok());
    QVERIFY(problems->isEmpty());
}

void TestDatabase::createRefusesExistingFile()
{
    QVERIFY(writeFile(path(QStringLiteral("taken.db")), "do not touch"));
    const auto db = Database::create(path(QStringLiteral("taken.db")), secret(kPass));
    QVERIFY(!db.ok());
    QCOMPARE(db.code(), ErrorCode::InvalidInput);
    QCOMPARE(fileBytes(path(QStringLiteral("taken.db"))), QByteArray("do not touch"));
}

void TestDatabase::emptyPassphraseRefused()
{
    const auto created = Database::create(path(QStringLiteral("new.db")), Secret());
    QVERIFY(!created.ok());
    QCOMPARE(created.code(), ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(path(QStringLiteral("new.db"))));

    QVERIFY(createDb(QStringLiteral("a.db")));
    const QByteArray before = fileSha256(path(QStringLiteral("a.db")));
    const auto opened = Database::open(path(QStringLiteral("a.db")), Secret());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::InvalidInput);
    QCOMPARE(fileSha256(path(QStringLiteral("a.db"))), before);
}

void TestDatabase::wrongPassphraseLeavesFileUnchanged()
{
    QVERIFY(createDb(QStringLiteral("a.db")));
    const QByteArray before = fileSha256(path(QStringLiteral("a.db")));
    const QStringList listing = dirEntries(m_dir->path());
    QCOMPARE(listing, QStringList{QStringLiteral("a.db")});

    const auto opened =
        Database::open(path(QStringLiteral("a.db")), secret(QStringLiteral("not the passphrase")));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::WrongPassphrase);
    QVERIFY(!opened.message().isEmpty());
    QVERIFY(!opened.message().contains(QLatin1String("not the passphrase")));
    QCOMPARE(fileSha256(path(QStringLiteral("a.db"))), before);
    QCOMPARE(dirEntries(m_dir->path()), listing); // no -wal, -shm or -journal left behind

    const auto check =
        Database::openWithoutMigrating(path(QStringLiteral("a.db")), secret(QStringLiteral("nope")));
    QCOMPARE(check.code(), ErrorCode::WrongPassphrase);
    QCOMPARE(fileSha256(path(QStringLiteral("a.db"))), before);
}

void TestDatabase::badFilesRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("plain SQLite") << QStringLiteral("plain") << ErrorCode::NotADatabase;
    QTest::newRow("empty file") << QStringLiteral("empty") << ErrorCode::NotADatabase;
    QTest::newRow("shorter than the salt") << QStringLiteral("short") << ErrorCode::NotADatabase;
    QTest::newRow("truncated database") << QStringLiteral("truncated") << ErrorCode::NotADatabase;
    QTest::newRow("random bytes") << QStringLiteral("random") << ErrorCode::NotADatabase;
    // Whole pages of noise cannot be told apart from a wrong passphrase: that is what
    // encryption means. The message says both.
    QTest::newRow("random pages") << QStringLiteral("randompages") << ErrorCode::WrongPassphrase;
}

void TestDatabase::badFilesRefused()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, expected);
    const QString file = path(QStringLiteral("bad.db"));
    if (kind == QLatin1String("plain")) {
        QVERIFY(makePlainSqlite(file));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(file, {}));
    } else if (kind == QLatin1String("short")) {
        QVERIFY(writeFile(file, "0123456789"));
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(createDb(QStringLiteral("good.db")));
        QVERIFY(writeFile(file, fileBytes(path(QStringLiteral("good.db"))).left(5000)));
        QFile::remove(path(QStringLiteral("good.db")));
    } else if (kind == QLatin1String("random")) {
        QVERIFY(writeFile(file, randomBytes(10000)));
    } else {
        QVERIFY(writeFile(file, randomBytes(8192)));
    }
    const QByteArray before = fileSha256(file);
    const QStringList listing = dirEntries(m_dir->path());
    const auto opened = Database::open(file, secret(kPass));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), expected);
    QVERIFY(!opened.message().isEmpty());
    QCOMPARE(fileSha256(file), before);
    QCOMPARE(dirEntries(m_dir->path()), listing);
}

void TestDatabase::directoryAndMissingPath()
{
    const QString dir = path(QStringLiteral("folder.db"));
    QVERIFY(QDir().mkpath(dir));
    const auto opened = Database::open(dir, secret(kPass));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Io);
    const auto created = Database::create(dir, secret(kPass));
    QVERIFY(!created.ok());
    QCOMPARE(created.code(), ErrorCode::InvalidInput);

    const auto missing = Database::open(path(QStringLiteral("missing.db")), secret(kPass));
    QCOMPARE(missing.code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.db"))));
    const auto noFolder = Database::create(path(QStringLiteral("no/such/folder.db")), secret(kPass));
    QCOMPARE(noFolder.code(), ErrorCode::Io);
}

void TestDatabase::unreadableFile()
{
#ifndef Q_OS_WIN
    if (::geteuid() == 0)
        QSKIP("root reads every file regardless of its permissions");
#endif
    QVERIFY(createDb(QStringLiteral("a.db")));
    QFile file(path(QStringLiteral("a.db")));
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    const auto opened = Database::open(file.fileName(), secret(kPass));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(opened.code(), ErrorCode::Io);
}

void TestDatabase::schemaTooNewRefused()
{
    QVERIFY(createDb(QStringLiteral("a.db")));
    const int newer = Database::currentSchemaVersion() + 5;
    QVERIFY(setUserVersionRaw(path(QStringLiteral("a.db")), kPass, newer));
    const QByteArray before = fileSha256(path(QStringLiteral("a.db")));
    const QStringList listing = dirEntries(m_dir->path());

    for (const bool migrate : {true, false}) {
        const auto opened = migrate
                                ? Database::open(path(QStringLiteral("a.db")), secret(kPass))
                                : Database::openWithoutMigrating(path(QStringLiteral("a.db")), secret(kPass));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::SchemaTooNew);
        QVERIFY(opened.message().contains(QString::number(newer)));
        QVERIFY(opened.message().contains(QString::number(Database::currentSchemaVersion())));
        QCOMPARE(fileSha256(path(QStringLiteral("a.db"))), before);
        QCOMPARE(dirEntries(m_dir->path()), listing);
    }
}

void TestDatabase::changePassphrase()
{
    const QString file = path(QStringLiteral("a.db"));
    const QString newPass = QStringLiteral(u"新的口令 2");
    {
        auto db = createDb(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE probe (x TEXT)")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO probe VALUES ('before rekey')")));
        const QByteArray oldSalt = fileHead(file, 16);
        const auto changed = db->changePassphrase(secret(newPass));
        QVERIFY2(changed.ok(), qPrintable(changed.message() + QLatin1Char(' ') +
                                          (changed.ok() ? QString() : changed.error().detail)));
        QVERIFY(fileHead(file, 16) != oldSalt);
        // The same Database object goes on working with the new key.
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT x FROM probe")).toString(),
                 QStringLiteral("before rekey"));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO probe VALUES ('after rekey')")));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    }
    QCOMPARE(dirEntries(m_dir->path()), QStringList{QStringLiteral("a.db")}); // no temp file left

    const auto old = Database::open(file, secret(kPass));
    QCOMPARE(old.code(), ErrorCode::WrongPassphrase);
    auto reopened = Database::open(file, secret(newPass));
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QCOMPARE(scalar((*reopened)->connection(), QStringLiteral("SELECT count(*) FROM probe")).toInt(), 2);
    QCOMPARE((*reopened)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY((*reopened)->integrityCheck()->isEmpty());
}

void TestDatabase::changePassphraseRefusesEmpty()
{
    auto db = createDb(QStringLiteral("a.db"));
    QVERIFY(db);
    const QByteArray salt = fileHead(path(QStringLiteral("a.db")), 16);
    const auto changed = db->changePassphrase(Secret());
    QCOMPARE(changed.code(), ErrorCode::InvalidInput);
    db.reset();
    QCOMPARE(fileHead(path(QStringLiteral("a.db")), 16), salt);
    QVERIFY(Database::open(path(QStringLiteral("a.db")), secret(kPass)).ok());
}

void TestDatabase::backupRestoreRoundTrip()
{
    const QString file = path(QStringLiteral("a.db"));
    const QString backup = path(QStringLiteral("backup.swdb"));
    {
        auto db = createDb(QStringLiteral("a.db"));
        QVERIFY(db);
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE probe (x TEXT)")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO probe VALUES ('in backup')")));
        const auto written = db->backupTo(backup);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(db->backupTo(backup).code(), ErrorCode::InvalidInput); // never overwrites
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO probe VALUES ('after backup')")));
    }
    QVERIFY(fileHead(backup, 16) != QByteArray("SQLite format 3\0", 16));
    QCOMPARE(dirEntries(m_dir->path()), (QStringList{QStringLiteral("a.db"), QStringLiteral("backup.swdb")}));

    // The backup is a complete database on its own.
    {
        auto opened = Database::openWithoutMigrating(backup, secret(kPass));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(scalar((*opened)->connection(), QStringLiteral("SELECT count(*) FROM probe")).toInt(), 1);
        QCOMPARE((*opened)->schemaVersion(), Database::currentSchemaVersion());
    }
    QFile::remove(backup + QLatin1String("-wal"));
    QFile::remove(backup + QLatin1String("-shm"));

    const auto restored = Database::restore(backup, secret(kPass), file);
    QVERIFY2(restored.ok(), qPrintable(restored.message()));
    auto db = Database::open(file, secret(kPass));
    QVERIFY(db.ok());
    QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT group_concat(x) FROM probe")).toString(),
             QStringLiteral("in backup"));

    // Restoring to a new path works too.
    const QString fresh = path(QStringLiteral("fresh.db"));
    QVERIFY(Database::restore(backup, secret(kPass), fresh).ok());
    QVERIFY(Database::open(fresh, secret(kPass)).ok());
}

void TestDatabase::restoreRefusesDamagedOrForeignBackup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("bytes flipped in the middle") << QStringLiteral("corrupt") << ErrorCode::NotADatabase;
    QTest::newRow("other passphrase") << QStringLiteral("foreign") << ErrorCode::WrongPassphrase;
    QTest::newRow("truncated") << QStringLiteral("truncated") << ErrorCode::NotADatabase;
    QTest::newRow("plain SQLite") << QStringLiteral("plain") << ErrorCode::NotADatabase;
    QTest::newRow("newer schema") << QStringLiteral("newer") << ErrorCode::SchemaTooNew;
}

void TestDatabase::restoreRefusesDamagedOrForeignBackup()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, expected);
    const QString target = path(QStringLiteral("target.db"));
    const QString backup = path(QStringLiteral("backup.swdb"));
    {
        auto db = createDb(QStringLiteral("target.db"));
        QVERIFY(db);
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE probe (x TEXT)")));
        QVERIFY(exec(db->connection(), QStringLiteral("INSERT INTO probe VALUES ('target')")));
        if (kind != QLatin1String("foreign") && kind != QLatin1String("plain"))
            QVERIFY(db->backupTo(backup).ok());
    }
    if (kind == QLatin1String("corrupt")) {
        QByteArray bytes = fileBytes(backup);
        QVERIFY(bytes.size() >= 3 * 4096);
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 32; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        QVERIFY(writeFile(backup, bytes));
    } else if (kind == QLatin1String("foreign")) {
        auto other = createDb(QStringLiteral("other.db"), QStringLiteral("someone else's passphrase"));
        QVERIFY(other);
        QVERIFY(other->backupTo(backup).ok());
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(writeFile(backup, fileBytes(backup).left(3 * 4096 + 100)));
    } else if (kind == QLatin1String("plain")) {
        QVERIFY(makePlainSqlite(backup));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(setUserVersionRaw(backup, kPass, Database::currentSchemaVersion() + 1));
    }
    const QByteArray targetBefore = fileSha256(target);
    const QByteArray backupBefore = fileSha256(backup);
    const QStringList listing = dirEntries(m_dir->path());

    const auto restored = Database::restore(backup, secret(kPass), target);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.code(), expected);
    QCOMPARE(fileSha256(target), targetBefore);
    QCOMPARE(fileSha256(backup), backupBefore);
    QCOMPARE(dirEntries(m_dir->path()), listing); // no temp copy left behind
}

void TestDatabase::restoreRunsExtraCheck()
{
    const QString target = path(QStringLiteral("target.db"));
    const QString backup = path(QStringLiteral("backup.swdb"));
    {
        auto db = createDb(QStringLiteral("target.db"));
        QVERIFY(db);
        QVERIFY(db->backupTo(backup).ok());
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE only_in_target (x)")));
    }
    const QByteArray before = fileSha256(target);
    const QStringList listing = dirEntries(m_dir->path());
    int calls = 0;
    const auto refusing =
        Database::restore(backup, secret(kPass), target, [&calls](Database& db) -> sw::Status {
            ++calls;
            // The check sees the backup's content.
            if (scalar(db.connection(), QStringLiteral("SELECT count(*) FROM users")).isNull())
                return sw::makeError(ErrorCode::Internal, QStringLiteral("users unreadable"));
            return sw::makeError(ErrorCode::NotADatabase, QStringLiteral("audit chain broken"));
        });
    QCOMPARE(calls, 1);
    QCOMPARE(refusing.code(), ErrorCode::NotADatabase);
    QCOMPARE(refusing.message(), QStringLiteral("audit chain broken"));
    QCOMPARE(fileSha256(target), before);
    QCOMPARE(dirEntries(m_dir->path()), listing);

    const auto accepting =
        Database::restore(backup, secret(kPass), target, [&calls](Database&) -> sw::Status {
            ++calls;
            return {};
        });
    QVERIFY(accepting.ok());
    QCOMPARE(calls, 2);
    auto db = Database::open(target, secret(kPass));
    QVERIFY(db.ok());
    QVERIFY(scalar((*db)->connection(),
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'only_in_target'"))
                .toInt() == 0);
}

void TestDatabase::connectionsFromTwoThreads()
{
    auto db = createDb(QStringLiteral("a.db"));
    QVERIFY(db);
    QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE hits (who TEXT, n INTEGER)")));
    constexpr int kRows = 200;
    const auto writer = [&db](const QString& who, QString* connectionName, int* written) {
        QSqlDatabase connection = db->connection();
        *connectionName = connection.connectionName();
        for (int i = 0; i < kRows; ++i) {
            QSqlQuery query(connection);
            query.prepare(QStringLiteral("INSERT INTO hits VALUES (?, ?)"));
            query.addBindValue(who);
            query.addBindValue(i);
            if (query.exec())
                ++*written;
        }
    };
    QString nameA, nameB;
    int writtenA = 0, writtenB = 0;
    std::unique_ptr<QThread> a(QThread::create([&] {
        writer(QStringLiteral("a"), &nameA, &writtenA);
        db->releaseThreadConnection();
    }));
    std::unique_ptr<QThread> b(QThread::create([&] {
        writer(QStringLiteral("b"), &nameB, &writtenB);
        db->releaseThreadConnection();
    }));
    a->start();
    b->start();
    QVERIFY(a->wait());
    QVERIFY(b->wait());
    QCOMPARE(writtenA, kRows);
    QCOMPARE(writtenB, kRows);
    QVERIFY(!nameA.isEmpty() && !nameB.isEmpty());
    QVERIFY(nameA != nameB);
    QVERIFY(nameA != db->connection().connectionName());
    QVERIFY(!QSqlDatabase::contains(nameA)); // released
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM hits")).toInt(), 2 * kRows);
}

void TestDatabase::chineseTextAndLargeBlobSurviveReopen()
{
    const QString text = QStringLiteral(u"店务管家：顾客投诉已处理，退款¥128.50 ✓");
    const QByteArray blob = randomBytes(10 * 1024 * 1024);
    QString connectionName;
    {
        auto db = createDb(QStringLiteral("a.db"));
        QVERIFY(db);
        connectionName = db->connection().connectionName();
        QVERIFY(exec(db->connection(), QStringLiteral("CREATE TABLE docs (title TEXT, body BLOB)")));
        QSqlQuery insert(db->connection());
        insert.prepare(QStringLiteral("INSERT INTO docs VALUES (?, ?)"));
        insert.addBindValue(text);
        insert.addBindValue(blob);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(!QSqlDatabase::contains(connectionName)); // the destructor removed its connections
    auto db = Database::open(path(QStringLiteral("a.db")), secret(kPass));
    QVERIFY(db.ok());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT title, body FROM docs")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), text);
    QCOMPARE(query.value(1).toByteArray(), blob);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
