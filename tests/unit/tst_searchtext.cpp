// SearchText: tokens for the FTS4 index, safe MATCH expressions, and — against a real
// FTS4 table in SQLCipher — exactly the documents the reference semantics select.

#include "domain/searchtext.h"
#include "storage/sqlcipherdriver.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using sw::domain::SearchText;

namespace {

const QString kBreak = QString(QChar(SearchText::kRunBreak));

QString withBreaks(QString s)
{
    return s.replace(QLatin1String("|"), kBreak);
}

} // namespace

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void indexTokens_data();
    void indexTokens();
    void matchExpression_data();
    void matchExpression();
    void injectionIsPlainText_data();
    void injectionIsPlainText();
    void loneCharacterIsNotSearchable();
    void containsTerm_data();
    void containsTerm();
    void ftsMatchesReference_data();
    void ftsMatchesReference();
    void randomisedFtsEqualsReference();

private:
    QSet<qint64> ftsHits(const QString& expression);
    void fillTable(const QStringList& docs);

    QTemporaryDir m_dir;
    QString m_connection = QStringLiteral("searchtext");
};

void TestSearchText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sw::storage::registerSqlCipherDriver();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QString::fromLatin1(sw::storage::kSqlCipherDriverName), m_connection);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("fts.db")));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts4(tokens)")),
             qPrintable(q.lastError().text()));
}

void TestSearchText::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void TestSearchText::fillTable(const QStringList& docs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    QVERIFY(db.transaction());
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM t")), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(docid, tokens) VALUES (?, ?)")));
    for (qsizetype i = 0; i < docs.size(); ++i) {
        q.bindValue(0, qint64(i));
        q.bindValue(1, SearchText::indexTokens(docs.at(i)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(db.commit());
}

QSet<qint64> TestSearchText::ftsHits(const QString& expression)
{
    QSet<qint64> hits;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT docid FROM t WHERE t MATCH ?"));
    q.bindValue(0, expression);
    if (!q.exec()) {
        qWarning("MATCH %s failed: %s", qPrintable(expression), qPrintable(q.lastError().text()));
        hits.insert(-1); // makes the comparison fail visibly
        return hits;
    }
    while (q.next())
        hits.insert(q.value(0).toLongLong());
    return hits;
}

void TestSearchText::indexTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens"); // "|" stands for the run break
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("chinese bigrams") << QStringLiteral("服务态度") << QStringLiteral("服务 务态 态度");
    QTest::newRow("two chars") << QStringLiteral("退款") << QStringLiteral("退款");
    QTest::newRow("single char") << QStringLiteral("好") << QStringLiteral("好");
    QTest::newRow("punctuation breaks runs") << QStringLiteral("甲乙，乙丙") << QStringLiteral("甲乙 | 乙丙");
    QTest::newRow("latin lower-cased") << QStringLiteral("Hello World") << QStringLiteral("hello | world");
    QTest::newRow("numbers") << QStringLiteral("订单 20261128-000123")
                             << QStringLiteral("订单 | 20261128 | 000123");
    QTest::newRow("mixed, word after CJK gets the extra last char")
        << QStringLiteral("买了iPhone15手机壳") << QStringLiteral("买了 了 iphone15 手机 机壳");
    QTest::newRow("single CJK before word") << QStringLiteral("股abc") << QStringLiteral("股 abc");
    QTest::newRow("full-width letters and digits")
        << QStringLiteral("ＡＢＣ１２３") << QStringLiteral("abc123");
    QTest::newRow("full-width punctuation and ideographic space")
        << QStringLiteral("你好！　世界。") << QStringLiteral("你好 | 世界");
    QTest::newRow("leading and trailing separators")
        << QStringLiteral("  ——退货??  ") << QStringLiteral("退货");
    QTest::newRow("only punctuation") << QStringLiteral("，。！?-*\"") << QString();
    QTest::newRow("kana and hangul as CJK")
        << QStringLiteral("カタカナ한국어") << QStringLiteral("カタ タカ カナ ナ한 한국 국어");
    QTest::newRow("operators are plain words")
        << QStringLiteral("a OR b NEAR c") << QStringLiteral("a | or | b | near | c");
    QTest::newRow("private-use break char in input is a separator")
        << (QStringLiteral("甲乙") + kBreak + QStringLiteral("丙丁")) << QStringLiteral("甲乙 | 丙丁");
    QTest::newRow("underscore separates (as in the FTS simple tokenizer)")
        << QStringLiteral("order_no") << QStringLiteral("order | no");
}

void TestSearchText::indexTokens()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(SearchText::indexTokens(text), withBreaks(tokens));
}

