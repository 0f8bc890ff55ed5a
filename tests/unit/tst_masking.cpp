// Masking of customer phone numbers, names and addresses.

#include "domain/masking.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace sw::domain;

namespace {

// Digits that say something about the person: without the country code 86 and the
// trunk 0 of an area code.
int significantDigits(QString masked)
{
    if (masked.startsWith(QLatin1String("+86 ")))
        masked = masked.mid(4);
    if (masked.startsWith(QLatin1Char('0')))
        masked = masked.mid(1);
    int n = 0;
    for (QChar c : masked)
        n += c.isDigit() ? 1 : 0;
    return n;
}

} // namespace

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data();
    void phone();
    void phoneNeverRevealsMoreThanSevenDigits();
    void name_data();
    void name();
    void address_data();
    void address();
};

void TestMasking::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("mobile with dashes") << QStringLiteral("138-1234-5678") << QStringLiteral("138****5678");
    QTest::newRow("mobile with spaces") << QStringLiteral(" 138 1234 5678 ") << QStringLiteral("138****5678");
    QTest::newRow("+86") << QStringLiteral("+86 138 1234 5678") << QStringLiteral("+86 138****5678");
    QTest::newRow("+86 no space") << QStringLiteral("+8613812345678") << QStringLiteral("+86 138****5678");
    QTest::newRow("0086") << QStringLiteral("0086-13812345678") << QStringLiteral("+86 138****5678");
    QTest::newRow("bare 86") << QStringLiteral("8613812345678") << QStringLiteral("+86 138****5678");
    QTest::newRow("full-width digits")
        << QStringLiteral("１３８１２３４５６７８") << QStringLiteral("138****5678");
    QTest::newRow("Shanghai landline") << QStringLiteral("021-12345678") << QStringLiteral("021-****5678");
    QTest::newRow("Beijing, no separator") << QStringLiteral("01087654321") << QStringLiteral("010-****4321");
    QTest::newRow("Shenzhen landline") << QStringLiteral("0755-88886666") << QStringLiteral("0755-****6666");
    QTest::newRow("4-digit code, no separator")
        << QStringLiteral("075588886666") << QStringLiteral("0755-****6666");
    QTest::newRow("7-digit subscriber") << QStringLiteral("0571-8765432") << QStringLiteral("0571-***5432");
    QTest::newRow("bracketed area code")
        << QStringLiteral("(021) 1234 5678") << QStringLiteral("021-****5678");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("***45");
    QTest::newRow("very short") << QStringLiteral("1234") << QStringLiteral("****");
    QTest::newRow("service number") << QStringLiteral("95588") << QStringLiteral("***88");
    QTest::newRow("garbage") << QStringLiteral("call me maybe") << QStringLiteral("*********be");
    QTest::newRow("foreign") << QStringLiteral("+1 415 555 1234") << QStringLiteral("**********34");
    QTest::newRow("12-digit mobile-like") << QStringLiteral("138123456789") << QStringLiteral("**********89");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("only separators") << QStringLiteral("-( )-") << QString();
}

void TestMasking::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(maskPhone(input), masked);
}

void TestMasking::phoneNeverRevealsMoreThanSevenDigits()
{
    QRandomGenerator rng(7);
    const QString alphabet = QStringLiteral("0123456789+- ()");
    for (int i = 0; i < 2000; ++i) {
        QString input;
        const int length = 1 + rng.bounded(20);
        for (int k = 0; k < length; ++k)
            input += alphabet.at(rng.bounded(int(alphabet.size())));
        const QString masked = maskPhone(input);
        QVERIFY2(significantDigits(masked) <= 7, qPrintable(input + QLatin1String(" -> ") + masked));
        if (input.contains(QRegularExpression(QStringLiteral("[0-9]"))))
            QVERIFY2(masked.contains(QLatin1Char('*')), qPrintable(input + QLatin1String(" -> ") + masked));
    }
}

void TestMasking::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("three") << QStringLiteral("张三丰") << QStringLiteral("张*丰");
    QTest::newRow("two") << QStringLiteral("张三") << QStringLiteral("张*");
    QTest::newRow("one") << QStringLiteral("张") << QStringLiteral("*");
    QTest::newRow("four") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧**娜");
    QTest::newRow("latin") << QStringLiteral("John Smith") << QStringLiteral("J********h");
    QTest::newRow("trimmed") << QStringLiteral(" 李四 ") << QStringLiteral("李*");
    QTest::newRow("surrogate pair kept whole") << QStringLiteral("𠀀二三") << QStringLiteral("𠀀*三");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::name()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(maskName(input), masked);
}

void TestMasking::address_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("full address") << QStringLiteral("上海市浦东新区世纪大道100号")
                                  << QStringLiteral("上海市浦东新****");
    QTest::newRow("seven chars") << QStringLiteral("北京市海淀区中") << QStringLiteral("北京市海淀区****");
    QTest::newRow("six chars keep half") << QStringLiteral("北京市海淀区") << QStringLiteral("北京市****");
    QTest::newRow("one char") << QStringLiteral("京") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::address()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(maskAddress(input), masked);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
