#include "serversettingsdialog.h"

#include "offthread.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sw::ui {

using State = sync::SyncClient::State;

ServerSettingsDialog::ServerSettingsDialog(storage::Database& db, sync::SyncClient* client,
                                           const services::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_client(client)
    , m_actor(actor)
    , m_canEdit(actor.can(domain::Permission::ManageSettings))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_allowHttp(new QCheckBox(tr("Allow an &unencrypted connection (http)"), this))
    , m_caFile(new QLineEdit(this))
    , m_caInfo(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign &In to the Server"), this))
    , m_signOut(new QPushButton(tr("Sign O&ut of the Server"), this))
    , m_account(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_fitTimer(new QTimer(this))
{
    setWindowTitle(tr("Sync Server"));

    m_url->setPlaceholderText(QStringLiteral("https://sync.example.com:8443"));
    m_urlProblem->setWordWrap(true);
    m_allowHttp->setToolTip(
        tr("Only for a server on this computer or a trusted private network: passwords and data "
           "travel unencrypted."));
    m_caFile->setPlaceholderText(tr("Optional: the system's certificates are used when empty"));
    m_caInfo->setWordWrap(true);
    m_account->setWordWrap(true); // a refused sign-in says why
    // 0 = no periodic sync; SyncClient takes 0 … 86,400 s.
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min", "sync interval unit"));
    m_interval->setSpecialValueText(tr("Only with Sync Now"));
    m_interval->setToolTip(
        tr("How often to sync while signed in to the server; 0 = only when you choose Sync Now"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;")); // as in the sign-in dialog
    m_error->hide();

    // One row from local_state: no key derivation, no network; fast enough for the GUI thread.
    const sync::SyncClient::Settings stored = sync::SyncClient::loadSettings(m_db);
    m_url->setText(stored.serverUrl.toString());
    m_allowHttp->setChecked(checkUrl(m_url->text()) == UrlCheck::Http);
    m_caFile->setText(QDir::toNativeSeparators(stored.caCertificateFile));
    m_interval->setValue(stored.intervalSecs == 0 ? 0 : qBound(1, stored.intervalSecs / 60, 24 * 60));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto* server = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(server);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(QString(), m_urlProblem);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("CA &certificate:"), caRow);
    form->addRow(QString(), m_caInfo);
    form->addRow(tr("Sync &every:"), m_interval);
    // The server is the workstation's, and signing in to Shopwarden sends the typed
    // password to it: only administrators may point it elsewhere.
    server->setEnabled(m_canEdit);
    auto* readOnly =
        new QLabel(tr("Only an administrator can change the sync server of this workstation."), this);
    readOnly->setWordWrap(true);
    readOnly->setVisible(!m_canEdit);

    auto* account = new QGroupBox(tr("Account on the server"), this);
    auto* accountForm = new QFormLayout(account);
    auto* login = new QLabel(m_actor.login, this);
    login->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountForm->addRow(tr("Login:"), login);
    accountForm->addRow(tr("&Password:"), m_password);
    auto* accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_signIn);
    accountButtons->addWidget(m_signOut);
    accountButtons->addStretch(1);
    accountForm->addRow(QString(), accountButtons);
    accountForm->addRow(QString(), m_account);
    account->setEnabled(m_client != nullptr);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(readOnly);
    layout->addWidget(account);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &ServerSettingsDialog::validate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ServerSettingsDialog::validate);
    connect(m_caFile, &QLineEdit::textChanged, this, &ServerSettingsDialog::updateCertificate);
    connect(m_password, &QLineEdit::textChanged, this, &ServerSettingsDialog::validate);
    connect(browse, &QPushButton::clicked, this, &ServerSettingsDialog::browseCertificate);
    connect(m_signIn, &QPushButton::clicked, this, &ServerSettingsDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &ServerSettingsDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->signOut();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerSettingsDialog::reject);
    if (m_client) {
        connect(m_client, &sync::SyncClient::stateChanged, this, &ServerSettingsDialog::updateAccount);
        connect(m_client, &sync::SyncClient::signedIn, this, [this](const QString& name) {
            m_account->setText(tr("Signed in to the server as %1.").arg(name));
            validate();
        });
        connect(m_client, &sync::SyncClient::signInFailed, this, [this](const QString& message) {
            m_account->setText(tr("Signing in failed: %1").arg(message));
            validate();
        });
    }

    updateCertificate();
    updateAccount();
    validate();
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &ServerSettingsDialog::fitHeight);
    resize(560, 0);
    fitHeight();
}

void ServerSettingsDialog::fitHeight()
{
    // Wrapped lines (the address warning, the certificate, the sign-in result) come and
    // go and change length: grow so that none is cut, and give the room back when they
    // shrink unless the user has sized the dialog.
    QLayout* top = layout();
    top->activate();
    const int needed =
        top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed || height() == m_fittedHeight)
        resize(width(), needed);
    m_fittedHeight = height();
}

void ServerSettingsDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    // A narrower dialog wraps into more lines.
    if (event->size().width() != event->oldSize().width())
        m_fitTimer->start();
}

QPushButton* ServerSettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

ServerSettingsDialog::UrlCheck ServerSettingsDialog::checkUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return UrlCheck::Empty;
    const QUrl url(trimmed, QUrl::StrictMode);
    // SyncClient::saveSettings() takes scheme://host[:port] and nothing more.
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return UrlCheck::Invalid;
    if (url.scheme() == QLatin1String("https"))
        return UrlCheck::Https;
    if (url.scheme() == QLatin1String("http"))
        return UrlCheck::Http;
    return UrlCheck::Invalid;
}

QString ServerSettingsDialog::describeCertificate(const QString& path, bool* usable)
{
    if (usable)
        *usable = false;
    if (path.trimmed().isEmpty()) {
        if (usable)
            *usable = true;
        return tr("The system's trusted certificates are used.");
    }
    if (!QFileInfo(path).isReadable())
        return tr("The file cannot be read.");
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        return tr("The file holds no PEM certificate.");
    const QSslCertificate& first = certificates.first();
    QString subject = first.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (subject.isEmpty())
        subject = first.subjectDisplayName();
    const QString expiry = QLocale().toString(first.expiryDate().toLocalTime().date(), QLocale::ShortFormat);
    if (first.expiryDate() < QDateTime::currentDateTimeUtc())
        return tr("%1 — expired on %2.").arg(subject, expiry);
    if (usable)
        *usable = true;
    return tr("%1 — valid until %2.").arg(subject, expiry);
}

sync::SyncClient::Settings ServerSettingsDialog::settings() const
{
    sync::SyncClient::Settings settings;
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        // One spelling per server: "https://host/" and "https://host" are the same.
        QUrl parsed = QUrl(url, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
        if (parsed.path() == QLatin1String("/"))
            parsed.setPath(QString());
        settings.serverUrl = parsed;
    }
    settings.caCertificateFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    settings.intervalSecs = m_interval->value() * 60;
    return settings;
}

void ServerSettingsDialog::validate()
{
    const UrlCheck check = checkUrl(m_url->text());
    m_allowHttp->setVisible(check == UrlCheck::Http);
    bool urlOk = false;
    switch (check) {
    case UrlCheck::Empty:
        m_urlProblem->setText(tr("Without a server address this workstation does not sync."));
        urlOk = true;
        break;
    case UrlCheck::Invalid:
        m_urlProblem->setText(tr("Enter an address such as https://sync.example.com:8443 (https, a host name "
                                 "and an optional port)."));
        break;
    case UrlCheck::Https:
        m_urlProblem->clear();
        urlOk = true;
        break;
    case UrlCheck::Http:
        m_urlProblem->setText(
            tr("Warning: http is not encrypted. Your password and all synced data can be read "
               "on the network. Use https unless the server runs on this computer."));
        urlOk = m_allowHttp->isChecked();
        break;
    }
    m_urlProblem->setVisible(!m_urlProblem->text().isEmpty());
    bool caOk = false;
    describeCertificate(m_caFile->text(), &caOk);
    const bool formOk = urlOk && caOk;
    okButton()->setEnabled((formOk || !m_canEdit) && !m_busy);
    const bool signedIn = m_client && m_client->state() != State::SignedOut &&
                          m_client->state() != State::NotConfigured && m_client->state() != State::SigningIn;
    m_signIn->setEnabled(m_client && formOk && !m_busy && check != UrlCheck::Empty &&
                         !m_password->text().isEmpty() && m_client->state() != State::SigningIn);
    m_signOut->setEnabled(signedIn);
    // After the layout requests of the group boxes have reached the dialog's layout.
    m_fitTimer->start();
}

