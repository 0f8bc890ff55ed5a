// Tests for the QSQLCIPHER driver (core/storage/sqlcipherdriver.h) against real,
// keyed SQLCipher files: every connection is keyed with sqlite3_key() on the raw handle
// right after open(), exactly as Database does.

#include "storage/sqlcipherdriver.h"

#include <QDateTime>
#include <QPoint>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlRelationalTableModel>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <limits>
#include <memory>

using sw::storage::SqlCipherDriver;

namespace {

const QString kConn = QStringLiteral("tst_sqlcipherdriver");
const QByteArray kRawKey = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";

sqlite3* handleOf(const QSqlDatabase& db)
{
    return qvariant_cast<sqlite3*>(db.driver()->handle());
}

bool keyConnection(const QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_key(handle, kRawKey.constData(), int(kRawKey.size())) == SQLITE_OK;
}

// Opens (and by default keys) a named connection; the caller checks isOpen().
QSqlDatabase openConnection(const QString& name, const QString& path, const QString& options = {},
                            bool key = true)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(sw::storage::kSqlCipherDriverName), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (db.open() && key && !keyConnection(db))
        db.close();
    return db;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

} // namespace

#define EXEC(db, sql)                                                                                        \
    do {                                                                                                     \
        QSqlQuery q_(db);                                                                                    \
        QVERIFY2(q_.exec(sql), qPrintable(q_.lastError().text()));                                           \
    } while (false)

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void encryptedFile();
    void openRunsNoSql();
    void openOptions();
    void handleVariant();
    void bindRoundTrip_data();
    void bindRoundTrip();
    void nullTypedByDeclaration();
    void placeholders();
    void unsupportedTypeIsAnError();
    void multipleStatementsAreAnError();
    void blob10MB();
    void transactions();
    void lastInsertIdAndRowsAffected();
    void forwardOnlyIteration();
    void scrollableSeeks();
    void precisionPolicy_data();
    void precisionPolicy();
    void recordAndPrimaryIndex();
    void tables();
    void escapedIdentifiers_data();
    void escapedIdentifiers();
    void formatValue_data();
    void formatValue();
    void errors_data();
    void errors();
    void busyIsReported();
    void queryModel();
    void tableModel();
    void relationalTableModel();
    void closeWhileQueryActive();
    void finishReleasesReadLock();
    void queryOutlivesConnection();
    void twoThreads();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(kConn, false); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestSqlCipherDriver::initTestCase()
{
    sw::storage::registerSqlCipherDriver();
    sw::storage::registerSqlCipherDriver(); // idempotent
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    QVERIFY(m_dir.isValid());
}

void TestSqlCipherDriver::init()
{
    m_path = m_dir.filePath(QStringLiteral("test-%1.db").arg(++m_counter));
    QSqlDatabase database = openConnection(kConn, m_path);
    QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
}

void TestSqlCipherDriver::cleanup()
{
    {
        QSqlDatabase database = db();
        database.close();
    }
    QSqlDatabase::removeDatabase(kConn);
}

void TestSqlCipherDriver::encryptedFile()
{
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("PRAGMA cipher_version")), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    EXEC(db(), QStringLiteral("CREATE TABLE t(x TEXT)"));
    EXEC(db(), QStringLiteral("INSERT INTO t VALUES ('plain words')"));

    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("plain words"));

    // Without the key the file is unreadable.
    QSqlDatabase other = openConnection(QStringLiteral("nokey"), m_path, {}, false);
    QVERIFY(other.isOpen());
    {
        QSqlQuery bad(other);
        QVERIFY(!bad.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        QCOMPARE(bad.lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("nokey"));
}

void TestSqlCipherDriver::openRunsNoSql()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x)"));
    // open() must leave the handle untouched: had it read the encrypted file, keying
    // afterwards could not make it readable.
    QSqlDatabase second = openConnection(QStringLiteral("second"), m_path, {}, false);
    QVERIFY(second.isOpen());
    QVERIFY(sqlite3_next_stmt(handleOf(second), nullptr) == nullptr);
    QVERIFY(keyConnection(second));
    QCOMPARE(scalar(second, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
    second.close();
    second = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("second"));
}