void TestSearchText::matchExpression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << false;
    QTest::newRow("two CJK") << QStringLiteral("退款") << QStringLiteral("\"退款\"") << true;
    QTest::newRow("four CJK") << QStringLiteral("服务态度") << QStringLiteral("\"服务 务态 态度\"") << true;
    QTest::newRow("latin prefix") << QStringLiteral("iPhone") << QStringLiteral("\"iphone*\"") << true;
    QTest::newRow("number prefix") << QStringLiteral("138") << QStringLiteral("\"138*\"") << true;
    QTest::newRow("AND of terms") << QStringLiteral("退款 快递") << QStringLiteral("\"退款\" \"快递\"")
                                  << true;
    QTest::newRow("mixed term is a phrase")
        << QStringLiteral("iPhone15手机壳") << QStringLiteral("\"iphone15 手机 机壳\"") << true;
    QTest::newRow("mixed ending in one CJK char")
        << QStringLiteral("iphone手") << QStringLiteral("\"iphone 手*\"") << true;
    QTest::newRow("mixed starting with CJK")
        << QStringLiteral("炒股abc") << QStringLiteral("\"炒股 股 abc*\"") << true;
    QTest::newRow("full-width query") << QStringLiteral("ＡＢＣ") << QStringLiteral("\"abc*\"") << true;
    QTest::newRow("punctuation splits terms")
        << QStringLiteral("CS-20261128") << QStringLiteral("\"cs*\" \"20261128*\"") << true;
    QTest::newRow("lone CJK dropped, rest kept")
        << QStringLiteral("好 退款") << QStringLiteral("\"退款\"") << true;
    QTest::newRow("only a lone CJK") << QStringLiteral("好") << QString() << false;
}

void TestSearchText::matchExpression()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QFETCH(bool, ok);
    bool actualOk = !ok;
    QString reason;
    QCOMPARE(SearchText::matchExpression(query, &actualOk, &reason), expression);
    QCOMPARE(actualOk, ok);
    if (!ok)
        QVERIFY(!reason.isEmpty());
}

void TestSearchText::injectionIsPlainText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");
    QTest::newRow("quote OR") << QStringLiteral("\" OR 1") << QStringLiteral("\"or*\" \"1*\"");
    QTest::newRow("NEAR") << QStringLiteral("NEAR") << QStringLiteral("\"near*\"");
    QTest::newRow("star") << QStringLiteral("*") << QString();
    QTest::newRow("minus") << QStringLiteral("-x") << QStringLiteral("\"x*\"");
    QTest::newRow("NOT") << QStringLiteral("a NOT b") << QStringLiteral("\"a*\" \"not*\" \"b*\"");
    QTest::newRow("brackets and column filter")
        << QStringLiteral("(tokens:abc) ^x") << QStringLiteral("\"tokens*\" \"abc*\" \"x*\"");
    QTest::newRow("unbalanced quotes") << QStringLiteral("\"退款") << QStringLiteral("\"退款\"");
    QTest::newRow("NEAR/3") << QStringLiteral("a NEAR/3 b")
                            << QStringLiteral("\"a*\" \"near*\" \"3*\" \"b*\"");
}

