#include "changepassphrasedialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "passphrasestrength.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

ChangePassphraseDialog::ChangePassphraseDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change Database Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    okButton()->setText(tr("&Change Passphrase"));

    auto* intro = new QLabel(tr("The database will be re-encrypted with a key made from the new "
                                "passphrase. Everyone who unlocks this workstation needs the new "
                                "passphrase afterwards; backups keep the passphrase they were made with."),
                             this);
    intro->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&New passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat new passphrase:"), m_confirm);
    form->addRow(QString(), m_strength);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateValidity);
    connect(m_confirm, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateValidity);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    setMinimumWidth(440);
    updateValidity();
}

QPushButton* ChangePassphraseDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool ChangePassphraseDialog::isBusy() const
{
    return m_busy->isBusy();
}

void ChangePassphraseDialog::updateValidity()
{
    const QString passphrase = m_passphrase->text();
    m_strength->setText(strengthText(passphraseStrength(passphrase)));
    QString problem;
    if (passphrase.size() < kMinPassphraseLength)
        problem = tr("The passphrase needs at least %1 characters.").arg(kMinPassphraseLength);
    else if (passphrase != m_confirm->text())
        problem = tr("The two passphrases do not match.");
    m_hint->setText(problem);
    okButton()->setEnabled(problem.isEmpty() && !isBusy());
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Re-encrypting the database…"));
    else
        m_busy->stop();
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    updateValidity();
}

void ChangePassphraseDialog::accept()
{
    updateValidity();
    if (isBusy() || !okButton()->isEnabled())
        return;
    auto passphrase = std::make_shared<storage::Secret>(storage::Secret::fromUtf8(m_passphrase->text()));
    m_passphrase->clear();
    m_confirm->clear();
    m_error->setVisible(false);
    setBusy(true);

    // Re-keying replaces the file and closes every connection; the GUI thread's own is
    // closed here, on its thread (Qt connections must not be closed from another one).
    // The dialog is modal, so nothing reopens it until the worker is done.
    m_db.releaseThreadConnection();
    storage::Database* db = &m_db;
    runOffThread(
        this,
        [db, passphrase]() {
            return withThreadConnection(*db, [&] { return db->changePassphrase(std::move(*passphrase)); });
        },
        [this](Status status) {
            setBusy(false);
            if (!status.ok()) {
                m_error->setText(status.message());
                m_error->setVisible(true);
                return;
            }
            QDialog::accept();
        });
}

void ChangePassphraseDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace sw::ui