void TestSqlCipherDriver::openOptions()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x)"));
    {
        QSqlDatabase ro = openConnection(QStringLiteral("ro"), m_path, QStringLiteral("SW_OPEN_READONLY"));
        QVERIFY(ro.isOpen());
        QCOMPARE(scalar(ro, QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
        QSqlQuery q(ro);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_READONLY);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
    {
        QSqlDatabase bad =
            openConnection(QStringLiteral("bad"), m_path, QStringLiteral("SW_BUSY_TIMEOUT=soon"));
        QVERIFY(!bad.isOpen());
        QCOMPARE(bad.lastError().type(), QSqlError::ConnectionError);
        QVERIFY(!bad.lastError().driverText().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad"));
    {
        QSqlDatabase missing =
            openConnection(QStringLiteral("missing"), m_dir.filePath(QStringLiteral("no/such/dir/x.db")));
        QVERIFY(!missing.isOpen());
        QCOMPARE(missing.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(missing.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_CANTOPEN);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("missing"));
}

void TestSqlCipherDriver::handleVariant()
{
    const QVariant handle = db().driver()->handle();
    QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
    auto* driver = qobject_cast<SqlCipherDriver*>(db().driver());
    QVERIFY(driver);
    QVERIFY(driver->sqliteHandle() != nullptr);
    QCOMPARE(qvariant_cast<sqlite3*>(handle), driver->sqliteHandle());
}

void TestSqlCipherDriver::bindRoundTrip_data()
{
    QTest::addColumn<QString>("declaredType");
    QTest::addColumn<QVariant>("bound");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("storageClass");

    const qint64 big = qint64(1) << 31;
    QTest::newRow("2^31") << "INTEGER" << QVariant(big) << QVariant(qlonglong(big)) << "integer";
    QTest::newRow("2^40+7") << "INTEGER" << QVariant(qlonglong((qint64(1) << 40) + 7))
                            << QVariant(qlonglong((qint64(1) << 40) + 7)) << "integer";
    QTest::newRow("int64 min") << "INTEGER" << QVariant(std::numeric_limits<qlonglong>::min())
                               << QVariant(std::numeric_limits<qlonglong>::min()) << "integer";
    QTest::newRow("int64 max") << "INTEGER" << QVariant(std::numeric_limits<qlonglong>::max())
                               << QVariant(std::numeric_limits<qlonglong>::max()) << "integer";
    QTest::newRow("int") << "INTEGER" << QVariant(-42) << QVariant(qlonglong(-42)) << "integer";
    QTest::newRow("uint64 fits") << "INTEGER" << QVariant(qulonglong(5)) << QVariant(qlonglong(5))
                                 << "integer";
    QTest::newRow("bool") << "INTEGER" << QVariant(true) << QVariant(qlonglong(1)) << "integer";
    QTest::newRow("double") << "REAL" << QVariant(3.25) << QVariant(3.25) << "real";
    QTest::newRow("tiny double") << "REAL" << QVariant(1e-300) << QVariant(1e-300) << "real";
    QTest::newRow("chinese") << "TEXT" << QVariant(QStringLiteral("店务管家：客户“张三”"))
                             << QVariant(QStringLiteral("店务管家：客户“张三”")) << "text";
    QTest::newRow("empty text") << "TEXT" << QVariant(QStringLiteral("")) << QVariant(QStringLiteral(""))
                                << "text";
    QTest::newRow("quote text") << "TEXT" << QVariant(QStringLiteral("it's"))
                                << QVariant(QStringLiteral("it's")) << "text";
    QTest::newRow("blob") << "BLOB" << QVariant(QByteArray("a\0b\xff", 4))
                          << QVariant(QByteArray("a\0b\xff", 4)) << "blob";
    QTest::newRow("empty blob") << "BLOB" << QVariant(QByteArray("")) << QVariant(QByteArray()) << "blob";
    QTest::newRow("date") << "DATE" << QVariant(QDate(2024, 2, 29)) << QVariant(QStringLiteral("2024-02-29"))
                          << "text";
    QTest::newRow("time") << "TIME" << QVariant(QTime(13, 5, 9, 120))
                          << QVariant(QStringLiteral("13:05:09.120")) << "text";
    QTest::newRow("datetime to utc") << "DATETIME"
                                     << QVariant(QDateTime(QDate(2024, 1, 2), QTime(8, 30, 0, 5),
                                                           QTimeZone(8 * 3600)))
                                     << QVariant(QStringLiteral("2024-01-02T00:30:00.005Z")) << "text";
    QTest::newRow("null int") << "INTEGER" << QVariant(QMetaType::fromType<int>()) << QVariant() << "null";
    QTest::newRow("null string") << "TEXT" << QVariant(QString()) << QVariant() << "null";
    QTest::newRow("null bytes") << "BLOB" << QVariant(QByteArray()) << QVariant() << "null";
    QTest::newRow("null datetime") << "DATETIME" << QVariant(QDateTime()) << QVariant() << "null";
    QTest::newRow("invalid variant") << "REAL" << QVariant() << QVariant() << "null";
}

void TestSqlCipherDriver::bindRoundTrip()
{
    QFETCH(QString, declaredType);
    QFETCH(QVariant, bound);
    QFETCH(QVariant, expected);
    QFETCH(QString, storageClass);

    EXEC(db(), QStringLiteral("CREATE TABLE v(x %1)").arg(declaredType));
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO v(x) VALUES (?)")));
    insert.addBindValue(bound);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT x, typeof(x) FROM v")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), storageClass);
    if (!expected.isValid()) {
        QVERIFY(q.isNull(0));
        QVERIFY(q.value(0).isNull());
    } else {
        QVERIFY(!q.isNull(0));
        QCOMPARE(q.value(0).metaType(), expected.metaType());
        QCOMPARE(q.value(0), expected);
    }
    QVERIFY(!q.next());
}

void TestSqlCipherDriver::nullTypedByDeclaration()
{
    EXEC(db(), QStringLiteral("CREATE TABLE n(i INTEGER, t TEXT, r REAL, b BLOB, d DATETIME)"));
    EXEC(db(), QStringLiteral("INSERT INTO n VALUES (NULL, NULL, NULL, NULL, NULL)"));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT i, t, r, b, d FROM n")));
    QVERIFY(q.next());
    const QList<QMetaType> types = {QMetaType::fromType<qlonglong>(), QMetaType::fromType<QString>(),
                                    QMetaType::fromType<double>(), QMetaType::fromType<QByteArray>(),
                                    QMetaType::fromType<QString>()};
    for (int c = 0; c < types.size(); ++c) {
        QVERIFY(q.isNull(c));
        QCOMPARE(q.value(c).metaType(), types.at(c));
        QCOMPARE(q.record().field(c).metaType(), types.at(c));
    }
}

void TestSqlCipherDriver::placeholders()
{
    EXEC(db(), QStringLiteral("CREATE TABLE p(a INTEGER, b TEXT, c INTEGER)"));
    QSqlQuery q(db());
    // Named, with a name used twice.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (:a, :b, :a)")));
    q.bindValue(QStringLiteral(":a"), 7);
    q.bindValue(QStringLiteral(":b"), QStringLiteral("named"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Named placeholders bound by position.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (:x, :y, :z)")));
    q.bindValue(0, 1);
    q.bindValue(1, QStringLiteral("by position"));
    q.bindValue(2, 3);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Positional with addBindValue and bindValue(int).
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
    q.addBindValue(10);
    q.addBindValue(QStringLiteral("positional"));
    q.addBindValue(30);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.bindValue(0, 11);
    q.bindValue(1, QStringLiteral("rebound"));
    q.bindValue(2, 31);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // A placeholder inside a string literal is not a placeholder.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, 'what? :no', ?)")));
    q.addBindValue(20);
    q.addBindValue(21);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QSqlQuery check(db());
    QVERIFY(check.exec(QStringLiteral("SELECT a, b, c FROM p ORDER BY rowid")));
    const QList<QVariantList> expected = {{7, QStringLiteral("named"), 7},
                                          {1, QStringLiteral("by position"), 3},
                                          {10, QStringLiteral("positional"), 30},
                                          {11, QStringLiteral("rebound"), 31},
                                          {20, QStringLiteral("what? :no"), 21}};
    for (const QVariantList& row : expected) {
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), row.at(0).toInt());
        QCOMPARE(check.value(1).toString(), row.at(1).toString());
        QCOMPARE(check.value(2).toInt(), row.at(2).toInt());
    }
    QVERIFY(!check.next());

    // Batches go through the same binding.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
    q.addBindValue(QVariantList{100, 101});
    q.addBindValue(QVariantList{QStringLiteral("batch"), QVariant(QMetaType::fromType<QString>())});
    q.addBindValue(QVariantList{102, 103});
    QVERIFY2(q.execBatch(), qPrintable(q.lastError().text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM p WHERE a >= 100 AND b IS NULL")).toInt(), 1);

    // Too few positional values is an error, not a silent NULL.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
    q.addBindValue(1);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
}

void TestSqlCipherDriver::unsupportedTypeIsAnError()
{
    EXEC(db(), QStringLiteral("CREATE TABLE u(x)"));
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO u VALUES (?)")));
    q.addBindValue(QPoint(1, 2));
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(q.lastError().driverText().contains(QLatin1String("QPoint")));
    q.addBindValue(QVariant(std::numeric_limits<qulonglong>::max()));
    QVERIFY(!q.exec());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM u")).toInt(), 0);
}

void TestSqlCipherDriver::multipleStatementsAreAnError()
{
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(x)")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(!db().tables().contains(QStringLiteral("a")));
    // A trailing semicolon or comment is still one statement.
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE c(x); -- done\n")), qPrintable(q.lastError().text()));
    QVERIFY(db().tables().contains(QStringLiteral("c")));
}

void TestSqlCipherDriver::blob10MB()
{
    EXEC(db(), QStringLiteral("CREATE TABLE b(id INTEGER PRIMARY KEY, data BLOB)"));
    QByteArray blob(10 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char((i * 7919) >> 3);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO b(data) VALUES (:data)")));
    q.bindValue(QStringLiteral(":data"), blob);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QSqlQuery read(db());
    read.setForwardOnly(true);
    QVERIFY(read.exec(QStringLiteral("SELECT data FROM b")));
    QVERIFY(read.next());
    const QByteArray back = read.value(0).toByteArray();
    QCOMPARE(back.size(), blob.size());
    QVERIFY(back == blob);
}

void TestSqlCipherDriver::transactions()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x INTEGER)"));
    QVERIFY(db().transaction());
    EXEC(db(), QStringLiteral("INSERT INTO t VALUES (1)"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
    QVERIFY(db().rollback());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);

    QVERIFY(db().transaction());
    EXEC(db(), QStringLiteral("INSERT INTO t VALUES (2)"));
    QVERIFY(db().commit());
    {
        QSqlDatabase other = openConnection(QStringLiteral("other"), m_path);
        QVERIFY(other.isOpen());
        QCOMPARE(scalar(other, QStringLiteral("SELECT sum(x) FROM t")).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));

    // Nested BEGIN is refused with a transaction error.
    QVERIFY(db().transaction());
    QVERIFY(!db().driver()->beginTransaction());
    QCOMPARE(db().driver()->lastError().type(), QSqlError::TransactionError);
    QVERIFY(db().rollback());
    QVERIFY(!db().commit());
    QCOMPARE(db().lastError().type(), QSqlError::TransactionError);
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, x INTEGER)"));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(id, x) VALUES (5000000000, 1)")));
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(5000000000)));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(x) VALUES (2)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 5000000001LL);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(x) SELECT x FROM t")));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET x = x + 1 WHERE x = 2")));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(!q.lastInsertId().isValid());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM t WHERE x = 42")));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE u(y)")));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM t")));
    QCOMPARE(q.numRowsAffected(), -1);
    QCOMPARE(q.size(), -1);
}

