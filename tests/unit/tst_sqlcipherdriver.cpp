// Tests for the QSQLCIPHER driver (core/storage/sqlcipherdriver.h) against real, keyed
// SQLCipher files: opening and keying, connect options, statements and errors,
// transactions and locks, schema metadata and escaping, connection lifetime, threads.
// Values and result navigation: tst_sqlcipherdriver_values.cpp; Qt's SQL models on the
// driver: tst_sqlcipherdriver_models.cpp; shared set-up: sqlcipherdrivertestsupport.h.

#include "sqlcipherdrivertestsupport.h"

#include <QFile>
#include <QPointer>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QThread>
#include <memory>

using namespace swtest::sqlcipher;
using sw::storage::SqlCipherDriver;

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
    void multipleStatementsAreAnError();
    void transactions();
    void recordAndPrimaryIndex();
    void tables();
    void escapedIdentifiers_data();
    void escapedIdentifiers();
    void errors_data();
    void errors();
    void busyIsReported();
    void closeWhileQueryActive();
    void finishReleasesReadLock();
    void queryOutlivesConnection();
    void twoThreads();

private:
    QSqlDatabase db() const { return m_files.db(); }

    FreshDatabase m_files{QStringLiteral("tst_sqlcipherdriver")};
};

void TestSqlCipherDriver::initTestCase()
{
    sw::storage::registerSqlCipherDriver();
    sw::storage::registerSqlCipherDriver(); // idempotent
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    QVERIFY(m_files.isValid());
}

void TestSqlCipherDriver::init()
{
    QString why;
    QVERIFY2(m_files.open(&why), qPrintable(why));
}

void TestSqlCipherDriver::cleanup()
{
    m_files.close();
}

void TestSqlCipherDriver::encryptedFile()
{
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("PRAGMA cipher_version")), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    EXEC(db(), QStringLiteral("CREATE TABLE t(x TEXT)"));
    EXEC(db(), QStringLiteral("INSERT INTO t VALUES ('plain words')"));

    QFile file(m_files.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("plain words"));

    // Without the key the file is unreadable.
    QSqlDatabase other = openConnection(QStringLiteral("nokey"), m_files.path(), {}, false);
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
    QSqlDatabase second = openConnection(QStringLiteral("second"), m_files.path(), {}, false);
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
        QSqlDatabase ro = openConnection(QStringLiteral("ro"), m_files.path(), QStringLiteral("SW_OPEN_READONLY"));
        QVERIFY(ro.isOpen());
        QCOMPARE(scalar(ro, QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
        QSqlQuery q(ro);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_READONLY);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
    {
        QSqlDatabase bad =
            openConnection(QStringLiteral("bad"), m_files.path(), QStringLiteral("SW_BUSY_TIMEOUT=soon"));
        QVERIFY(!bad.isOpen());
        QCOMPARE(bad.lastError().type(), QSqlError::ConnectionError);
        QVERIFY(!bad.lastError().driverText().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad"));
    {
        QSqlDatabase missing =
            openConnection(QStringLiteral("missing"), m_files.filePath(QStringLiteral("no/such/dir/x.db")));
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
        QSqlDatabase other = openConnection(QStringLiteral("other"), m_files.path());
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
            openConnection(QStringLiteral("busy"), m_files.path(), QStringLiteral("SW_BUSY_TIMEOUT=0"));
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
            openConnection(QStringLiteral("writer"), m_files.path(), QStringLiteral("SW_BUSY_TIMEOUT=0"));
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
    QSqlDatabase conn = openConnection(name, m_files.path());
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
                QSqlDatabase conn = openConnection(name, m_files.path());
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
