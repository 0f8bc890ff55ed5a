#include "unlockdialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

UnlockDialog::UnlockDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Unlock database"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    okButton()->setText(tr("&Unlock"));

    auto* intro = new QLabel(tr("Enter the passphrase of this workstation's database."), this);
    intro->setWordWrap(true);
    auto* file = new QLabel(tr("Database file: %1").arg(QDir::toNativeSeparators(m_path)), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(file);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { okButton()->setEnabled(!m_passphrase->text().isEmpty() && !isBusy()); });
    okButton()->setEnabled(false);
    setMinimumWidth(420);
}

UnlockDialog::~UnlockDialog() = default;

QPushButton* UnlockDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

std::unique_ptr<storage::Database> UnlockDialog::takeDatabase()
{
    return std::move(m_database);
}

bool UnlockDialog::isBusy() const
{
    return m_busy->isBusy();
}

void UnlockDialog::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Unlocking…"));
    else
        m_busy->stop();
    m_passphrase->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    okButton()->setEnabled(!busy && !m_passphrase->text().isEmpty());
}

void UnlockDialog::accept()
{
    if (isBusy() || m_passphrase->text().isEmpty())
        return;
    auto passphrase = std::make_shared<storage::Secret>(storage::Secret::fromUtf8(m_passphrase->text()));
    m_passphrase->clear();
    m_error->setVisible(false);
    setBusy(true);

    const QString path = m_path;
    runOffThread(
        this,
        [path, passphrase]() -> Result<std::unique_ptr<storage::Database>> {
            auto opened = storage::Database::open(path, std::move(*passphrase));
            if (opened.ok())
                (*opened)->releaseThreadConnection();
            return opened;
        },
        [this](Result<std::unique_ptr<storage::Database>> result) {
            setBusy(false);
            if (!result.ok()) {
                m_error->setText(result.message());
                m_error->setVisible(true);
                m_passphrase->setFocus();
                return;
            }
            m_database = std::move(result).value();
            QDialog::accept();
        });
}

void UnlockDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace sw::ui