void TestSqlCipherDriver::forwardOnlyIteration()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x INTEGER)"));
    EXEC(db(), QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 99) "
                              "INSERT INTO t SELECT n FROM c"));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    int expected = 0;
    while (q.next())
        QCOMPARE(q.value(0).toInt(), expected++);
    QCOMPARE(expected, 100);

    QVERIFY(q.exec(QStringLiteral("SELECT x FROM t ORDER BY x")));
    QVERIFY(q.seek(10));
    QCOMPARE(q.value(0).toInt(), 10);
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::seek: cannot seek backwards in a forward only query");
    QVERIFY(!q.previous());
    QVERIFY(q.last());
    QCOMPARE(q.value(0).toInt(), 99);
}

void TestSqlCipherDriver::scrollableSeeks()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x INTEGER)"));
    EXEC(db(), QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 9) "
                              "INSERT INTO t SELECT n FROM c"));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT x, x * 10 FROM t ORDER BY x")));
    QVERIFY(q.next());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 9);
    QCOMPARE(q.value(1).toInt(), 90);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toInt(), 8);
    QVERIFY(q.seek(3));
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(q.seek(-2, true));
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.first());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!q.previous());
    QVERIFY(!q.seek(10));
    QVERIFY(q.seek(9));
    QVERIFY(!q.next());

    QVERIFY(q.exec(QStringLiteral("SELECT x FROM t WHERE x > 100")));
    QVERIFY(!q.next());
    QVERIFY(!q.last());
}

