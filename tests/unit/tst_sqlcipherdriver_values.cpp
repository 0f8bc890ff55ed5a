// Tests for the QSQLCIPHER driver (core/storage/sqlcipherdriver.h), part two: values in
// and out — binding (types, placeholders, batches, BLOBs), NULLs typed by declaration,
// numerical precision, formatValue() — and moving through results (forward-only and
// scrollable seeks, last insert id, rows affected). Real, keyed SQLCipher files.

#include "sqlcipherdrivertestsupport.h"

#include <QDateTime>
#include <QPoint>
#include <QSqlField>
#include <QSqlRecord>
#include <QTimeZone>
#include <limits>

using namespace swtest::sqlcipher;

class TestSqlCipherDriverValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bindRoundTrip_data();
    void bindRoundTrip();
    void nullTypedByDeclaration();
    void placeholders();
    void unsupportedTypeIsAnError();
    void blob10MB();
    void lastInsertIdAndRowsAffected();
    void forwardOnlyIteration();
    void scrollableSeeks();
    void precisionPolicy_data();
    void precisionPolicy();
    void formatValue_data();
    void formatValue();

private:
    QSqlDatabase db() const { return m_files.db(); }

    FreshDatabase m_files{QStringLiteral("tst_sqlcipherdriver_values")};
};

void TestSqlCipherDriverValues::initTestCase()
{
    sw::storage::registerSqlCipherDriver();
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    QVERIFY(m_files.isValid());
}

void TestSqlCipherDriverValues::init()
{
    QString why;
    QVERIFY2(m_files.open(&why), qPrintable(why));
}

void TestSqlCipherDriverValues::cleanup()
{
    m_files.close();
}

void TestSqlCipherDriverValues::bindRoundTrip_data()
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

void TestSqlCipherDriverValues::bindRoundTrip()
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

void TestSqlCipherDriverValues::nullTypedByDeclaration()
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

void TestSqlCipherDriverValues::placeholders()
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

void TestSqlCipherDriverValues::unsupportedTypeIsAnError()
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

void TestSqlCipherDriverValues::blob10MB()
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

void TestSqlCipherDriverValues::lastInsertIdAndRowsAffected()
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

void TestSqlCipherDriverValues::forwardOnlyIteration()
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

void TestSqlCipherDriverValues::scrollableSeeks()
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

void TestSqlCipherDriverValues::precisionPolicy_data()
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

void TestSqlCipherDriverValues::precisionPolicy()
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

void TestSqlCipherDriverValues::formatValue_data()
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

void TestSqlCipherDriverValues::formatValue()
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

QTEST_GUILESS_MAIN(TestSqlCipherDriverValues)
#include "tst_sqlcipherdriver_values.moc"
