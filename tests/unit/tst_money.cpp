// Money: parsing user text (ASCII and full-width, grouping, every refusal), QLocale
// formatting, exact checked arithmetic at the ends of the range.

#include "domain/money.h"

#include <QtTest>

using sw::domain::Money;

namespace {

constexpr qint64 kMax = Money::kMaxFen;

QLocale zh()
{
    return QLocale(QLocale::Chinese, QLocale::China);
}
QLocale en()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void refusalsQuoteTheInput();
    void format_data();
    void format();
    void formatNegative();
    void toPlainString_data();
    void toPlainString();
    void roundTrip_data();
    void roundTrip();
    void arithmetic_data();
    void arithmetic();
    void sum();
    void ordering();
};

void TestMoney::initTestCase()
{
    QLocale::setDefault(en());
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("whole yuan") << QStringLiteral("1234") << qint64(123400);
    QTest::newRow("one decimal") << QStringLiteral("1234.5") << qint64(123450);
    QTest::newRow("two decimals") << QStringLiteral("1234.50") << qint64(123450);
    QTest::newRow("grouped with symbol") << QStringLiteral("¥1,234.50") << qint64(123450);
    QTest::newRow("full-width yen") << QStringLiteral("￥1,234.50") << qint64(123450);
    QTest::newRow("full-width digits") << QStringLiteral("１２３４．５０") << qint64(123450);
    QTest::newRow("full-width everything") << QStringLiteral("￥１，２３４．５") << qint64(123450);
    QTest::newRow("surrounding spaces") << QStringLiteral("  12.34 \t") << qint64(1234);
    QTest::newRow("ideographic space") << QStringLiteral("\u300012.34\u3000") << qint64(1234);
    QTest::newRow("yuan suffix") << QStringLiteral("1234元") << qint64(123400);
    QTest::newRow("yuan suffix spaced") << QStringLiteral("1234.5 元") << qint64(123450);
    QTest::newRow("symbol then space") << QStringLiteral("¥ 5") << qint64(500);
    QTest::newRow("leading point") << QStringLiteral(".5") << qint64(50);
    QTest::newRow("trailing point") << QStringLiteral("12.") << qint64(1200);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
    QTest::newRow("leading zeros") << QStringLiteral("007.10") << qint64(710);
    QTest::newRow("millions") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("ladder boundary 200.00") << QStringLiteral("200.00") << qint64(20000);
    QTest::newRow("ladder boundary 200.01") << QStringLiteral("200.01") << qint64(20001);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << kMax;
    QTest::newRow("largest grouped") << QStringLiteral("¥92,233,720,368,547,758.07") << kMax;
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto result = Money::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.value().fen(), fen);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("ideographic blank") << QStringLiteral("\u3000") << QStringLiteral("empty");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative");
    QTest::newRow("negative before symbol") << QStringLiteral("-¥5.00") << QStringLiteral("negative");
    QTest::newRow("negative after symbol") << QStringLiteral("¥-5") << QStringLiteral("negative");
    QTest::newRow("full-width minus") << QStringLiteral("－５") << QStringLiteral("negative");
    QTest::newRow("negative zero") << QStringLiteral("-0") << QStringLiteral("negative");
    QTest::newRow("three decimals") << QStringLiteral("1.234") << QStringLiteral("decimals");
    QTest::newRow("trailing zero third decimal") << QStringLiteral("1.500") << QStringLiteral("decimals");
    QTest::newRow("a tenth of a fen") << QStringLiteral("0.001") << QStringLiteral("decimals");
    QTest::newRow("one fen over the range")
        << QStringLiteral("92233720368547758.08") << QStringLiteral("overflow");
    QTest::newRow("ten times the range")
        << QStringLiteral("922337203685477581") << QStringLiteral("overflow");
    QTest::newRow("far beyond") << QStringLiteral("99999999999999999999999") << QStringLiteral("overflow");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("syntax");
    QTest::newRow("decimal comma") << QStringLiteral("12,34") << QStringLiteral("syntax");
    QTest::newRow("group of four") << QStringLiteral("1,2345") << QStringLiteral("syntax");
    QTest::newRow("leading comma") << QStringLiteral(",123") << QStringLiteral("syntax");
    QTest::newRow("trailing comma") << QStringLiteral("123,") << QStringLiteral("syntax");
    QTest::newRow("comma in fraction") << QStringLiteral("1.2,3") << QStringLiteral("syntax");
    QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("syntax");
    QTest::newRow("double point") << QStringLiteral("1..2") << QStringLiteral("syntax");
    QTest::newRow("only symbol") << QStringLiteral("¥") << QStringLiteral("syntax");
    QTest::newRow("only minus") << QStringLiteral("-") << QStringLiteral("syntax");
    QTest::newRow("only point") << QStringLiteral(".") << QStringLiteral("syntax");
    QTest::newRow("inner space") << QStringLiteral("1 234") << QStringLiteral("syntax");
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("syntax");
    QTest::newRow("plus sign") << QStringLiteral("+5") << QStringLiteral("syntax");
    QTest::newRow("trailing letter") << QStringLiteral("12a") << QStringLiteral("syntax");
    QTest::newRow("symbol and suffix") << QStringLiteral("¥5元") << QStringLiteral("syntax");
    QTest::newRow("two symbols") << QStringLiteral("¥¥5") << QStringLiteral("syntax");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const auto result = Money::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), sw::ErrorCode::InvalidInput);
    QCOMPARE(result.error().detail, detail);
    QVERIFY(!result.message().isEmpty());
}