void TestSqlCipherDriver::precisionPolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QVariant>("integer");
    QTest::addColumn<QVariant>("real");
    QTest::newRow("int32") << int(QSql::LowPrecisionInt32) << QVariant(7) << QVariant(2);
    QTest::newRow("int64") << int(QSql::LowPrecisionInt64) << QVariant(qlonglong(7))
                           << QVariant(qlonglong(2));
    // The default policy: integers stay exact.
    QTest::newRow("double") << int(QSql::LowPrecisionDouble) << QVariant(qlonglong(7)) << QVariant(2.5);
    QTest::newRow("high") << int(QSql::HighPrecision) << QVariant(qlonglong(7)) << QVariant(2.5);
}

void TestSqlCipherDriver::precisionPolicy()
{
    QFETCH(int, policy);
    QFETCH(QVariant, integer);
    QFETCH(QVariant, real);
    QSqlQuery q(db());
    q.setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy(policy));
    QVERIFY(q.exec(QStringLiteral("SELECT 7, 2.5")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).metaType(), integer.metaType());
    QCOMPARE(q.value(0), integer);
    QCOMPARE(q.value(1).metaType(), real.metaType());
    QCOMPARE(q.value(1), real);
}

void TestSqlCipherDriver::recordAndPrimaryIndex()
{
    EXEC(db(), QStringLiteral("CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'it''s', "
                              "price REAL, photo BLOB, qty int, anything, created DATETIME)"));
    EXEC(db(), QStringLiteral("CREATE TABLE pair(b TEXT, a TEXT, v INTEGER, PRIMARY KEY (a, b))"));

    const QSqlRecord rec = db().record(QStringLiteral("item"));
    QCOMPARE(rec.count(), 7);
    const QStringList names = {"id", "name", "price", "photo", "qty", "anything", "created"};
    const QList<QMetaType> types = {QMetaType::fromType<qlonglong>(), QMetaType::fromType<QString>(),
                                    QMetaType::fromType<double>(),    QMetaType::fromType<QByteArray>(),
                                    QMetaType::fromType<qlonglong>(), QMetaType::fromType<QByteArray>(),
                                    QMetaType::fromType<QString>()};
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(rec.fieldName(i), names.at(i));
        QCOMPARE(rec.field(i).metaType(), types.at(i));
        QCOMPARE(rec.field(i).tableName(), QStringLiteral("item"));
    }
    QVERIFY(rec.field(QStringLiteral("id")).isAutoValue());
    QVERIFY(!rec.field(QStringLiteral("qty")).isAutoValue());
    QCOMPARE(rec.field(QStringLiteral("name")).requiredStatus(), QSqlField::Required);
    QCOMPARE(rec.field(QStringLiteral("price")).requiredStatus(), QSqlField::Optional);
    QCOMPARE(rec.field(QStringLiteral("name")).defaultValue().toString(), QStringLiteral("it's"));

    const QSqlIndex pk = db().primaryIndex(QStringLiteral("item"));
    QCOMPARE(pk.count(), 1);
    QCOMPARE(pk.fieldName(0), QStringLiteral("id"));

    const QSqlIndex pairPk = db().primaryIndex(QStringLiteral("pair"));
    QCOMPARE(pairPk.count(), 2);
    QCOMPARE(pairPk.fieldName(0), QStringLiteral("a"));
    QCOMPARE(pairPk.fieldName(1), QStringLiteral("b"));
    QVERIFY(!db().record(QStringLiteral("pair")).field(QStringLiteral("v")).isAutoValue());

    // Qualified and escaped forms name the same table.
    QCOMPARE(db().record(QStringLiteral("main.item")).count(), 7);
    QCOMPARE(db().record(QStringLiteral("\"main\".\"item\"")).count(), 7);
    QCOMPARE(db().record(QStringLiteral("\"item\"")).count(), 7);
    QVERIFY(db().record(QStringLiteral("nope")).isEmpty());
    QVERIFY(db().primaryIndex(QStringLiteral("nope")).isEmpty());

    // A query's record carries names and declared types.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name AS label, price, 1 + 1 AS two FROM item")));
    const QSqlRecord qrec = q.record();
    QCOMPARE(qrec.count(), 4);
    QCOMPARE(qrec.fieldName(1), QStringLiteral("label"));
    QCOMPARE(qrec.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(qrec.field(2).metaType(), QMetaType::fromType<double>());
}

