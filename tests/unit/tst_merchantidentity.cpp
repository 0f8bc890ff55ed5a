// MerchantIdentity: normalising the values duplicate detection compares, and the resident
// ID number check (GB 11643) on valid and malformed samples.

#include "domain/merchantidentity.h"

#include <QtTest>

using namespace sw::domain;

class TestMerchantIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingDifferencesDoNotHideDuplicates()
    {
        QCOMPARE(MerchantIdentity::normalizedPhone(QStringLiteral("+86 138-0013-8000")), QStringLiteral("13800138000"));
        QCOMPARE(MerchantIdentity::normalizedPhone(QStringLiteral("0086 13800138000")), QStringLiteral("13800138000"));
        QCOMPARE(MerchantIdentity::normalizedPhone(QStringLiteral("138 0013 8000")), QStringLiteral("13800138000"));
        // A landline keeps its area code; "86" inside a number is not a country code.
        QCOMPARE(MerchantIdentity::normalizedPhone(QStringLiteral("(021) 8612-3456")), QStringLiteral("02186123456"));
        QCOMPARE(MerchantIdentity::normalizedBankAccount(QStringLiteral("6222 0212 3456 7890 123")),
                 QStringLiteral("6222021234567890123"));
        QCOMPARE(MerchantIdentity::normalizedId(QStringLiteral("11010519491231002x")), QStringLiteral("11010519491231002X"));

        const QList<IdentityValue> keys = MerchantIdentity::keys(QStringLiteral("9135 0100 m000 100y 43"), QString(),
                                                                 QStringLiteral("6222-0212"), QStringLiteral("+86 13800138000"));
        QCOMPARE(keys.size(), 3); // the empty ID number is not a key
        QCOMPARE(keys.at(0), (IdentityValue{IdentityField::CreditCode, QStringLiteral("91350100M000100Y43")}));
        QCOMPARE(keys.at(1), (IdentityValue{IdentityField::BankAccount, QStringLiteral("62220212")}));
        QCOMPARE(keys.at(2), (IdentityValue{IdentityField::Phone, QStringLiteral("13800138000")}));
        QCOMPARE(code(IdentityField::LegalRepId), QStringLiteral("legal_rep_id"));
    }

    void residentIds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("says");
        QTest::newRow("check X") << "11010519491231002X" << true << "";
        QTest::newRow("check x typed lower") << "11010519491231002x" << true << "";
        QTest::newRow("check 1") << "440304199003077711" << true << "";
        QTest::newRow("with spaces") << "320106 19851111 0012" << true << "";
        QTest::newRow("wrong check") << "440304199003077712" << false << "call for “1”";
        QTest::newRow("17 characters") << "44030419900307771" << false << "has 17";
        QTest::newRow("letter inside") << "4403041990030777A1" << false << "character 17";
        QTest::newRow("31 February") << "440304199002317711" << false << "date of birth";
    }
    void residentIds()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, says);
        const auto checked = MerchantIdentity::validateResidentId(typed);
        QCOMPARE(bool(checked), valid);
        if (!valid) {
            QCOMPARE(checked.code(), sw::ErrorCode::InvalidInput);
            QVERIFY2(checked.message().contains(says), qPrintable(checked.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestMerchantIdentity)
#include "tst_merchantidentity.moc"
