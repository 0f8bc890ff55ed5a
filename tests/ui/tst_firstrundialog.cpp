// FirstRunDialog: the form refuses what it must (OK stays disabled), and a valid form
// creates a real encrypted database with its first administrator off the GUI thread.

#include "firstrundialog.h"
#include "services/authservice.h"
#include "storage/database.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using sw::ui::FirstRunDialog;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okDisabledForInvalidForm_data();
    void okDisabledForInvalidForm();
    void strengthHintFollowsTyping();
    void validFormCreatesDatabaseAndAdmin();
    void existingFileIsNotOverwritten();

private:
    static void fill(FirstRunDialog& dialog, const QString& passphrase, const QString& passphraseConfirm,
                     const QString& login, const QString& name, const QString& password,
                     const QString& passwordConfirm);
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
};

void TestFirstRunDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
}

void TestFirstRunDialog::fill(FirstRunDialog& dialog, const QString& passphrase,
                              const QString& passphraseConfirm, const QString& login, const QString& name,
                              const QString& password, const QString& passwordConfirm)
{
    const QList<QPair<QLineEdit*, QString>> fields = {
        {dialog.passphraseEdit(), passphrase}, {dialog.passphraseConfirmEdit(), passphraseConfirm},
        {dialog.loginEdit(), login},           {dialog.displayNameEdit(), name},
        {dialog.passwordEdit(), password},     {dialog.passwordConfirmEdit(), passwordConfirm}};
    for (const auto& [edit, text] : fields) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestFirstRunDialog::okDisabledForInvalidForm_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("passphraseConfirm");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("passwordConfirm");
    QTest::addColumn<bool>("valid");

    const QString pp = QStringLiteral("correct horse battery");
    const QString pw = QStringLiteral("admin-pass-1");
    QTest::newRow("valid") << pp << pp << "admin"
                           << "Wang Min" << pw << pw << true;
    QTest::newRow("passphrases differ") << pp << pp + "x"
                                        << "admin"
                                        << "Wang Min" << pw << pw << false;
    QTest::newRow("passphrase too short") << "short pass"
                                          << "short pass"
                                          << "admin"
                                          << "Wang Min" << pw << pw << false;
    QTest::newRow("passwords differ") << pp << pp << "admin"
                                      << "Wang Min" << pw << pw + "x" << false;
    QTest::newRow("password too short") << pp << pp << "admin"
                                        << "Wang Min"
                                        << "abc"
                                        << "abc" << false;
    QTest::newRow("no login") << pp << pp << ""
                              << "Wang Min" << pw << pw << false;
    QTest::newRow("no name") << pp << pp << "admin"
                             << "" << pw << pw << false;
    QTest::newRow("password equals passphrase") << pp << pp << "admin"
                                                << "Wang Min" << pp << pp << false;
}

void TestFirstRunDialog::okDisabledForInvalidForm()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, passphraseConfirm);
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, passwordConfirm);
    QFETCH(bool, valid);

    QTemporaryDir dir;
    FirstRunDialog dialog(dir.filePath(QStringLiteral("new.db")));
    dialog.show();
    fill(dialog, passphrase, passphraseConfirm, login, name, password, passwordConfirm);
    QCOMPARE(dialog.okButton()->isEnabled(), valid);

    if (!valid) {
        // Enter on an invalid form must not start anything either.
        QTest::keyClick(dialog.passwordConfirmEdit(), Qt::Key_Return);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new.db"))));
    }
}

void TestFirstRunDialog::strengthHintFollowsTyping()
{
    QTemporaryDir dir;
    FirstRunDialog dialog(dir.filePath(QStringLiteral("new.db")));
    dialog.show();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("abc"));
    const QString tooShort = dialog.strengthLabel()->text();
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("defghij-KLM-42-xyz!"));
    QVERIFY(!dialog.strengthLabel()->text().isEmpty());
    QVERIFY(dialog.strengthLabel()->text() != tooShort);
}

void TestFirstRunDialog::validFormCreatesDatabaseAndAdmin()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/shopwarden.db"));
    FirstRunDialog dialog(path);
    dialog.show();
    fill(dialog, QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"),
         QStringLiteral("boss"), QStringLiteral("Wang Min"), QStringLiteral("admin-pass-1"),
         QStringLiteral("admin-pass-1"));
    QVERIFY(dialog.okButton()->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    // The key derivation runs off the GUI thread: right after the click the dialog is
    // busy and its inputs are disabled, and the event loop is still ours.
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.passphraseEdit()->isEnabled());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(accepted.wait(swtest::kSlowWorkTimeoutMs));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.passphraseEdit()->text().isEmpty()); // secrets do not linger in the widgets

    std::unique_ptr<sw::storage::Database> db = dialog.takeDatabase();
    QVERIFY(db);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(dialog.adminLogin(), QStringLiteral("boss"));
    sw::services::AuthService auth(*db);
    QVERIFY(auth.hasUsers());
    auto actor = auth.login(QStringLiteral("boss"), QStringLiteral("admin-pass-1"));
    QVERIFY2(actor.ok(), qPrintable(actor.message()));
    QCOMPARE(actor->displayName, QStringLiteral("Wang Min"));
    QVERIFY(actor->has(sw::domain::Role::Admin));
    db.reset();

    // The passphrase typed in the dialog opens the file.
    auto reopened = sw::storage::Database::open(
        path, sw::storage::Secret::fromUtf8(QStringLiteral("correct horse battery")));
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
}

void TestFirstRunDialog::existingFileIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();

    FirstRunDialog dialog(path);
    dialog.show();
    fill(dialog, QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"),
         QStringLiteral("admin"), QStringLiteral("Wang Min"), QStringLiteral("admin-pass-1"),
         QStringLiteral("admin-pass-1"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.isVisible());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
