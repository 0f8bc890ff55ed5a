// Migrations: ordering, splitting, one transaction per step, refusing newer schemas.

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlcipherdriver.h"

#include "storagetestutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::storagetest;
using sw::ErrorCode;
using sw::storage::Database;
using sw::storage::Migrations;

namespace {

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool tableExists(QSqlDatabase db, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void compiledInMigrations();
    void splitStatements_data();
    void splitStatements();
    void stepsSortedAndValidated();
    void freshDatabaseReachesCurrentVersion();
    void reopenIsIdempotent();
    void brokenStepRollsBackEntirely();
    void tooNewRefused();

private:
    QSqlDatabase plainConnection();
    void writeMigration(const QString& name, const QByteArray& sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_migrations;
    QString m_connectionName;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_migrations = m_dir->filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(m_migrations));
}

void TestMigrations::cleanup()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_dir.reset();
}

// The runner only needs a QSqlDatabase; encryption is covered elsewhere, so an
// unkeyed QSQLCIPHER connection keeps these tests focused.
QSqlDatabase TestMigrations::plainConnection()
{
    sw::storage::registerSqlCipherDriver();
    m_connectionName = QStringLiteral("migrations-test");
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QLatin1String(sw::storage::kSqlCipherDriverName), m_connectionName);
    db.setDatabaseName(m_dir->filePath(QStringLiteral("plain.db")));
    if (!db.open())
        qWarning("open failed");
    return db;
}

void TestMigrations::writeMigration(const QString& name, const QByteArray& sql)
{
    QVERIFY(writeFile(QDir(m_migrations).filePath(name), sql));
}

void TestMigrations::compiledInMigrations()
{
    const auto steps = Migrations::steps();
    QVERIFY2(steps.ok(), qPrintable(steps.message()));
    QVERIFY(!steps->isEmpty());
    QCOMPARE(steps->first().version, 1);
    QCOMPARE(Database::currentSchemaVersion(), steps->last().version);
    QCOMPARE(Migrations::latestVersion(), steps->last().version);
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one") << QStringLiteral("CREATE TABLE a (x);\n")
                         << QStringList{QStringLiteral("CREATE TABLE a (x);")};
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\n--;\nCREATE TABLE b (y);\n")
                         << QStringList{QStringLiteral("CREATE TABLE a (x);"),
                                        QStringLiteral("CREATE TABLE b (y);")};
    QTest::newRow("comment-only chunks dropped")
        << QStringLiteral("-- header\n--;\nINSERT INTO a VALUES (1);\n--;\n-- trailing\n")
        << QStringList{QStringLiteral("INSERT INTO a VALUES (1);")};
    QTest::newRow("separator must be the whole line")
        << QStringLiteral("INSERT INTO a VALUES ('--;'); --; not a separator\n")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('--;'); --; not a separator")};
    QTest::newRow("CRLF") << QStringLiteral("SELECT 1;\r\n--;\r\nSELECT 2;\r\n")
                          << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrations::splitStatements(sql), expected);
}

void TestMigrations::stepsSortedAndValidated()
{
    writeMigration(QStringLiteral("0010_later.sql"), "SELECT 1;");
    writeMigration(QStringLiteral("0002_second.sql"), "SELECT 1;");
    writeMigration(QStringLiteral("0001_first.sql"), "SELECT 1;");
    QVERIFY(writeFile(QDir(m_migrations).filePath(QStringLiteral("README.txt")), "ignored"));
    const auto steps = Migrations::steps(m_migrations);
    QVERIFY(steps.ok());
    QList<int> versions;
    for (const auto& step : *steps)
        versions.append(step.version);
    QCOMPARE(versions, (QList<int>{1, 2, 10}));
    QCOMPARE(Migrations::latestVersion(m_migrations), 10);

    writeMigration(QStringLiteral("0002_duplicate.sql"), "SELECT 1;");
    QVERIFY(!Migrations::steps(m_migrations).ok());
    QFile::remove(QDir(m_migrations).filePath(QStringLiteral("0002_duplicate.sql")));
    writeMigration(QStringLiteral("3_badname.sql"), "SELECT 1;");
    QVERIFY(!Migrations::steps(m_migrations).ok());
}