void TestMoney::refusalsQuoteTheInput()
{
    QVERIFY(Money::parse(QStringLiteral("-5")).message().contains(QStringLiteral("“-5”")));
    QVERIFY(Money::parse(QStringLiteral("1.234")).message().contains(QStringLiteral("“1.234”")));
    QVERIFY(Money::parse(QStringLiteral("abc")).message().contains(QStringLiteral("“abc”")));
    QVERIFY(Money::parse(QStringLiteral("99999999999999999999999"))
                .message()
                .contains(QStringLiteral("99999999999999999999999")));
    QVERIFY(Money::parse(QString()).message().contains(QStringLiteral("Enter an amount")));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh thousands") << qint64(123450) << zh() << QStringLiteral("¥1,234.50");
    QTest::newRow("zh zero") << qint64(0) << zh() << QStringLiteral("¥0.00");
    QTest::newRow("zh one fen") << qint64(1) << zh() << QStringLiteral("¥0.01");
    QTest::newRow("zh five fen") << qint64(5) << zh() << QStringLiteral("¥0.05");
    QTest::newRow("zh ten fen") << qint64(10) << zh() << QStringLiteral("¥0.10");
    QTest::newRow("zh 200.01") << qint64(20001) << zh() << QStringLiteral("¥200.01");
    QTest::newRow("zh million") << qint64(100000000) << zh() << QStringLiteral("¥1,000,000.00");
    QTest::newRow("zh largest") << kMax << zh() << QStringLiteral("¥92,233,720,368,547,758.07");
    QTest::newRow("en thousands") << qint64(123450) << en() << QStringLiteral("¥1,234.50");
    QTest::newRow("en 2000.00") << qint64(200000) << en() << QStringLiteral("¥2,000.00");
    // The locale decides separators and the symbol's place.
    QTest::newRow("de") << qint64(123450) << QLocale(QLocale::German, QLocale::Germany)
                        << QStringLiteral("1.234,50\u00a0¥");
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromFen(fen).format(locale), expected);
}

void TestMoney::formatNegative()
{
    // The locale decides how a negative amount looks ("-¥5.00" or "(¥5.00)"); the digits
    // and the sign must survive, and the most negative amount must not overflow.
    const QString negative = Money::fromFen(-123405).format(zh());
    QVERIFY2(negative.contains(QStringLiteral("1,234.05")), qPrintable(negative));
    QVERIFY(negative.startsWith(QLatin1Char('-')) || negative.startsWith(QLatin1Char('(')));
    QVERIFY(negative != Money::fromFen(123405).format(zh()));
    QVERIFY(
        Money::fromFen(Money::kMinFen).format(zh()).contains(QStringLiteral("92,233,720,368,547,758.07")));
    // Locale digits, also for the fen.
    const QString arabic = Money::fromFen(5).format(QLocale(QLocale::Arabic, QLocale::Egypt));
    QVERIFY2(arabic.contains(QStringLiteral("٠٫٠٥")), qPrintable(arabic));
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thousands") << qint64(123450) << QStringLiteral("1234.50");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("minus five fen") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("minus") << qint64(-123456) << QStringLiteral("-1234.56");
    QTest::newRow("largest") << kMax << QStringLiteral("92233720368547758.07");
    QTest::newRow("smallest") << Money::kMinFen << QStringLiteral("-92233720368547758.07");
}

