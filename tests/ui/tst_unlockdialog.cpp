// UnlockDialog: a wrong passphrase is reported inline, leaves the file unchanged and
// lets the user try again; the right one hands over the open database.

#include "storage/database.h"
#include "uitestsupport.h"
#include "unlockdialog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using sw::ui::UnlockDialog;

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPassphraseThenRetry();
    void foreignFileIsRefused();

private:
    static QByteArray digest(const QString& path);
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
};

void TestUnlockDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
}

QByteArray TestUnlockDialog::digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestUnlockDialog::wrongPassphraseThenRetry()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        auto created = sw::storage::Database::create(
            path, sw::storage::Secret::fromUtf8(QStringLiteral("right passphrase 1")));
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }
    const QByteArray before = digest(path);

    UnlockDialog dialog(path);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("wrong passphrase"));
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), swtest::kSlowWorkTimeoutMs);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QVERIFY(dialog.passphraseEdit()->text().isEmpty());
    QCOMPARE(digest(path), before);

    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("right passphrase 1"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(swtest::kSlowWorkTimeoutMs));
    std::unique_ptr<sw::storage::Database> db = dialog.takeDatabase();
    QVERIFY(db);
    QCOMPARE(db->path(), path);
    QVERIFY(db->schemaVersion() > 0);
}

void TestUnlockDialog::foreignFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = digest(path);

    UnlockDialog dialog(path);
    dialog.show();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("any passphrase"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), swtest::kSlowWorkTimeoutMs);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.takeDatabase());
    QCOMPARE(digest(path), before);
}

QTEST_MAIN(TestUnlockDialog)
#include "tst_unlockdialog.moc"
