// Encryption proofs for Database files: no plaintext header, no plaintext rows (in the
// database or its WAL), and the stock sqlcipher shell opens the file with the raw key
// only. These are the promises of docs/security.md.

#include "storage/database.h"
#include "storage/keyderivation.h"

#include "storagetestutil.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sw::storagetest;
using sw::storage::Database;
using sw::storage::KeyDerivation;
using sw::storage::Secret;

namespace {

const QString kPass = QStringLiteral(u"加密测试 passphrase");
const QByteArray kAsciiMarker = "SWMARKER-7f3a9b-plaintext-canary";
const QString kChineseMarker = QStringLiteral(u"店务管家机密标记红色熊猫");
const char* kShell = "/usr/bin/sqlcipher";

struct ShellRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ShellRun runShell(const QString& dbPath, const QByteArray& script)
{
    QProcess shell;
    shell.start(QString::fromLatin1(kShell), {dbPath});
    ShellRun run;
    if (!shell.waitForStarted())
        return run;
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(60000);
    run.exitCode = shell.exitCode();
    run.out = shell.readAllStandardOutput();
    run.err = shell.readAllStandardError();
    return run;
}

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headerIsNotPlainSqlite();
    void searchWorksOnPlainControl();
    void noPlaintextInFileOrWal();
    void stockShellNeedsRawKey_data();
    void stockShellNeedsRawKey();

private:
    QString m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestEncryption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("enc.db"));
    auto db = Database::create(m_file, secret(kPass));
    QVERIFY2(db.ok(), qPrintable(db.message()));
    m_db = std::move(*db);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (ascii TEXT, chinese TEXT)")));
    query.prepare(QStringLiteral("INSERT INTO notes VALUES (?, ?)"));
    query.addBindValue(QString::fromLatin1(kAsciiMarker));
    query.addBindValue(kChineseMarker);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestEncryption::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestEncryption::headerIsNotPlainSqlite()
{
    const QByteArray head = fileHead(m_file, 16);
    QCOMPARE(head.size(), 16);
    QVERIFY(head != QByteArray("SQLite format 3\0", 16));
    QVERIFY(!head.startsWith("SQLite format"));
}

// Proves the byte search below would find the markers if they were stored in clear.
void TestEncryption::searchWorksOnPlainControl()
{
    const QString plain = m_dir->filePath(QStringLiteral("plain.db"));
    sqlite3* handle = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(plain).constData(), &handle), SQLITE_OK);
    const QByteArray sql = "CREATE TABLE notes (a, b); INSERT INTO notes VALUES ('" + kAsciiMarker + "', '" +
                           kChineseMarker.toUtf8() + "');";
    QCOMPARE(sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(handle);
    const QByteArray bytes = fileBytes(plain);
    QVERIFY(bytes.contains(kAsciiMarker));
    QVERIFY(bytes.contains(kChineseMarker.toUtf8()));
}

void TestEncryption::noPlaintextInFileOrWal()
{
    const QByteArray chinese = kChineseMarker.toUtf8();
    const QString wal = m_file + QLatin1String("-wal");
    // While open, the rows sit in the WAL.
    QVERIFY(QFile::exists(wal));
    QVERIFY(fileBytes(wal).size() > 0);
    for (const QString& file : {m_file, wal}) {
        const QByteArray bytes = fileBytes(file);
        QVERIFY2(!bytes.contains(kAsciiMarker), qPrintable(file));
        QVERIFY2(!bytes.contains(chinese), qPrintable(file));
    }
    // After a checkpoint they are in the main file.
    QSqlQuery checkpoint(m_db->connection());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")));
    checkpoint.finish();
    for (const QString& file : {m_file, wal}) {
        const QByteArray bytes = fileBytes(file);
        QVERIFY2(!bytes.contains(kAsciiMarker), qPrintable(file));
        QVERIFY2(!bytes.contains(chinese), qPrintable(file));
    }
    m_db.reset();
    const QByteArray closed = fileBytes(m_file);
    QVERIFY(closed.size() >= 4096);
    QVERIFY(!closed.contains(kAsciiMarker));
    QVERIFY(!closed.contains(chinese));
}

void TestEncryption::stockShellNeedsRawKey_data()
{
    QTest::addColumn<QString>("keyKind");
    QTest::addColumn<bool>("readable");
    QTest::newRow("raw key and salt") << QStringLiteral("keysalt") << true;
    QTest::newRow("raw key only") << QStringLiteral("key") << true;
    QTest::newRow("no key") << QStringLiteral("none") << false;
    QTest::newRow("wrong raw key") << QStringLiteral("wrong") << false;
    QTest::newRow("passphrase as SQLCipher passphrase") << QStringLiteral("passphrase") << false;
}

void TestEncryption::stockShellNeedsRawKey()
{
    QFETCH(QString, keyKind);
    QFETCH(bool, readable);
    // Installed by ./scripts/test; a missing shell is a failure, not a skip.
    QVERIFY2(QFileInfo::exists(QString::fromLatin1(kShell)), "the stock sqlcipher shell is not installed");
    m_db.reset(); // closed cleanly: WAL checkpointed and removed

    const QByteArray salt = fileHead(m_file, 16);
    const auto key = KeyDerivation::deriveKey(secret(kPass), salt);
    QVERIFY(key.ok());
    const QByteArray keyHex = QByteArray(key->chars(), qsizetype(key->size())).toHex();
    QByteArray keyLine;
    if (keyKind == QLatin1String("keysalt"))
        keyLine = "PRAGMA key = \"x'" + keyHex + salt.toHex() + "'\";\n";
    else if (keyKind == QLatin1String("key"))
        keyLine = "PRAGMA key = \"x'" + keyHex + "'\";\n";
    else if (keyKind == QLatin1String("wrong"))
        keyLine = "PRAGMA key = \"x'" + QByteArray(keyHex).replace('a', 'b').replace('1', '2') + "'\";\n";
    else if (keyKind == QLatin1String("passphrase"))
        keyLine = "PRAGMA key = '" + kPass.toUtf8() + "';\n";
    const QByteArray script =
        keyLine + "PRAGMA cipher_page_size = 4096;\nSELECT ascii, chinese FROM notes;\n";
    const QByteArray before = fileSha256(m_file);

    const ShellRun run = runShell(m_file, script);
    QVERIFY2(run.exitCode >= 0, "the sqlcipher shell did not run");
    if (readable) {
        QVERIFY2(run.out.contains(kAsciiMarker), run.err.constData());
        QVERIFY(run.out.contains(kChineseMarker.toUtf8()));
    } else {
        QVERIFY(!run.out.contains(kAsciiMarker));
        QVERIFY(!run.out.contains(kChineseMarker.toUtf8()));
        QVERIFY2(run.err.contains("not a database"), run.err.constData());
    }
    QCOMPARE(fileSha256(m_file), before);
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
