// ServerSettingsDialog: server address validation (https://host[:port]; http only after
// the explicit "unencrypted" tick), the CA certificate line (readable PEM with subject
// and expiry, or why not), the settings round trip through local_state (interval 0 =
// only with Sync Now), a refusal by SyncClient::saveSettings shown inline, and Sign In
// with a real SyncClient: it stores the form first, and a server that cannot be
// reached is reported in the dialog.

#include "serversettingsdialog.h"
#include "support/servicefixture.h"
#include "sync/syncclient.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using sw::sync::SyncClient;
using sw::ui::ServerSettingsDialog;
using UrlCheck = ServerSettingsDialog::UrlCheck;

class TestServerSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checkUrl_data();
    void checkUrl();
    void okNeedsValidAddress_data();
    void okNeedsValidAddress();
    void certificateLine();
    void savedSettingsRoundTrip();
    void manualOnlyInterval();
    void cancelStoresNothing();
    void refusalShownInline();
    void signInStoresFirstAndReportsFailure();
    void onlyAdminsChangeTheServer();

private:
    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
    QTemporaryDir m_dir;
    QString m_pem; // a readable CA certificate once certificateLine() ran (needs openssl)
};

void TestServerSettingsDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
}

void TestServerSettingsDialog::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestServerSettingsDialog::checkUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<UrlCheck>("expected");
    QTest::newRow("empty") << "" << UrlCheck::Empty;
    QTest::newRow("blank") << "   " << UrlCheck::Empty;
    QTest::newRow("https") << "https://sync.example.com" << UrlCheck::Https;
    QTest::newRow("https port") << "https://sync.example.com:8443" << UrlCheck::Https;
    QTest::newRow("trailing slash") << "https://sync.example.com/" << UrlCheck::Https;
    QTest::newRow("path") << "https://sync.example.com:8443/shop" << UrlCheck::Invalid;
    QTest::newRow("https ip") << " https://127.0.0.1:9000 " << UrlCheck::Https;
    QTest::newRow("http") << "http://localhost:8080" << UrlCheck::Http;
    QTest::newRow("ftp") << "ftp://sync.example.com" << UrlCheck::Invalid;
    QTest::newRow("no scheme") << "sync.example.com" << UrlCheck::Invalid;
    QTest::newRow("no host") << "https://" << UrlCheck::Invalid;
    QTest::newRow("user info") << "https://bob:secret@sync.example.com" << UrlCheck::Invalid;
    QTest::newRow("query") << "https://sync.example.com/?token=x" << UrlCheck::Invalid;
    QTest::newRow("spaces") << "https://sync example.com" << UrlCheck::Invalid;
}

void TestServerSettingsDialog::checkUrl()
{
    QFETCH(QString, text);
    QFETCH(UrlCheck, expected);
    QCOMPARE(ServerSettingsDialog::checkUrl(text), expected);
}

void TestServerSettingsDialog::okNeedsValidAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("tickHttp");
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<bool>("warningShown");
    QTest::newRow("empty: sync off") << "" << false << true << true;
    QTest::newRow("https") << "https://sync.example.com" << false << true << false;
    QTest::newRow("http without tick") << "http://sync.example.com" << false << false << true;
    QTest::newRow("http with tick") << "http://sync.example.com" << true << true << true;
    QTest::newRow("garbage") << "sync:example" << false << false << true;
}

void TestServerSettingsDialog::okNeedsValidAddress()
{
    QFETCH(QString, url);
    QFETCH(bool, tickHttp);
    QFETCH(bool, okEnabled);
    QFETCH(bool, warningShown);

    ServerSettingsDialog dialog(m_fixture.db(), nullptr, m_admin);
    dialog.show();
    dialog.urlEdit()->clear();
    QTest::keyClicks(dialog.urlEdit(), url);
    QCOMPARE(dialog.allowHttpBox()->isVisible(), url.startsWith(QLatin1String("http:")));
    if (tickHttp)
        QTest::mouseClick(dialog.allowHttpBox(), Qt::LeftButton, {},
                          QPoint(5, dialog.allowHttpBox()->height() / 2));
    QCOMPARE(dialog.allowHttpBox()->isChecked(), tickHttp);
    QCOMPARE(dialog.okButton()->isEnabled(), okEnabled);
    QCOMPARE(dialog.urlProblemLabel()->isVisible(), warningShown);
    // Without a SyncClient there is nothing to sign in with.
    QVERIFY(!dialog.signInButton()->isEnabled());
}

