#include "firstrundialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "passphrasestrength.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {

QLineEdit* secretEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

void removeDatabaseFiles(const QString& path)
{
    // SQLite's companions go with the main file; a half-created database must not
    // make the next start ask to unlock a file that has no administrator.
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_form(new QWidget(this))
    , m_passphrase(secretEdit(m_form))
    , m_passphraseConfirm(secretEdit(m_form))
    , m_strength(new QLabel(m_form))
    , m_login(new QLineEdit(m_form))
    , m_displayName(new QLineEdit(m_form))
    , m_password(secretEdit(m_form))
    , m_passwordConfirm(secretEdit(m_form))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Welcome to Shopwarden"));

    auto* intro = new QLabel(tr("Shopwarden keeps its data in an encrypted database on this computer. "
                                "Choose the passphrase that unlocks it and create the first "
                                "administrator account."),
                             this);
    intro->setWordWrap(true);

    auto* passphraseBox = new QGroupBox(tr("Database passphrase"), m_form);
    auto* passphraseForm = new QFormLayout(passphraseBox);
    passphraseForm->addRow(tr("&Passphrase:"), m_passphrase);
    passphraseForm->addRow(tr("&Repeat passphrase:"), m_passphraseConfirm);
    passphraseForm->addRow(QString(), m_strength);
    auto* warning = new QLabel(tr("Nobody can recover the data without this passphrase. Write it down "
                                  "and keep it somewhere safe."),
                               passphraseBox);
    warning->setWordWrap(true);
    passphraseForm->addRow(warning);

    auto* adminBox = new QGroupBox(tr("Administrator account"), m_form);
    auto* adminForm = new QFormLayout(adminBox);
    m_login->setText(QStringLiteral("admin"));
    m_login->setMaxLength(32);
    m_displayName->setMaxLength(64);
    adminForm->addRow(tr("&Login:"), m_login);
    adminForm->addRow(tr("&Display name:"), m_displayName);
    adminForm->addRow(tr("Pass&word:"), m_password);
    adminForm->addRow(tr("R&epeat password:"), m_passwordConfirm);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(passphraseBox);
    formLayout->addWidget(adminBox);

    auto* pathLabel = new QLabel(tr("Database file: %1").arg(QDir::toNativeSeparators(m_path)), this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    okButton()->setText(tr("Create database"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(pathLabel);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit :
         {m_passphrase, m_passphraseConfirm, m_login, m_displayName, m_password, m_passwordConfirm})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::updateValidity);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    setMinimumWidth(480);
    updateValidity();
}

FirstRunDialog::~FirstRunDialog() = default;

QPushButton* FirstRunDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

std::unique_ptr<storage::Database> FirstRunDialog::takeDatabase()
{
    return std::move(m_database);
}

QString FirstRunDialog::adminLogin() const
{
    return m_login->text().trimmed();
}

bool FirstRunDialog::isBusy() const
{
    return m_busy->isBusy();
}

bool FirstRunDialog::isFormValid() const
{
    return okButton()->isEnabled();
}

void FirstRunDialog::updateValidity()
{
    const QString passphrase = m_passphrase->text();
    m_strength->setText(strengthText(passphraseStrength(passphrase)));

    // The first problem in reading order is the one worth telling the user about.
    QString problem;
    if (passphrase.size() < kMinPassphraseLength)
        problem = tr("The passphrase needs at least %1 characters.").arg(kMinPassphraseLength);
    else if (passphrase != m_passphraseConfirm->text())
        problem = tr("The two passphrases do not match.");
    else if (m_login->text().trimmed().isEmpty())
        problem = tr("Enter a login for the administrator.");
    else if (m_displayName->text().trimmed().isEmpty())
        problem = tr("Enter the administrator's display name.");
    else if (const QString p = services::UserService::passwordProblem(m_password->text()); !p.isEmpty())
        problem = p;
    else if (m_password->text() != m_passwordConfirm->text())
        problem = tr("The two passwords do not match.");
    else if (m_password->text() == passphrase)
        problem = tr("Use a password different from the database passphrase.");

    m_hint->setText(problem);
    okButton()->setEnabled(problem.isEmpty() && !isBusy());
}

void FirstRunDialog::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Creating the encrypted database…"));
    else
        m_busy->stop();
    m_form->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    updateValidity();
}

void FirstRunDialog::accept()
{
    updateValidity();
    if (isBusy() || !isFormValid())
        return;
    if (QFileInfo::exists(m_path)) {
        m_error->setText(tr("A file already exists at %1.").arg(QDir::toNativeSeparators(m_path)));
        m_error->setVisible(true);
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    m_error->setVisible(false);
    auto passphrase = std::make_shared<storage::Secret>(storage::Secret::fromUtf8(m_passphrase->text()));
    const QString path = m_path;
    const QString login = adminLogin();
    const QString displayName = m_displayName->text().trimmed();
    const QString password = m_password->text();
    setBusy(true);

    runOffThread(
        this,
        [path, passphrase, login, displayName, password]() -> Result<std::unique_ptr<storage::Database>> {
            auto created = storage::Database::create(path, std::move(*passphrase));
            if (!created.ok())
                return created.error();
            std::unique_ptr<storage::Database> db = std::move(created).value();
            auto admin = withThreadConnection(*db, [&] {
                return services::UserService::createFirstAdmin(*db, login, displayName, password);
            });
            if (!admin.ok()) {
                db.reset();
                removeDatabaseFiles(path);
                return admin.error();
            }
            return db;
        },
        [this](Result<std::unique_ptr<storage::Database>> result) {
            setBusy(false);
            if (!result.ok()) {
                m_error->setText(result.message());
                m_error->setVisible(true);
                return;
            }
            m_database = std::move(result).value();
            m_passphrase->clear();
            m_passphraseConfirm->clear();
            m_password->clear();
            m_passwordConfirm->clear();
            QDialog::accept();
        });
}

void FirstRunDialog::reject()
{
    if (isBusy())
        return; // the database is half-way written; let the worker finish first
    QDialog::reject();
}

} // namespace sw::ui
