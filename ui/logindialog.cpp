#include "logindialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "services/authservice.h"
#include "storage/database.h"
#include "uisettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <utility>

namespace sw::ui {

LoginDialog::LoginDialog(storage::Database& db, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setMaxLength(32);
    okButton()->setText(tr("&Sign in"));

    auto* file = new QLabel(tr("Database: %1").arg(QFileInfo(db.path()).fileName()), this);
    file->setToolTip(QDir::toNativeSeparators(db.path()));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateOk);

    m_login->setText(QSettings().value(settings::lastLoginKey()).toString());
    if (!m_login->text().isEmpty())
        m_password->setFocus();
    setMinimumWidth(360);
    updateOk();
}

LoginDialog::~LoginDialog()
{
    m_acceptedPassword.fill(QChar(0)); // best effort, in case nobody took it
}

QString LoginDialog::takePassword()
{
    return std::exchange(m_acceptedPassword, QString()); // moved out: no copy stays here
}

QPushButton* LoginDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool LoginDialog::isBusy() const
{
    return m_busy->isBusy();
}

void LoginDialog::updateOk()
{
    okButton()->setEnabled(!isBusy() && !m_login->text().trimmed().isEmpty() &&
                           !m_password->text().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Checking…"));
    else
        m_busy->stop();
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    updateOk();
}

void LoginDialog::accept()
{
    if (isBusy() || !okButton()->isEnabled())
        return;
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    m_error->setVisible(false);
    setBusy(true);

    storage::Database* db = &m_db;
    const Clock* clock = m_clock;
    runOffThread(
        this,
        [db, clock, login, password]() {
            return withThreadConnection(
                *db, [&] { return services::AuthService(*db, clock).login(login, password); });
        },
        [this, login, password](Result<services::Actor> result) {
            setBusy(false);
            if (!result.ok()) {
                m_lastError = result.code();
                m_error->setText(result.message());
                m_error->setVisible(true);
                m_password->setFocus();
                return;
            }
            m_lastError.reset();
            m_actor = result.value();
            m_acceptedPassword = password;
            QSettings().setValue(settings::lastLoginKey(), login);
            Q_EMIT signedIn(m_actor);
            QDialog::accept();
        });
}

void LoginDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace sw::ui
