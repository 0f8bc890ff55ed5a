// KeyDerivation: Argon2id parameters, known answers, the SQLCipher key spec format.

#include "storage/keyderivation.h"

#include <QTest>

using sw::ErrorCode;
using sw::storage::KdfParams;
using sw::storage::KeyDerivation;
using sw::storage::Secret;

class TestKeyDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parametersV1();
    void knownAnswer_data();
    void knownAnswer();
    void differsWithSaltAndPassphrase();
    void refusesBadInput();
    void randomSalt();
    void keySpecFormat();
};

void TestKeyDerivation::parametersV1()
{
    // docs/security.md "KDF v1": Argon2id, 3 passes, 64 MiB, 32-byte key, 16-byte salt.
    const KdfParams v1 = KeyDerivation::current();
    QCOMPARE(v1.version, 1);
    QCOMPARE(v1.opsLimit, 3ull);
    QCOMPARE(v1.memLimit, std::size_t(64) * 1024 * 1024);
    QCOMPARE(KeyDerivation::kKeySize, std::size_t(32));
    QCOMPARE(KeyDerivation::kSaltSize, std::size_t(16));
    QVERIFY(!KeyDerivation::all().isEmpty());
    QCOMPARE(KeyDerivation::all().first().version, v1.version);
}

void TestKeyDerivation::knownAnswer_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("saltHex");
    QTest::addColumn<QByteArray>("keyHex");
    // Expected keys computed independently with the reference Argon2 library
    // (libargon2: argon2id_hash_raw(t=3, m=65536 KiB, p=1, …, 32 bytes)).
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple")
                           << QByteArray("000102030405060708090a0b0c0d0e0f")
                           << QByteArray("0d1a3c6523c8f06e4e0af9c515aa5b5448cfebd6838f2d52c3d8b6ef8ddc3c2e");
    QTest::newRow("chinese") << QStringLiteral(u"店务管家 密码")
                             << QByteArray("a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5")
                             << QByteArray(
                                    "989824a46943887045ec8be7d337e1ef0f5caa8ad2e9309fae4980d0863e2392");
    QTest::newRow("one letter changed")
        << QStringLiteral("correct horse battery staplf") << QByteArray("000102030405060708090a0b0c0d0e0f")
        << QByteArray("908ff56fd6469e4251a45d68eda22d36c671f3751e3a168820f808ed9e9dc557");
}

void TestKeyDerivation::knownAnswer()
{
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, saltHex);
    QFETCH(QByteArray, keyHex);
    const auto key = KeyDerivation::deriveKey(Secret::fromUtf8(passphrase), QByteArray::fromHex(saltHex));
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QCOMPARE(key->size(), KeyDerivation::kKeySize);
    QCOMPARE(QByteArray(key->chars(), qsizetype(key->size())).toHex(), keyHex);
}

void TestKeyDerivation::differsWithSaltAndPassphrase()
{
    const QByteArray salt1(16, '\x01');
    const QByteArray salt2(16, '\x02');
    const auto a = KeyDerivation::deriveKey(Secret::fromUtf8(QStringLiteral("passphrase")), salt1);
    const auto again = KeyDerivation::deriveKey(Secret::fromUtf8(QStringLiteral("passphrase")), salt1);
    const auto otherSalt = KeyDerivation::deriveKey(Secret::fromUtf8(QStringLiteral("passphrase")), salt2);
    const auto otherPass = KeyDerivation::deriveKey(Secret::fromUtf8(QStringLiteral("Passphrase")), salt1);
    QVERIFY(a.ok() && again.ok() && otherSalt.ok() && otherPass.ok());
    const auto bytes = [](const Secret& s) {
        return QByteArray(s.chars(), qsizetype(s.size()));
    };
    QCOMPARE(bytes(*a), bytes(*again));
    QVERIFY(bytes(*a) != bytes(*otherSalt));
    QVERIFY(bytes(*a) != bytes(*otherPass));
}

void TestKeyDerivation::refusesBadInput()
{
    const auto empty = KeyDerivation::deriveKey(Secret(), QByteArray(16, 'x'));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.code(), ErrorCode::InvalidInput);
    const auto shortSalt =
        KeyDerivation::deriveKey(Secret::fromUtf8(QStringLiteral("pw")), QByteArray(8, 'x'));
    QVERIFY(!shortSalt.ok());
}

void TestKeyDerivation::randomSalt()
{
    const QByteArray a = KeyDerivation::randomSalt();
    const QByteArray b = KeyDerivation::randomSalt();
    QCOMPARE(a.size(), 16);
    QCOMPARE(b.size(), 16);
    QVERIFY(a != b);
}

void TestKeyDerivation::keySpecFormat()
{
    const QByteArray keyBytes =
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QByteArray salt = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    const Secret key = Secret::fromBytes(keyBytes.constData(), std::size_t(keyBytes.size()));
    const Secret spec = KeyDerivation::keySpec(key, salt);
    QCOMPARE(spec.size(), std::size_t(99));
    QCOMPARE(QByteArray(spec.chars(), qsizetype(spec.size())), "x'" + keyBytes.toHex() + salt.toHex() + "'");
}

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "tst_keyderivation.moc"