void TestSqlCipherDriver::tables()
{
    EXEC(db(), QStringLiteral("CREATE TABLE b_table(id INTEGER PRIMARY KEY AUTOINCREMENT)"));
    EXEC(db(), QStringLiteral("CREATE TABLE a_table(x)"));
    EXEC(db(), QStringLiteral("CREATE VIEW v_view AS SELECT * FROM a_table"));
    QCOMPARE(db().tables(QSql::Tables), (QStringList{"a_table", "b_table"}));
    QCOMPARE(db().tables(QSql::Views), QStringList{"v_view"});
    const QStringList system = db().tables(QSql::SystemTables);
    QVERIFY(system.contains(QStringLiteral("sqlite_master")));
    QVERIFY(system.contains(QStringLiteral("sqlite_sequence")));
    QCOMPARE(db().tables(QSql::AllTables).size(), 3 + system.size());
}

void TestSqlCipherDriver::escapedIdentifiers_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("escapedTable");
    QTest::newRow("quote") << QStringLiteral("we\"ird") << QStringLiteral("co\"l")
                           << QStringLiteral("\"we\"\"ird\"");
    QTest::newRow("space") << QStringLiteral("two words") << QStringLiteral("a column")
                           << QStringLiteral("\"two words\"");
    QTest::newRow("chinese") << QStringLiteral("客户 \"资料\"") << QStringLiteral("姓名")
                             << QStringLiteral("\"客户 \"\"资料\"\"\"");
    QTest::newRow("keyword") << QStringLiteral("order") << QStringLiteral("select")
                             << QStringLiteral("\"order\"");
}