void ServerSettingsDialog::updateCertificate()
{
    bool usable = false;
    m_caInfo->setText(describeCertificate(m_caFile->text(), &usable));
    validate();
}

void ServerSettingsDialog::browseCertificate()
{
    auto* chooser = new QFileDialog(this, tr("CA Certificate"), QFileInfo(m_caFile->text()).absolutePath(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_caFile->setText(QDir::toNativeSeparators(file)); });
    chooser->open();
}

void ServerSettingsDialog::signIn()
{
    if (!m_client || !m_signIn->isEnabled())
        return;
    QString password = m_password->text();
    m_password->clear();
    m_account->setText(tr("Signing in…"));
    if (!m_canEdit) { // the stored server, which the client already has
        m_client->signIn(m_actor.login, password);
        password.fill(QChar(0));
        validate();
        return;
    }
    // Signing in stores the form first: the client must never talk to a server that
    // Cancel would then leave unsaved (and the next start would not know).
    store([this, password](bool ok) mutable {
        if (ok && m_client)
            m_client->signIn(m_actor.login, password); // queued to the client's worker
        else
            m_account->setText(tr("Not signed in to the server."));
        password.fill(QChar(0)); // best effort: the client keeps its own copy only for the request
    });
}

void ServerSettingsDialog::updateAccount()
{
    if (!m_client) {
        m_account->setText(tr("Sync is not available in this session."));
    } else {
        switch (m_client->state()) {
        case State::NotConfigured:
        case State::SignedOut:
            m_account->setText(tr("Not signed in to the server."));
            break;
        case State::SigningIn:
            m_account->setText(tr("Signing in…"));
            break;
        case State::Idle:
        case State::Pushing:
        case State::Pulling:
        case State::Offline:
        case State::Failed:
            if (m_account->text().isEmpty() || m_account->text() == tr("Not signed in to the server.") ||
                m_account->text() == tr("Signing in…"))
                m_account->setText(tr("Signed in to the server."));
            break;
        }
    }
    validate();
}

void ServerSettingsDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    if (!m_canEdit) { // nothing to store
        QDialog::accept();
        return;
    }
    store([this](bool ok) {
        if (ok)
            QDialog::accept();
    });
}

void ServerSettingsDialog::reject()
{
    if (!m_busy) // a write is running; its answer needs this dialog
        QDialog::reject();
}

void ServerSettingsDialog::store(std::function<void(bool)> then)
{
    m_busy = true;
    m_error->hide();
    validate();
    const sync::SyncClient::Settings wanted = settings();
    storage::Database* db = &m_db;
    // A database write: off the GUI thread (another writer may hold the lock a while).
    runOffThread(
        this,
        [db, wanted] {
            return withThreadConnection(*db, [&] { return sync::SyncClient::saveSettings(*db, wanted); });
        },
        [this, wanted, then = std::move(then)](const Status& result) {
            const bool ok = result.ok();
            m_busy = false;
            Q_EMIT saved(ok);
            if (!ok) {
                m_error->setText(result.message());
                m_error->show();
            } else if (m_client) {
                m_client->configure(wanted);
            }
            validate();
            then(ok);
        });
}

} // namespace sw::ui