void TestServerSettingsDialog::certificateLine()
{
    bool usable = false;
    ServerSettingsDialog::describeCertificate(QString(), &usable);
    QVERIFY(usable);

    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    QCOMPARE(ServerSettingsDialog::describeCertificate(missing, &usable),
             QStringLiteral("The file cannot be read."));
    QVERIFY(!usable);

    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
    }
    QCOMPARE(ServerSettingsDialog::describeCertificate(garbage, &usable),
             QStringLiteral("The file holds no PEM certificate."));
    QVERIFY(!usable);

    ServerSettingsDialog dialog(m_fixture.db(), nullptr, m_admin);
    dialog.show();
    dialog.urlEdit()->setText(QStringLiteral("https://sync.example.com"));
    dialog.caFileEdit()->setText(garbage);
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.caInfoLabel()->text(), QStringLiteral("The file holds no PEM certificate."));

    // A real self-signed CA: its common name and expiry are shown.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed; the readable-certificate case needs it");
    const QString pem = m_dir.filePath(QStringLiteral("ca.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("30"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Shopwarden Test CA"), QStringLiteral("-keyout"),
                            m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), pem});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    m_pem = pem;
    dialog.caFileEdit()->setText(pem);
    QVERIFY(dialog.caInfoLabel()->text().startsWith(QStringLiteral("Shopwarden Test CA — valid until ")));
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestServerSettingsDialog::savedSettingsRoundTrip()
{
    {
        ServerSettingsDialog dialog(m_fixture.db(), nullptr, m_admin);
        dialog.show();
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:8080/"));
        dialog.allowHttpBox()->setChecked(true);
        dialog.caFileEdit()->clear();
        dialog.intervalMinutesBox()->setValue(15);
        QSignalSpy saved(&dialog, &ServerSettingsDialog::saved);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(swtest::kSlowWorkTimeoutMs));
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QCOMPARE(accepted.count(), 1);
    }
    const SyncClient::Settings stored = SyncClient::loadSettings(m_fixture.db());
    QCOMPARE(stored.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QVERIFY(stored.caCertificateFile.isEmpty());
    QCOMPARE(stored.intervalSecs, 15 * 60);

    // A new dialog shows what is stored, the http choice included.
    ServerSettingsDialog again(m_fixture.db(), nullptr, m_admin);
    again.show();
    QCOMPARE(again.urlEdit()->text(), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(again.allowHttpBox()->isChecked());
    QCOMPARE(again.intervalMinutesBox()->value(), 15);
    QVERIFY(again.okButton()->isEnabled());
}

void TestServerSettingsDialog::manualOnlyInterval()
{
    {
        ServerSettingsDialog dialog(m_fixture.db(), nullptr, m_admin);
        dialog.show();
        dialog.urlEdit()->setText(QStringLiteral("https://sync.example.com"));
        dialog.intervalMinutesBox()->setValue(0);
        QCOMPARE(dialog.intervalMinutesBox()->text(), QStringLiteral("Only with Sync Now"));
        QSignalSpy saved(&dialog, &ServerSettingsDialog::saved);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(swtest::kSlowWorkTimeoutMs));
        QCOMPARE(saved.at(0).at(0).toBool(), true);
    }
    QCOMPARE(SyncClient::loadSettings(m_fixture.db()).intervalSecs, 0);
    ServerSettingsDialog again(m_fixture.db(), nullptr, m_admin);
    QCOMPARE(again.intervalMinutesBox()->value(), 0);
}

void TestServerSettingsDialog::cancelStoresNothing()
{
    const SyncClient::Settings before = SyncClient::loadSettings(m_fixture.db());
    {
        ServerSettingsDialog dialog(m_fixture.db(), nullptr, m_admin);
        dialog.show();
        dialog.urlEdit()->setText(QStringLiteral("https://other.example.com"));
        dialog.reject();
    }
    const SyncClient::Settings after = SyncClient::loadSettings(m_fixture.db());
    QCOMPARE(after.serverUrl, before.serverUrl);
    QCOMPARE(after.intervalSecs, before.intervalSecs);
}