void TestSqlCipherDriver::escapedIdentifiers()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, escapedTable);
    QSqlDriver* driver = db().driver();
    const QString t = driver->escapeIdentifier(table, QSqlDriver::TableName);
    const QString c = driver->escapeIdentifier(column, QSqlDriver::FieldName);
    QCOMPARE(t, escapedTable);
    QVERIFY(driver->isIdentifierEscaped(t, QSqlDriver::TableName));
    QVERIFY(!driver->isIdentifierEscaped(table, QSqlDriver::TableName));
    QCOMPARE(driver->escapeIdentifier(t, QSqlDriver::TableName), t); // not escaped twice

    EXEC(db(), QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, %2 TEXT)").arg(t, c));
    QVERIFY(db().tables().contains(table));
    const QSqlRecord rec = db().record(table);
    QCOMPARE(rec.count(), 2);
    QCOMPARE(rec.fieldName(1), column);
    QCOMPARE(db().primaryIndex(table).fieldName(0), QStringLiteral("id"));

    // Qt's own models escape through the driver.
    QSqlTableModel model(nullptr, db());
    model.setTable(table);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QSqlRecord row = model.record();
    row.setValue(column, QStringLiteral("值'1"));
    row.setGenerated(QStringLiteral("id"), false);
    QVERIFY(model.insertRecord(-1, row));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT %1 FROM %2").arg(c, t)).toString(), QStringLiteral("值'1"));
}

void TestSqlCipherDriver::formatValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QMetaType>("type");
    QTest::addColumn<QString>("sql");
    QTest::newRow("null") << QVariant() << QMetaType::fromType<int>() << "NULL";
    QTest::newRow("string") << QVariant(QStringLiteral("O'Brien 张")) << QMetaType::fromType<QString>()
                            << QStringLiteral("'O''Brien 张'");
    QTest::newRow("blob") << QVariant(QByteArray("\x01\xab", 2)) << QMetaType::fromType<QByteArray>()
                          << "X'01ab'";
    QTest::newRow("true") << QVariant(true) << QMetaType::fromType<bool>() << "1";
    QTest::newRow("false") << QVariant(false) << QMetaType::fromType<bool>() << "0";
    QTest::newRow("datetime") << QVariant(QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc()))
                              << QMetaType::fromType<QDateTime>() << "'2024-05-06T07:08:09.000Z'";
    QTest::newRow("date") << QVariant(QDate(2024, 5, 6)) << QMetaType::fromType<QDate>() << "'2024-05-06'";
    QTest::newRow("int") << QVariant(qlonglong(5000000000)) << QMetaType::fromType<qlonglong>()
                         << "5000000000";
}

void TestSqlCipherDriver::formatValue()
{
    QFETCH(QVariant, value);
    QFETCH(QMetaType, type);
    QFETCH(QString, sql);
    QSqlField field(QStringLiteral("f"), type);
    if (value.isValid())
        field.setValue(value);
    QCOMPARE(db().driver()->formatValue(field), sql);
    // What formatValue writes reads back as the value.
    if (value.isValid() && type != QMetaType::fromType<bool>()) {
        const QVariant back = scalar(db(), QStringLiteral("SELECT ") + sql);
        if (type == QMetaType::fromType<QByteArray>())
            QCOMPARE(back.toByteArray(), value.toByteArray());
        else if (type == QMetaType::fromType<QString>())
            QCOMPARE(back.toString(), value.toString());
    }
}

void TestSqlCipherDriver::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("nativeCode");
    QTest::addColumn<QString>("databaseText");
    QTest::newRow("syntax") << "SELEKT 1" << SQLITE_ERROR << "syntax error";
    QTest::newRow("no table") << "SELECT * FROM missing" << SQLITE_ERROR << "no such table";
    QTest::newRow("unique") << "INSERT INTO e(id, name) VALUES (1, 'again')" << SQLITE_CONSTRAINT_PRIMARYKEY
                            << "UNIQUE constraint failed";
    QTest::newRow("not null") << "INSERT INTO e(id, name) VALUES (2, NULL)" << SQLITE_CONSTRAINT_NOTNULL
                              << "NOT NULL constraint failed";
}

void TestSqlCipherDriver::errors()
{
    QFETCH(QString, sql);
    QFETCH(int, nativeCode);
    QFETCH(QString, databaseText);
    EXEC(db(), QStringLiteral("CREATE TABLE e(id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
    EXEC(db(), QStringLiteral("INSERT INTO e VALUES (1, 'first')"));
    QSqlQuery q(db());
    QVERIFY(!q.exec(sql));
    const QSqlError error = q.lastError();
    QCOMPARE(error.type(), QSqlError::StatementError);
    QCOMPARE(error.nativeErrorCode(), QString::number(nativeCode));
    QVERIFY2(error.databaseText().contains(databaseText), qPrintable(error.databaseText()));
    QVERIFY(!error.driverText().isEmpty());
    // The prepared path reports the same error, at prepare() or at exec().
    QSqlQuery prepared(db());
    const bool preparedOk = prepared.prepare(sql);
    QVERIFY(!preparedOk || !prepared.exec());
    QCOMPARE(prepared.lastError().nativeErrorCode(), QString::number(nativeCode));
    QCOMPARE(prepared.lastError().type(), QSqlError::StatementError);
    // The connection stays usable.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM e")).toInt(), 1);
}

void TestSqlCipherDriver::busyIsReported()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x)"));
    QVERIFY(db().transaction()); // BEGIN IMMEDIATE: holds the write lock
    {
        QSqlDatabase other =
            openConnection(QStringLiteral("busy"), m_path, QStringLiteral("SW_BUSY_TIMEOUT=0"));
        QVERIFY(other.isOpen());
        QVERIFY(!other.transaction());
        QCOMPARE(other.lastError().type(), QSqlError::TransactionError);
        QCOMPARE(other.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_BUSY);
        QSqlQuery q(other);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_BUSY);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("busy"));
    QVERIFY(db().commit());
}