void TestSearchText::injectionIsPlainText()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    bool ok = false;
    const QString actual = SearchText::matchExpression(query, &ok);
    QCOMPARE(actual, expression);
    QCOMPARE(ok, !expression.isEmpty());
    if (!ok)
        return;
    // Whatever the user typed, SQLite accepts the expression (no syntax error).
    fillTable({QStringLiteral("or 1 near x a not b tokens abc 退款 3")});
    QVERIFY(!ftsHits(actual).contains(-1));
}

void TestSearchText::loneCharacterIsNotSearchable()
{
    bool ok = true;
    QString reason;
    SearchText::matchExpression(QStringLiteral("好"), &ok, &reason);
    QVERIFY(!ok);
    QVERIFY(reason.contains(QStringLiteral("好")));
    // Dropped with a reason even when other terms remain searchable.
    SearchText::matchExpression(QStringLiteral("好 退款"), &ok, &reason);
    QVERIFY(ok);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(SearchText::searchTerms(QStringLiteral("好 退款 iPhone")),
             QStringList({QStringLiteral("退款"), QStringLiteral("iphone")}));
    QVERIFY(!SearchText::containsTerm(QStringLiteral("好"), QStringLiteral("好")));
}

void TestSearchText::containsTerm_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");
    QTest::newRow("substring") << QStringLiteral("客服服务态度很好") << QStringLiteral("务态度") << true;
    QTest::newRow("not across punctuation")
        << QStringLiteral("甲乙，乙丙") << QStringLiteral("甲乙丙") << false;
    QTest::newRow("word prefix") << QStringLiteral("new iPhone15") << QStringLiteral("iphone") << true;
    QTest::newRow("not mid-word") << QStringLiteral("new iPhone15") << QStringLiteral("phone") << false;
    QTest::newRow("number prefix") << QStringLiteral("电话13812345678") << QStringLiteral("1381") << true;
    QTest::newRow("not number infix") << QStringLiteral("电话13812345678") << QStringLiteral("5678") << false;
    QTest::newRow("word after CJK is a word start")
        << QStringLiteral("买iphone") << QStringLiteral("iph") << true;
    QTest::newRow("mixed") << QStringLiteral("买了iPhone15手机壳") << QStringLiteral("iphone15手机") << true;
    QTest::newRow("mixed starting in CJK") << QStringLiteral("我炒股abc") << QStringLiteral("股ab") << true;
    QTest::newRow("AND: both") << QStringLiteral("退款已到账") << QStringLiteral("退款 到账") << true;
    QTest::newRow("AND: one missing") << QStringLiteral("退款已到账") << QStringLiteral("退款 快递") << false;
    QTest::newRow("case and width") << QStringLiteral("ＡＢＣ公司") << QStringLiteral("abc公") << true;
    QTest::newRow("no searchable term") << QStringLiteral("anything") << QStringLiteral("!!") << false;
}

void TestSearchText::containsTerm()
{
    QFETCH(QString, haystack);
    QFETCH(QString, query);
    QFETCH(bool, expected);
    QCOMPARE(SearchText::containsTerm(haystack, query), expected);
}

void TestSearchText::ftsMatchesReference_data()
{
    containsTerm_data();
}

void TestSearchText::ftsMatchesReference()
{
    QFETCH(QString, haystack);
    QFETCH(QString, query);
    QFETCH(bool, expected);
    fillTable({haystack});
    bool ok = false;
    const QString expression = SearchText::matchExpression(query, &ok);
    if (!ok) {
        QVERIFY(!expected);
        return;
    }
    QCOMPARE(ftsHits(expression).contains(0), expected);
}

