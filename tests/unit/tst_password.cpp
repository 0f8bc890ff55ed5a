#include "domain/password.h"

#include <QtTest>

#include <sodium.h>

using namespace sw::domain;

class TestPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsArgon2idWithDocumentedParameters();
    void verify_data();
    void verify();
    void saltMakesHashesDiffer();
    void garbageHashRefused_data();
    void garbageHashRefused();
};

void TestPassword::hashIsArgon2idWithDocumentedParameters()
{
    const QString hash = hashPassword(QStringLiteral("correct horse"));
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    // libsodium's interactive limits: 64 MiB (65536 KiB), 2 passes, 1 lane.
    QVERIFY2(hash.contains(QStringLiteral("$m=65536,t=2,p=1$")), qPrintable(hash));
    QVERIFY(!hash.contains(QStringLiteral("correct horse")));
    QCOMPARE(crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                            crypto_pwhash_MEMLIMIT_INTERACTIVE),
             0);
}

void TestPassword::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same") << "s3cret-pass"
                          << "s3cret-pass" << true;
    QTest::newRow("chinese") << "密码很长的口令"
                             << "密码很长的口令" << true;
    QTest::newRow("empty password") << ""
                                    << "" << true;
    QTest::newRow("wrong") << "s3cret-pass"
                           << "s3cret-pasS" << false;
    QTest::newRow("prefix") << "s3cret-pass"
                            << "s3cret-pas" << false;
    QTest::newRow("empty attempt") << "s3cret-pass"
                                   << "" << false;
    QTest::newRow("trailing space") << "s3cret-pass"
                                    << "s3cret-pass " << false;
}

void TestPassword::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, ok);
    const QString hash = hashPassword(password);
    QVERIFY(!hash.isEmpty());
    QCOMPARE(verifyPassword(attempt, hash), ok);
}

void TestPassword::saltMakesHashesDiffer()
{
    const QString a = hashPassword(QStringLiteral("same password"));
    const QString b = hashPassword(QStringLiteral("same password"));
    QVERIFY(a != b);
    QVERIFY(verifyPassword(QStringLiteral("same password"), a));
    QVERIFY(verifyPassword(QStringLiteral("same password"), b));
}

void TestPassword::garbageHashRefused_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << "password1";
    QTest::newRow("truncated") << hashPassword(QStringLiteral("password1")).left(40);
    QTest::newRow("very long") << QString(500, QLatin1Char('a'));
}

void TestPassword::garbageHashRefused()
{
    QFETCH(QString, hash);
    QVERIFY(!verifyPassword(QStringLiteral("password1"), hash));
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