void TestSqlCipherDriver::queryModel()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, label TEXT)"));
    EXEC(db(), QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 600) "
                              "INSERT INTO t SELECT n, '行 ' || n FROM c"));
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, label FROM t ORDER BY id"), db());
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QVERIFY(model.rowCount() < 600); // no QuerySize: the model fetches in chunks
    QVERIFY(model.canFetchMore());
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("label"));
    QCOMPARE(model.data(model.index(599, 1)).toString(), QStringLiteral("行 600"));
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 1LL);
    QCOMPARE(model.data(model.index(300, 1)).toString(), QStringLiteral("行 301"));
}

void TestSqlCipherDriver::tableModel()
{
    EXEC(db(), QStringLiteral("CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT)"));
    EXEC(db(), QStringLiteral(
                   "INSERT INTO c(name, city) VALUES ('张三', '上海'), ('李四', '北京'), ('王五', '上海')"));

    QSqlTableModel model(nullptr, db());
    model.setTable(QStringLiteral("c"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setFilter(QStringLiteral("city = '上海'"));
    model.setSort(1, Qt::DescendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("王五"));

    // Manual submit: nothing reaches the file until submitAll().
    QVERIFY(model.setData(model.index(0, 2), QStringLiteral("杭州")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT city FROM c WHERE id = 3")).toString(),
             QStringLiteral("上海"));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT city FROM c WHERE id = 3")).toString(),
             QStringLiteral("杭州"));

    model.setFilter(QString());
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 3);
    QSqlRecord fresh = model.record();
    fresh.setValue(QStringLiteral("name"), QStringLiteral("赵六"));
    fresh.setValue(QStringLiteral("city"), QStringLiteral("深圳"));
    fresh.setGenerated(QStringLiteral("id"), false);
    QVERIFY(model.insertRecord(-1, fresh));
    QVERIFY(model.removeRows(0, 1)); // 张三
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM c ORDER BY id)"))
            .toString(),
        QStringLiteral("李四,王五,赵六"));
    QCOMPARE(model.rowCount(), 3);

    // A failing submit reports the driver's error.
    QSqlRecord invalid = model.record();
    invalid.setNull(QStringLiteral("name"));
    invalid.setGenerated(QStringLiteral("name"), true);
    invalid.setGenerated(QStringLiteral("id"), false);
    QVERIFY(model.insertRecord(-1, invalid));
    QVERIFY(!model.submitAll());
    QCOMPARE(model.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_NOTNULL));
    model.revertAll();

    // Field-change strategy writes immediately.
    model.setEditStrategy(QSqlTableModel::OnFieldChange);
    QVERIFY(model.select());
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("李四改")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM c WHERE id = 2")).toString(),
             QStringLiteral("李四改"));
}

void TestSqlCipherDriver::relationalTableModel()
{
    EXEC(db(), QStringLiteral("CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT)"));
    EXEC(db(), QStringLiteral("CREATE TABLE ticket(id INTEGER PRIMARY KEY, title TEXT, customer_id INTEGER "
                              "REFERENCES customer(id))"));
    EXEC(db(), QStringLiteral("INSERT INTO customer VALUES (1, '张三'), (2, '李四')"));
    EXEC(db(), QStringLiteral("INSERT INTO ticket VALUES (10, '退货', 1), (11, '换货', 2)"));

    QSqlRelationalTableModel model(nullptr, db());
    model.setTable(QStringLiteral("ticket"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setRelation(2,
                      QSqlRelation(QStringLiteral("customer"), QStringLiteral("id"), QStringLiteral("name")));
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("张三"));
    QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("李四"));

    QSqlTableModel* relation = model.relationModel(2);
    QVERIFY(relation);
    QCOMPARE(relation->rowCount(), 2);

    QVERIFY(model.setData(model.index(0, 2), 2));
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("退货（已改）")));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT customer_id FROM ticket WHERE id = 10")).toInt(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT title FROM ticket WHERE id = 10")).toString(),
             QStringLiteral("退货（已改）"));
    QVERIFY(model.select());
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("李四"));
}