void TestSearchText::randomisedFtsEqualsReference()
{
    // A small alphabet makes bigrams repeat across documents, so many queries hit.
    const QStringList cjk = {QStringLiteral("服"), QStringLiteral("务"), QStringLiteral("态"),
                             QStringLiteral("度"), QStringLiteral("退"), QStringLiteral("款"),
                             QStringLiteral("快"), QStringLiteral("递"), QStringLiteral("好"),
                             QStringLiteral("评"), QStringLiteral("カ"), QStringLiteral("한")};
    const QStringList latin = {QStringLiteral("a"), QStringLiteral("b"),  QStringLiteral("c"),
                               QStringLiteral("P"), QStringLiteral("ｄ"), QStringLiteral("1"),
                               QStringLiteral("2"), QStringLiteral("３")};
    const QStringList separators = {QStringLiteral(" "), QStringLiteral("，"), QStringLiteral("-"),
                                    QStringLiteral("。"), QStringLiteral("　")};
    QRandomGenerator rng(20261128);
    auto pick = [&rng](const QStringList& list) {
        return list.at(rng.bounded(int(list.size())));
    };
    auto randomText = [&](int minLen, int maxLen, bool withSeparators) {
        QString s;
        const int length = minLen + rng.bounded(maxLen - minLen + 1);
        for (int i = 0; i < length; ++i) {
            const int r = rng.bounded(100);
            if (withSeparators && r < 12)
                s += pick(separators);
            else if (r < 65)
                s += pick(cjk);
            else
                s += pick(latin);
        }
        return s;
    };

    QStringList docs;
    for (int i = 0; i < 200; ++i)
        docs.append(randomText(4, 30, true));
    fillTable(docs);

    QStringList queries;
    // Substrings of documents: CJK 2–4 characters, whole or partial Latin words, numbers.
    for (int i = 0; i < 200; ++i) {
        const QString& doc = docs.at(rng.bounded(int(docs.size())));
        const int length = 2 + rng.bounded(3);
        if (doc.size() <= length)
            continue;
        queries.append(doc.mid(rng.bounded(int(doc.size() - length)), length));
    }
    // Random strings, mostly not substrings; pure CJK, pure Latin and mixed.
    for (int i = 0; i < 100; ++i)
        queries.append(randomText(2, 4, false));
    for (int i = 0; i < 50; ++i) {
        QString word;
        const int length = 1 + rng.bounded(3);
        for (int k = 0; k < length; ++k)
            word += pick(latin);
        queries.append(word);
    }
    for (int i = 0; i < 50; ++i)
        queries.append(randomText(2, 3, false) + QLatin1Char(' ') + randomText(2, 3, false));

    int searched = 0;
    int queriesWithHits = 0;
    int totalHits = 0;
    for (const QString& query : std::as_const(queries)) {
        bool ok = false;
        const QString expression = SearchText::matchExpression(query, &ok);
        QSet<qint64> expected;
        for (qsizetype d = 0; d < docs.size(); ++d) {
            if (SearchText::containsTerm(docs.at(d), query))
                expected.insert(d);
        }
        if (!ok) {
            QVERIFY2(expected.isEmpty(), qPrintable(query));
            continue;
        }
        ++searched;
        const QSet<qint64> actual = ftsHits(expression);
        if (actual != expected) {
            QSet<qint64> missed = expected - actual;
            QSet<qint64> extra = actual - expected;
            const qint64 example = !missed.isEmpty() ? *missed.begin() : *extra.begin();
            QFAIL(qPrintable(QStringLiteral("query “%1” (%2): %3 missed, %4 false; e.g. doc “%5” tokens “%6”")
                                 .arg(query, expression)
                                 .arg(missed.size())
                                 .arg(extra.size())
                                 .arg(example >= 0 ? docs.at(example) : QString(),
                                      example >= 0 ? SearchText::indexTokens(docs.at(example)) : QString())));
        }
        if (!expected.isEmpty())
            ++queriesWithHits;
        totalHits += int(expected.size());
    }
    // The comparison must have had something to compare.
    QVERIFY2(searched >= 350, qPrintable(QString::number(searched)));
    QVERIFY2(queriesWithHits >= 150, qPrintable(QString::number(queriesWithHits)));
    QVERIFY2(totalHits >= 1000, qPrintable(QString::number(totalHits)));
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