void TestServerSettingsDialog::refusalShownInline()
{
    if (m_pem.isEmpty())
        QSKIP("needs the certificate certificateLine() made with openssl");
    // The CA file goes away after the form was checked: SyncClient refuses, the dialog
    // says why and stays open with nothing stored.
    const QString pem = m_dir.filePath(QStringLiteral("going.pem"));
    QVERIFY(QFile::copy(m_pem, pem));
    const SyncClient::Settings before = SyncClient::loadSettings(m_fixture.db());
    ServerSettingsDialog dialog(m_fixture.db(), nullptr, m_admin);
    dialog.show();
    dialog.urlEdit()->setText(QStringLiteral("https://third.example.com"));
    dialog.caFileEdit()->setText(pem);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(QFile::remove(pem));
    QSignalSpy saved(&dialog, &ServerSettingsDialog::saved);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(swtest::kSlowWorkTimeoutMs));
    QCOMPARE(saved.at(0).at(0).toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QCOMPARE(SyncClient::loadSettings(m_fixture.db()).serverUrl, before.serverUrl);
}

void TestServerSettingsDialog::signInStoresFirstAndReportsFailure()
{
    // Nothing listens on port 1 of this machine: the sign-in fails fast, as it does
    // when the server is down.
    SyncClient client(m_fixture.db());
    ServerSettingsDialog dialog(m_fixture.db(), &client, m_admin);
    dialog.show();
    dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:1"));
    dialog.allowHttpBox()->setChecked(true);
    dialog.caFileEdit()->clear();
    QVERIFY(!dialog.signInButton()->isEnabled()); // no password yet
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("admin-password"));
    QVERIFY(dialog.signInButton()->isEnabled());

    QSignalSpy saved(&dialog, &ServerSettingsDialog::saved);
    QSignalSpy failed(&client, &SyncClient::signInFailed);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // the form forgets it at once
    QVERIFY(saved.count() == 1 || saved.wait(swtest::kSlowWorkTimeoutMs));
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QCOMPARE(SyncClient::loadSettings(m_fixture.db()).serverUrl, QUrl(QStringLiteral("http://127.0.0.1:1")));

    QVERIFY(failed.count() == 1 || failed.wait(swtest::kSlowWorkTimeoutMs));
    QVERIFY(dialog.accountLabel()->text().startsWith(QStringLiteral("Signing in failed: ")));
    QVERIFY(!dialog.signOutButton()->isEnabled());
    QVERIFY(dialog.isVisible()); // signing in does not close the dialog
}

void TestServerSettingsDialog::onlyAdminsChangeTheServer()
{
    // An agent sees the workstation's server but cannot change it (their sign-in would
    // otherwise send the next user's password wherever they pointed it); signing in to
    // the stored server is theirs.
    const SyncClient::Settings before = SyncClient::loadSettings(m_fixture.db());
    QVERIFY(!before.serverUrl.isEmpty());
    const sw::services::Actor agent{QStringLiteral("5d7c7c0e-1111-4aaa-8bbb-000000000001"),
                                    QStringLiteral("lina"),
                                    QStringLiteral("李娜"),
                                    {},
                                    {sw::domain::Role::Agent}};
    SyncClient client(m_fixture.db());
    ServerSettingsDialog dialog(m_fixture.db(), &client, agent);
    dialog.show();
    QCOMPARE(dialog.urlEdit()->text(), before.serverUrl.toString());
    QVERIFY(!dialog.urlEdit()->isEnabled());
    QVERIFY(!dialog.caFileEdit()->isEnabled());
    QVERIFY(!dialog.intervalMinutesBox()->isEnabled());
    QVERIFY(dialog.passwordEdit()->isEnabled());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("lina-password"));
    QVERIFY(dialog.signInButton()->isEnabled());
    QSignalSpy saved(&dialog, &ServerSettingsDialog::saved);
    QSignalSpy failed(&client, &SyncClient::signInFailed);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(failed.count() == 1 || failed.wait(swtest::kSlowWorkTimeoutMs)); // port 1: nobody there
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.okButton()->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1); // closes at once: nothing to store
    QCOMPARE(saved.count(), 0);
    QCOMPARE(SyncClient::loadSettings(m_fixture.db()).serverUrl, before.serverUrl);
}

QTEST_MAIN(TestServerSettingsDialog)
#include "tst_serversettingsdialog.moc"