void TestMoney::toPlainString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromFen(fen).toPlainString(), expected);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");
    for (qint64 fen : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(20000), qint64(20001),
                       qint64(123456789), kMax})
        QTest::addRow("%lld", fen) << fen;
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, fen);
    const Money money = Money::fromFen(fen);
    QCOMPARE(Money::parse(money.format(zh())).value(), money);
    QCOMPARE(Money::parse(money.format(en())).value(), money);
    QCOMPARE(Money::parse(money.toPlainString()).value(), money);
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("sumOk");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<bool>("differenceOk");
    QTest::addColumn<qint64>("difference");
    // 0.10 + 0.20 is 0.30 exactly (it is not in binary floating point).
    QTest::newRow("ten plus twenty fen")
        << qint64(10) << qint64(20) << true << qint64(30) << true << qint64(-10);
    QTest::newRow("order minus refunded")
        << qint64(10000) << qint64(4000) << true << qint64(14000) << true << qint64(6000);
    QTest::newRow("largest plus zero") << kMax << qint64(0) << true << kMax << true << kMax;
    QTest::newRow("largest plus one fen") << kMax << qint64(1) << false << qint64(0) << true << kMax - 1;
    QTest::newRow("largest minus minus one") << kMax << qint64(-1) << true << kMax - 1 << false << qint64(0);
    // kMinFen - 1 fits a qint64 but is outside Money's symmetric range.
    QTest::newRow("smallest minus one fen")
        << Money::kMinFen << qint64(1) << true << Money::kMinFen + 1 << false << qint64(0);
    QTest::newRow("smallest plus minus one")
        << Money::kMinFen << qint64(-1) << false << qint64(0) << true << Money::kMinFen + 1;
    QTest::newRow("largest minus smallest")
        << kMax << Money::kMinFen << true << qint64(0) << false << qint64(0);
}

void TestMoney::arithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, sumOk);
    QFETCH(qint64, sum);
    QFETCH(bool, differenceOk);
    QFETCH(qint64, difference);
    const auto plus = Money::fromFen(a).plus(Money::fromFen(b));
    QCOMPARE(plus.ok(), sumOk);
    if (sumOk)
        QCOMPARE(plus.value().fen(), sum);
    else
        QCOMPARE(plus.error().detail, QStringLiteral("overflow"));
    const auto minus = Money::fromFen(a).minus(Money::fromFen(b));
    QCOMPARE(minus.ok(), differenceOk);
    if (differenceOk)
        QCOMPARE(minus.value().fen(), difference);
    else
        QCOMPARE(minus.code(), sw::ErrorCode::InvalidInput);
}

void TestMoney::sum()
{
    QList<Money> dimes(10, Money::fromFen(10));
    QCOMPARE(Money::sum(dimes).value(), Money::fromYuan(1));
    QCOMPARE(Money::sum({}).value(), Money());
    const auto overflow = Money::sum({Money::fromFen(kMax - 5), Money::fromFen(3), Money::fromFen(3)});
    QVERIFY(!overflow.ok());
    QCOMPARE(overflow.error().detail, QStringLiteral("overflow"));
}

void TestMoney::ordering()
{
    QVERIFY(Money::fromFen(20000) < Money::fromFen(20001));
    QVERIFY(Money::fromFen(20000) <= Money::fromYuan(200));
    QVERIFY(Money::fromYuan(200) == Money::fromFen(20000));
    QVERIFY(Money::fromFen(-1) < Money());
    QVERIFY(Money().isZero() && !Money().isPositive() && !Money().isNegative());
    QVERIFY(Money::fromFen(-1).isNegative() && Money::fromFen(1).isPositive());
    QVERIFY(!(Money::fromFen(1) == Money::fromFen(2)));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