void TestSqlCipherDriver::closeWhileQueryActive()
{
    EXEC(db(), QStringLiteral("CREATE TABLE t(x INTEGER)"));
    EXEC(db(), QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));
    QSqlQuery scrollable(db());
    QVERIFY(scrollable.exec(QStringLiteral("SELECT x FROM t")));
    QVERIFY(scrollable.next());
    QSqlQuery forward(db());
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(QStringLiteral("SELECT x FROM t")));
    QVERIFY(forward.next());
    QSqlQuery prepared(db());
    QVERIFY(prepared.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));

    QSqlDatabase database = db();
    database.close();
    QVERIFY(!database.isOpen());

    QVERIFY(!scrollable.isActive());
    QVERIFY(!scrollable.next());
    QVERIFY(!forward.next());
    prepared.addBindValue(4);
    QVERIFY(!prepared.exec());
    QVERIFY(prepared.lastError().isValid());

    // Reopened, the same query objects work again.
    QVERIFY(database.open());
    QVERIFY(keyConnection(database));
    QVERIFY2(scrollable.exec(QStringLiteral("SELECT count(*) FROM t")),
             qPrintable(scrollable.lastError().text()));
    QVERIFY(scrollable.next());
    QCOMPARE(scrollable.value(0).toInt(), 3);
}

void TestSqlCipherDriver::finishReleasesReadLock()
{
    // Rollback-journal mode: a reader's SHARED lock keeps a writer from committing.
    EXEC(db(), QStringLiteral("CREATE TABLE t(x INTEGER)"));
    EXEC(db(), QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));
    QSqlQuery reader(db());
    QVERIFY(reader.exec(QStringLiteral("SELECT x FROM t")));
    QVERIFY(reader.next()); // rows left: the statement is still running
    {
        QSqlDatabase writer =
            openConnection(QStringLiteral("writer"), m_path, QStringLiteral("SW_BUSY_TIMEOUT=0"));
        QVERIFY(writer.isOpen());
        QVERIFY2(writer.transaction(), qPrintable(writer.lastError().text()));
        EXEC(writer, QStringLiteral("INSERT INTO t VALUES (4)"));
        QVERIFY(!writer.commit());
        QCOMPARE(writer.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_BUSY);
        reader.finish();
        QVERIFY(!reader.isActive());
        QVERIFY2(writer.commit(), qPrintable(writer.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM t")).toInt(), 4);
}

void TestSqlCipherDriver::queryOutlivesConnection()
{
    const QString name = QStringLiteral("short-lived");
    QSqlDatabase conn = openConnection(name, m_path);
    QVERIFY(conn.isOpen());
    auto query = std::make_unique<QSqlQuery>(conn);
    QVERIFY(query->exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    QVERIFY(query->next());
    const QPointer<QSqlDriver> driver = conn.driver();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(name); // deletes the driver under the live query
    QVERIFY(driver.isNull());
    QVERIFY(!query->next());
    QVERIFY(!query->exec());
    query.reset(); // must not touch the deleted driver
}

void TestSqlCipherDriver::twoThreads()
{
    EXEC(db(), QStringLiteral("PRAGMA journal_mode = WAL"));
    EXEC(db(), QStringLiteral("CREATE TABLE t(worker INTEGER, n INTEGER)"));
    constexpr int kWorkers = 2;
    constexpr int kRows = 50;
    QStringList errors[kWorkers];
    QList<QThread*> threads;
    for (int w = 0; w < kWorkers; ++w) {
        threads.append(QThread::create([this, w, &errors] {
            const QString name = QStringLiteral("worker-%1").arg(w);
            {
                QSqlDatabase conn = openConnection(name, m_path);
                if (!conn.isOpen()) {
                    errors[w].append(conn.lastError().text());
                } else {
                    for (int i = 0; i < kRows; ++i) {
                        if (!conn.transaction()) {
                            errors[w].append(conn.lastError().text());
                            break;
                        }
                        QSqlQuery q(conn);
                        q.prepare(QStringLiteral("INSERT INTO t VALUES (:w, :n)"));
                        q.bindValue(QStringLiteral(":w"), w);
                        q.bindValue(QStringLiteral(":n"), i);
                        if (!q.exec())
                            errors[w].append(q.lastError().text());
                        if (!conn.commit())
                            errors[w].append(conn.lastError().text());
                        QSqlQuery read(conn);
                        if (!read.exec(QStringLiteral("SELECT count(*) FROM t WHERE worker = %1").arg(w)) ||
                            !read.next() || read.value(0).toInt() != i + 1)
                            errors[w].append(QStringLiteral("worker %1 lost its own row %2").arg(w).arg(i));
                    }
                    conn.close();
                }
            }
            QSqlDatabase::removeDatabase(name);
        }));
    }
    for (QThread* thread : std::as_const(threads))
        thread->start();
    for (QThread* thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    for (int w = 0; w < kWorkers; ++w)
        QVERIFY2(errors[w].isEmpty(), qPrintable(errors[w].join(QLatin1Char('\n'))));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM t")).toInt(), kWorkers * kRows);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT worker) FROM t")).toInt(), kWorkers);
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
