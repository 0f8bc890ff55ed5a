// The passphrase strength hint: the minimum length is a hard line, the rest grows
// with length and variety, and repetition does not fool it.

#include "passphrasestrength.h"

#include <QTest>

using sw::ui::Strength;

Q_DECLARE_METATYPE(sw::ui::Strength)

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strength_data();
    void strength();
    void moreVarietyMeansMoreBits();
    void textForEveryLevel();
};

void TestPassphraseStrength::strength_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<Strength>("expected");
    QTest::newRow("empty") << "" << Strength::TooShort;
    QTest::newRow("11 chars") << "abcdefghijk" << Strength::TooShort;
    QTest::newRow("12 repeated") << "aaaaaaaaaaaa" << Strength::Weak;
    QTest::newRow("12 lowercase") << "abcdefghijkl" << Strength::Fair;
    QTest::newRow("mixed 13") << "correct horse" << Strength::Fair;
    QTest::newRow("long mixed") << "Correct-Horse-Battery-42" << Strength::Strong;
    QTest::newRow("chinese phrase") << QStringLiteral("店务管家每天都很忙碌的客服") << Strength::Strong;
}

void TestPassphraseStrength::strength()
{
    QFETCH(QString, passphrase);
    QFETCH(Strength, expected);
    QCOMPARE(sw::ui::passphraseStrength(passphrase), expected);
}

void TestPassphraseStrength::moreVarietyMeansMoreBits()
{
    const double lower = sw::ui::estimatedEntropyBits(QStringLiteral("abcdefghijkl"));
    const double mixed = sw::ui::estimatedEntropyBits(QStringLiteral("abcDEFghi-12"));
    QVERIFY(mixed > lower);
    QVERIFY(sw::ui::estimatedEntropyBits(QStringLiteral("abababababab")) < lower);
    QCOMPARE(sw::ui::estimatedEntropyBits(QString()), 0.0);
}

void TestPassphraseStrength::textForEveryLevel()
{
    QSet<QString> texts;
    for (Strength s : {Strength::TooShort, Strength::Weak, Strength::Fair, Strength::Strong})
        texts.insert(sw::ui::strengthText(s));
    QCOMPARE(texts.size(), 4);
    QVERIFY(sw::ui::strengthText(Strength::TooShort).contains(QString::number(sw::ui::kMinPassphraseLength)));
}

QTEST_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
