#include "resetpassworddialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

ResetPasswordDialog::ResetPasswordDialog(storage::Database& db, const services::Actor& actor,
                                         const services::UserInfo& user, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_userId(user.id)
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reset Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    okButton()->setText(tr("&Reset Password"));

    auto* intro = new QLabel(tr("Set a new password for %1 (%2). Tell it to them in person; "
                                "the old password stops working at once.")
                                 .arg(user.displayName, user.login),
                             this);
    intro->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat new password:"), m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_password, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateValidity);
    connect(m_confirm, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateValidity);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    setMinimumWidth(400);
    updateValidity();
}

QPushButton* ResetPasswordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool ResetPasswordDialog::isBusy() const
{
    return m_busy->isBusy();
}

void ResetPasswordDialog::updateValidity()
{
    QString problem = services::UserService::passwordProblem(m_password->text());
    if (problem.isEmpty() && m_password->text() != m_confirm->text())
        problem = tr("The two passwords do not match.");
    m_hint->setText(problem);
    okButton()->setEnabled(problem.isEmpty() && !isBusy());
}

void ResetPasswordDialog::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Saving the new password…"));
    else
        m_busy->stop();
    m_password->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    updateValidity();
}

void ResetPasswordDialog::accept()
{
    updateValidity();
    if (isBusy() || !okButton()->isEnabled())
        return;
    const QString password = m_password->text();
    m_error->setVisible(false);
    setBusy(true);

    runOffThread(
        this,
        [db = &m_db, actor = m_actor, id = m_userId, password]() {
            return withThreadConnection(
                *db, [&] { return services::UserService(*db, actor).resetPassword(id, password); });
        },
        [this](Status status) {
            setBusy(false);
            if (!status.ok()) {
                m_error->setText(status.message());
                m_error->setVisible(true);
                return;
            }
            m_password->clear();
            m_confirm->clear();
            QDialog::accept();
        });
}

void ResetPasswordDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace sw::ui
