// CreditCode: the GB 32100 check character on real-format samples, normalising typed
// codes, and a clear refusal for every kind of malformed code.

#include "domain/creditcode.h"

#include <QtTest>

using namespace sw::domain;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        // The standard's published example, and codes whose check characters were worked
        // out by hand from the weights 3^(i-1) mod 31 (one ends in a letter, one in 0).
        QTest::newRow("published example") << "91350100M000100Y43" << "91350100M000100Y43";
        QTest::newRow("check is a letter") << "91110000600037341L" << "91110000600037341L";
        QTest::newRow("public institution") << "12100000400000624D" << "12100000400000624D";
        QTest::newRow("check is 1") << "91310000MA1FL6XX41" << "91310000MA1FL6XX41";
        QTest::newRow("typed with spaces, lower case") << " 9135 0100 m000 100y 43 " << "91350100M000100Y43";
        QTest::newRow("typed with dashes") << "913501-00M000100Y43" << "91350100M000100Y43";
    }
    void validCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        const auto checked = CreditCode::validate(typed);
        QVERIFY2(checked, qPrintable(checked.message()));
        QCOMPARE(*checked, code);
    }

    void checkCharacterOfEveryValueIsInTheSet()
    {
        // Changing the last body character walks the check value through the whole set,
        // including the case 31 − 0 = 31 → "0".
        QSet<QChar> seen;
        for (const QChar c : CreditCode::charset()) {
            const QString body = QStringLiteral("9135010000000000") + c;
            const QChar check = CreditCode::checkCharacter(body);
            QVERIFY(CreditCode::charset().contains(check));
            seen.insert(check);
            QVERIFY(CreditCode::validate(body + check));
        }
        QCOMPARE(seen.size(), CreditCode::charset().size());
        QCOMPARE(CreditCode::checkCharacter(u"9135010000000000I"), QChar()); // I is not in the set
    }

    void malformedCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << "" << "18 characters";
        QTest::newRow("too short") << "91350100M000100Y4" << "has 17";
        QTest::newRow("too long") << "91350100M000100Y431" << "has 19";
        QTest::newRow("letter I") << "91350100M000I00Y43" << "Character 13";
        QTest::newRow("letter O") << "O1350100M000100Y43" << "Character 1";
        QTest::newRow("letter S") << "91350100S000100Y43" << "Character 9";
        QTest::newRow("Chinese character") << "91350100M000100Y4号" << "Character 18";
        QTest::newRow("division code with a letter") << "9135A100M000100Y43" << "administrative division";
        QTest::newRow("wrong check") << "91350100M000100Y44" << "call for “3”";
        QTest::newRow("two digits swapped") << "91351000M000100Y43" << "check character";
    }
    void malformedCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, says);
        const auto checked = CreditCode::validate(typed);
        QVERIFY(!checked);
        QCOMPARE(checked.code(), sw::ErrorCode::InvalidInput);
        QVERIFY2(checked.message().contains(says), qPrintable(checked.message()));
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
