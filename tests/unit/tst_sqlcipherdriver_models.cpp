// Tests for the QSQLCIPHER driver (core/storage/sqlcipherdriver.h), part three: Qt's own
// SQL models on it — QSqlQueryModel fetching in chunks, QSqlTableModel editing with
// manual and field-change submits, QSqlRelationalTableModel resolving a relation.
// Real, keyed SQLCipher files.

#include "sqlcipherdrivertestsupport.h"

#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlRelationalTableModel>
#include <QSqlTableModel>

using namespace swtest::sqlcipher;

class TestSqlCipherDriverModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void queryModel();
    void tableModel();
    void relationalTableModel();

private:
    QSqlDatabase db() const { return m_files.db(); }

    FreshDatabase m_files{QStringLiteral("tst_sqlcipherdriver_models")};
};

void TestSqlCipherDriverModels::initTestCase()
{
    sw::storage::registerSqlCipherDriver();
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    QVERIFY(m_files.isValid());
}

void TestSqlCipherDriverModels::init()
{
    QString why;
    QVERIFY2(m_files.open(&why), qPrintable(why));
}

void TestSqlCipherDriverModels::cleanup()
{
    m_files.close();
}

void TestSqlCipherDriverModels::queryModel()
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

void TestSqlCipherDriverModels::tableModel()
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

void TestSqlCipherDriverModels::relationalTableModel()
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

QTEST_GUILESS_MAIN(TestSqlCipherDriverModels)
#include "tst_sqlcipherdriver_models.moc"
