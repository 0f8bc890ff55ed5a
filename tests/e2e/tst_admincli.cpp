// End-to-end tests of the shopwarden-admin binary (docs/admin-guide.md): the real
// program through QProcess on real SQLCipher files in a temporary folder.

#include "storage/database.h"
#include "storage/secret.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sw::storage::Database;
using sw::storage::Secret;

namespace {

const QString kPassphrase = QStringLiteral("correct horse 电池 staple");
const QString kOtherPassphrase = QStringLiteral("a different passphrase 42");
const QString kAdminPassword = QStringLiteral("Sw-admin-2024-secure");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A unique file name per call so every test starts from nothing.
    QString fresh(const QString& suffix)
    {
        return path(QStringLiteral("f%1%2").arg(++m_counter).arg(suffix));
    }

    QString writeFile(const QByteArray& content)
    {
        const QString p = fresh(QStringLiteral(".txt"));
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(p));
        return p;
    }
    QString secretFile(const QString& text) { return writeFile(text.toUtf8() + "\n"); }

    Run run(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SW_ADMIN_PATH), arguments);
        if (!p.waitForStarted(30000))
            qFatal("shopwarden-admin did not start");
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(300000))
            qFatal("shopwarden-admin did not finish");
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A new database made by `init`; returns its path.
    QString initDatabase(const QString& passphrase = kPassphrase)
    {
        const QString db = fresh(QStringLiteral(".db"));
        const Run r =
            run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                 secretFile(passphrase), QStringLiteral("--admin"), QStringLiteral("chief"),
                 QStringLiteral("--admin-password-file"), secretFile(kAdminPassword)});
        if (r.exitCode != 0)
            qFatal("init failed: %s", qPrintable(r.err));
        return db;
    }

    Run check(const QString& db, const QString& passphrase = kPassphrase)
    {
        return run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                    secretFile(passphrase)});
    }

    // Runs SQL on a database through the library, the way a tamperer with the key would.
    void execSql(const QString& db, const QString& sql)
    {
        auto opened = Database::open(db, Secret::fromUtf8(kPassphrase));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        {
            QSqlQuery q((*opened)->connection());
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        (*opened)->releaseThreadConnection();
    }

    QVariant queryValue(const QString& db, const QString& sql)
    {
        auto opened = Database::open(db, Secret::fromUtf8(kPassphrase));
        if (!opened.ok())
            return QStringLiteral("open failed: %1").arg(opened.message());
        QVariant value;
        {
            QSqlQuery q((*opened)->connection());
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        (*opened)->releaseThreadConnection();
        return value;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        const QString x = QStringLiteral("x.db");
        QTest::newRow("no command") << QStringList{} << 2 << "Usage";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "Unknown command";
        QTest::newRow("init without options") << QStringList{"init"} << 2 << "--db";
        QTest::newRow("init without admin")
            << QStringList{"init", "--db", x, "--passphrase-file", "p", "--admin-password-file", "p"} << 2
            << "--admin";
        QTest::newRow("check without passphrase")
            << QStringList{"check", "--db", x} << 2 << "--passphrase-file";
        QTest::newRow("unknown option") << QStringList{"check", "--db", x, "--bogus"} << 2 << "bogus";
        QTest::newRow("stray argument")
            << QStringList{"check", "--db", x, "--passphrase-file", "p", "extra"} << 2 << "extra";
        QTest::newRow("empty value") << QStringList{"check", "--db=", "--passphrase-file", "p"} << 2
                                     << "--db";
        QTest::newRow("rekey without new")
            << QStringList{"rekey", "--db", x, "--passphrase-file", "p"} << 2 << "--new-passphrase-file";
        QTest::newRow("backup without out")
            << QStringList{"backup", "--db", x, "--passphrase-file", "p"} << 2 << "--out";
        QTest::newRow("restore without backup")
            << QStringList{"restore", "--db", x, "--passphrase-file", "p"} << 2 << "--backup";
        QTest::newRow("bench without rows") << QStringList{"bench", "storage", "--json"} << 2 << "--rows";
        QTest::newRow("bench bad rows") << QStringList{"bench", "storage", "--rows", "many"} << 2 << "--rows";
        QTest::newRow("bench unknown kind") << QStringList{"bench", "disk", "--rows", "10"} << 2 << "disk";
        QTest::newRow("bench without kind") << QStringList{"bench", "--rows", "10"} << 2 << "storage";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Usage")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.db")));
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stdoutHas");
        QTest::newRow("--help") << QStringList{"--help"} << "restore";
        QTest::newRow("init --help") << QStringList{"init", "--help"} << "--admin-password-file";
        QTest::newRow("check --help") << QStringList{"check", "--help"} << "--passphrase-file";
        QTest::newRow("restore --help") << QStringList{"restore", "--help"} << "--backup";
        QTest::newRow("bench --help") << QStringList{"bench", "--help"} << "--rows";
        QTest::newRow("--version") << QStringList{"--version"} << "shopwarden-admin 0.";
    }

    void helpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stdoutHas);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void initThenCheckPrintsOkLast()
    {
        const QString db = initDatabase();
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));
        f.close();

        const Run r = check(db);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outLines();
        QCOMPARE(lines.constLast(), QStringLiteral("ok"));
        QVERIFY2(r.out.contains(QLatin1String("cipher: SQLCipher")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("integrity: ok")));
        QVERIFY(
            r.out.contains(QStringLiteral("schema: version %1 of %1").arg(Database::currentSchemaVersion())));
        QVERIFY(r.out.contains(QLatin1String("audit chain:")));
        QVERIFY(r.out.contains(QLatin1String("intact")));
        QVERIFY2(!r.out.contains(kPassphrase) && !r.err.contains(kPassphrase), "a secret was printed");

        // The administrator exists and can be read back through the library.
        QCOMPARE(queryValue(db, QStringLiteral("SELECT login FROM users")).toString(),
                 QStringLiteral("chief"));
    }

    void initRefusesExistingFile_data()
    {
        QTest::addColumn<bool>("database");
        QTest::newRow("plain file") << false;
        QTest::newRow("existing database") << true;
    }

    void initRefusesExistingFile()
    {
        QFETCH(bool, database);
        const QString target = database ? initDatabase() : writeFile("precious notes\n");
        const QByteArray before = sha256(target);
        const Run r = run({"init", "--db", target, "--passphrase-file", secretFile(kOtherPassphrase),
                           "--admin", "other", "--admin-password-file", secretFile(kAdminPassword)});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
        QCOMPARE(sha256(target), before);
    }

    void initRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("bothFromStdin");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("empty passphrase")
            << QByteArray("\n") << QByteArray("Sw-admin-2024-secure\n") << false << 2;
        QTest::newRow("empty passphrase file")
            << QByteArray() << QByteArray("Sw-admin-2024-secure\n") << false << 2;
        QTest::newRow("empty password") << QByteArray("pass phrase\n") << QByteArray("\r\n") << false << 2;
        QTest::newRow("short password") << QByteArray("pass phrase\n") << QByteArray("abc\n") << false << 2;
        QTest::newRow("both from stdin")
            << QByteArray("pass phrase\n") << QByteArray("Sw-admin-2024-secure\n") << true << 2;
    }

    void initRejectsBadInput()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, password);
        QFETCH(bool, bothFromStdin);
        QFETCH(int, exitCode);
        const QString db = fresh(QStringLiteral(".db"));
        const QString passFile = bothFromStdin ? QStringLiteral("-") : writeFile(passphrase);
        const QString pwFile = bothFromStdin ? QStringLiteral("-") : writeFile(password);
        const Run r = run({"init", "--db", db, "--passphrase-file", passFile, "--admin", "chief",
                           "--admin-password-file", pwFile},
                          bothFromStdin ? passphrase + password : QByteArray());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(!QFile::exists(db), "a refused init left a file behind");
    }

    void initWithMissingPassphraseFile()
    {
        const QString db = fresh(QStringLiteral(".db"));
        const Run r = run({"init", "--db", db, "--passphrase-file", path(QStringLiteral("nope.txt")),
                           "--admin", "chief", "--admin-password-file", secretFile(kAdminPassword)});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
    }

    void checkWithWrongPassphraseChangesNothing()
    {
        const QString db = initDatabase();
        const QByteArray before = sha256(db);
        const Run r = check(db, kOtherPassphrase);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.outLines().contains(QStringLiteral("ok")));
        QCOMPARE(sha256(db), before);
        QVERIFY(!r.err.contains(kOtherPassphrase));
    }

    void checkRefusesForeignFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<int>>("exitCodes");
        QTest::newRow("random bytes") << "random" << QList<int>{3};
        QTest::newRow("empty file") << "empty" << QList<int>{3};
        QTest::newRow("text file") << "text" << QList<int>{3};
        QTest::newRow("truncated database") << "truncated" << QList<int>{3, 4};
        QTest::newRow("truncated at a page boundary") << "truncated-page" << QList<int>{3, 4};
        QTest::newRow("unencrypted sqlite") << "plain" << QList<int>{3};
        QTest::newRow("folder") << "folder" << QList<int>{4};
        QTest::newRow("missing file") << "missing" << QList<int>{4};
    }

    void checkRefusesForeignFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QList<int>, exitCodes);
        QString target = fresh(QStringLiteral(".db"));
        if (kind == QLatin1String("random")) {
            QByteArray bytes(4096 * 8, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            target = writeFile(bytes);
        } else if (kind == QLatin1String("empty")) {
            target = writeFile({});
        } else if (kind == QLatin1String("text")) {
            target = writeFile("this is not a database\n");
        } else if (kind.startsWith(QLatin1String("truncated"))) {
            const QString db = initDatabase();
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const qint64 half = f.size() / 2;
            target = writeFile(f.read(kind == QLatin1String("truncated") ? half + 100 : half - half % 4096));
        } else if (kind == QLatin1String("plain")) {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlcipher"),
                         {target, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1);")});
            if (!sqlite.waitForFinished(30000) || sqlite.exitCode() != 0)
                QSKIP("the sqlcipher shell is not installed");
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(target));
        }
        const QByteArray before = QFileInfo(target).isFile() ? sha256(target) : QByteArray();
        const Run r = check(target);
        QVERIFY2(exitCodes.contains(r.exitCode),
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(!r.err.trimmed().isEmpty(), "no message");
        QVERIFY(!r.outLines().contains(QStringLiteral("ok")));
        if (kind == QLatin1String("missing"))
            QVERIFY(!QFileInfo::exists(target));
        else if (!before.isEmpty() || kind == QLatin1String("empty"))
            QCOMPARE(sha256(target), before);
    }

    void passphraseFromStdin_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("newline") << (kPassphrase.toUtf8() + "\n");
        QTest::newRow("crlf") << (kPassphrase.toUtf8() + "\r\n");
        QTest::newRow("no newline") << kPassphrase.toUtf8();
        QTest::newRow("more lines") << (kPassphrase.toUtf8() + "\nignored second line\n");
    }

    void passphraseFromStdin()
    {
        QFETCH(QByteArray, input);
        static QString db;
        if (db.isEmpty())
            db = initDatabase();
        const Run r = run({"check", "--db", db, "--passphrase-file", "-"}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().constLast(), QStringLiteral("ok"));
    }

    void emptyPassphraseFromStdinIsUsageError()
    {
        const QString db = initDatabase();
        const Run r = run({"check", "--db", db, "--passphrase-file", "-"}, QByteArray("\n"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("empty")), qPrintable(r.err));
    }

    void rekeyOldFailsNewWorks()
    {
        const QString db = initDatabase();
        const Run r = run({"rekey", "--db", db, "--passphrase-file", secretFile(kPassphrase),
                           "--new-passphrase-file", secretFile(kOtherPassphrase)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(check(db, kPassphrase).exitCode, 3);
        const Run after = check(db, kOtherPassphrase);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.outLines().constLast(), QStringLiteral("ok"));
    }

    void rekeyWithWrongPassphraseChangesNothing()
    {
        const QString db = initDatabase();
        const QByteArray before = sha256(db);
        const Run r = run({"rekey", "--db", db, "--passphrase-file", secretFile(kOtherPassphrase),
                           "--new-passphrase-file", secretFile(QStringLiteral("third passphrase"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(sha256(db), before);
        QCOMPARE(check(db).exitCode, 0);
    }

    void backupRestoreRoundTrip()
    {
        const QString db = initDatabase();
        const QString backup = fresh(QStringLiteral(".bak"));
        const Run b =
            run({"backup", "--db", db, "--passphrase-file", secretFile(kPassphrase), "--out", backup});
        QCOMPARE(b.exitCode, 0);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(check(backup).exitCode, 0);

        // Change the database after the backup, then put the backup back.
        execSql(db, QStringLiteral(
                        "INSERT INTO settings (id, key, value) VALUES ('m1', 'marker', 'after backup')"));
        QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'marker'")).toInt(),
                 1);
        const Run r =
            run({"restore", "--backup", backup, "--passphrase-file", secretFile(kPassphrase), "--db", db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'marker'")).toInt(),
                 0);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT login FROM users")).toString(),
                 QStringLiteral("chief"));
        const Run c = check(db);
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(c.outLines().constLast(), QStringLiteral("ok"));

        // Restoring to a new place works too.
        const QString copy = fresh(QStringLiteral(".db"));
        QCOMPARE(
            run({"restore", "--backup", backup, "--passphrase-file", secretFile(kPassphrase), "--db", copy})
                .exitCode,
            0);
        QCOMPARE(check(copy).exitCode, 0);
    }

    void backupRefusesExistingOut()
    {
        const QString db = initDatabase();
        const QString out = writeFile("keep me\n");
        const QByteArray before = sha256(out);
        const Run r = run({"backup", "--db", db, "--passphrase-file", secretFile(kPassphrase), "--out", out});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(sha256(out), before);
    }

    void restoreRefusesBadBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("corrupted") << "corrupted" << 4;
        QTest::newRow("foreign (other passphrase)") << "foreign" << 3;
        QTest::newRow("random bytes") << "random" << 3;
        QTest::newRow("tampered audit chain") << "tampered" << 4;
    }

    void restoreRefusesBadBackup()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        const QString target = initDatabase();
        execSql(target,
                QStringLiteral("INSERT INTO settings (id, key, value) VALUES ('m1', 'marker', 'target')"));
        const QByteArray before = sha256(target);

        QString backup = fresh(QStringLiteral(".bak"));
        if (kind == QLatin1String("random")) {
            QByteArray bytes(4096 * 8, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            backup = writeFile(bytes);
        } else {
            const bool foreign = kind == QLatin1String("foreign");
            const QString source = initDatabase(foreign ? kOtherPassphrase : kPassphrase);
            if (kind == QLatin1String("tampered"))
                execSql(source, QStringLiteral(
                                    "UPDATE audit_log SET after_json = '{\"forged\":true}' WHERE seq = 1"));
            QCOMPARE(run({"backup", "--db", source, "--passphrase-file",
                          secretFile(foreign ? kOtherPassphrase : kPassphrase), "--out", backup})
                         .exitCode,
                     0);
        }
        if (kind == QLatin1String("corrupted")) {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 middle = f.size() / 2;
            QVERIFY(f.seek(middle));
            QByteArray bytes = f.read(64);
            for (char& c : bytes)
                c = char(~c);
            QVERIFY(f.seek(middle));
            QCOMPARE(f.write(bytes), qint64(bytes.size()));
        }
        const Run r = run(
            {"restore", "--backup", backup, "--passphrase-file", secretFile(kPassphrase), "--db", target});
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY(r.err.contains(QLatin1String("unchanged")));
        QCOMPARE(sha256(target), before);
        QCOMPARE(check(target).exitCode, 0);
        // No temporary copy is left next to the target.
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral(".*.tmp*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void checkDetectsTamperedAuditChain()
    {
        const QString db = initDatabase();
        QVERIFY(check(db).exitCode == 0);
        execSql(db,
                QStringLiteral("UPDATE audit_log SET after_json = '{\"login\":\"mallory\"}' WHERE seq = 1"));
        const Run r = check(db);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("entry 1")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("audit chain: BROKEN")));
        QVERIFY(r.outLines().constLast() != QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