void TestMigrations::freshDatabaseReachesCurrentVersion()
{
    auto db = Database::create(m_dir->filePath(QStringLiteral("a.db")), secret(QStringLiteral("pw")));
    QVERIFY2(db.ok(), qPrintable(db.message()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    const QSqlDatabase connection = (*db)->connection();
    for (const char* table :
         {"users", "roles", "user_roles", "teams", "settings", "audit_log", "sync_outbox", "local_state"})
        QVERIFY2(tableExists(connection, QLatin1String(table)), table);
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM roles")).toInt(), 6);
}

void TestMigrations::reopenIsIdempotent()
{
    const QString file = m_dir->filePath(QStringLiteral("a.db"));
    QVERIFY(Database::create(file, secret(QStringLiteral("pw"))).ok());
    for (int i = 0; i < 2; ++i) {
        auto db = Database::open(file, secret(QStringLiteral("pw")));
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM roles")).toInt(), 6);
        QCOMPARE(scalar((*db)->connection(),
                        QStringLiteral("SELECT count(*) FROM local_state WHERE key = 'node_id'"))
                     .toInt(),
                 1);
    }
}

void TestMigrations::brokenStepRollsBackEntirely()
{
    writeMigration(QStringLiteral("0001_base.sql"),
                   "CREATE TABLE base (x INTEGER);\n--;\nINSERT INTO base VALUES (1);\n");
    writeMigration(QStringLiteral("0002_broken.sql"),
                   "CREATE TABLE partial (y INTEGER);\n--;\nINSERT INTO partial VALUES (1);\n--;\n"
                   "UPDATE base SET x = 99;\n--;\nINSERT INTO no_such_table VALUES (1);\n");
    QSqlDatabase db = plainConnection();
    QVERIFY(db.isOpen());

    const auto failed = Migrations::apply(db, m_migrations);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.code(), ErrorCode::Database);
    QVERIFY(failed.message().contains(QLatin1String("2")));
    QVERIFY(failed.error().detail.contains(QLatin1String("0002_broken.sql")));
    // Step 1 is in, step 2 left no trace.
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QVERIFY(tableExists(db, QStringLiteral("base")));
    QVERIFY(!tableExists(db, QStringLiteral("partial")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM base")).toInt(), 1);

    // Fixing the file lets the step go through.
    writeMigration(QStringLiteral("0002_broken.sql"),
                   "CREATE TABLE partial (y INTEGER);\n--;\nUPDATE base SET x = 2;\n");
    const auto fixed = Migrations::apply(db, m_migrations);
    QVERIFY2(fixed.ok(), qPrintable(fixed.message()));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QVERIFY(tableExists(db, QStringLiteral("partial")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM base")).toInt(), 2);
}

void TestMigrations::tooNewRefused()
{
    writeMigration(QStringLiteral("0001_base.sql"), "CREATE TABLE base (x INTEGER);\n");
    writeMigration(QStringLiteral("0002_more.sql"), "CREATE TABLE more (x INTEGER);\n");
    QSqlDatabase db = plainConnection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
    const auto refused = Migrations::apply(db, m_migrations);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::SchemaTooNew);
    QVERIFY(refused.message().contains(QLatin1String("7")));
    QVERIFY(refused.message().contains(QLatin1String("2")));
    QVERIFY(!tableExists(db, QStringLiteral("base")));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 7);

    QVERIFY(Migrations::checkNotTooNew(2, 2).ok());
    QCOMPARE(Migrations::checkNotTooNew(3, 2).code(), ErrorCode::SchemaTooNew);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
