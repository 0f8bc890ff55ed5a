#include "usereditdialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "storage/database.h"
#include "ui_usereditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sw::ui {

UserEditDialog::UserEditDialog(storage::Database& db, const services::Actor& actor,
                               const std::optional<services::UserInfo>& existing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserEditDialog>())
    , m_db(db)
    , m_actor(actor)
    , m_existing(existing)
    , m_busy(new BusyIndicator(this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttons), m_busy);

    // Role boxes are built from the domain's list so a new role needs no form change.
    const QList<domain::Role> roles = domain::allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        auto* box = new QCheckBox(domain::roleDisplayName(roles[i]), m_ui->rolesBox);
        m_ui->rolesGrid->addWidget(box, i / 2, i % 2);
        m_roleBoxes.insert(roles[i], box);
        connect(box, &QCheckBox::toggled, this, &UserEditDialog::updateValidity);
    }

    if (m_existing) {
        setWindowTitle(tr("Edit User"));
        m_ui->login->setText(m_existing->login);
        m_ui->login->setReadOnly(true); // the login is the user's identity in the audit log
        m_ui->displayName->setText(m_existing->displayName);
        m_ui->active->setChecked(m_existing->active);
        for (domain::Role role : m_existing->roles) {
            if (QCheckBox* box = m_roleBoxes.value(role))
                box->setChecked(true);
        }
        m_ui->passwordBox->setVisible(false);
        loadTeams(m_existing->teamId);
    } else {
        setWindowTitle(tr("New User"));
        loadTeams(QString());
    }
    m_ui->displayName->setFocus();
    if (isCreating())
        m_ui->login->setFocus();

    for (QLineEdit* edit : {m_ui->login, m_ui->displayName, m_ui->password, m_ui->passwordConfirm})
        connect(edit, &QLineEdit::textChanged, this, &UserEditDialog::updateValidity);
    connect(m_ui->newTeam, &QPushButton::clicked, this, &UserEditDialog::askForNewTeam);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);
    m_ui->error->setVisible(false);
    m_ui->newTeam->setVisible(m_actor.can(domain::Permission::ManageTeams));
    updateValidity();
}

UserEditDialog::~UserEditDialog() = default;

QLineEdit* UserEditDialog::loginEdit() const
{
    return m_ui->login;
}
QLineEdit* UserEditDialog::displayNameEdit() const
{
    return m_ui->displayName;
}
QComboBox* UserEditDialog::teamCombo() const
{
    return m_ui->team;
}
QPushButton* UserEditDialog::newTeamButton() const
{
    return m_ui->newTeam;
}
QCheckBox* UserEditDialog::activeCheckBox() const
{
    return m_ui->active;
}
QLineEdit* UserEditDialog::passwordEdit() const
{
    return m_ui->password;
}
QLineEdit* UserEditDialog::passwordConfirmEdit() const
{
    return m_ui->passwordConfirm;
}
QLabel* UserEditDialog::separationOfDutyWarning() const
{
    return m_ui->sodWarning;
}
QLabel* UserEditDialog::hintLabel() const
{
    return m_ui->hint;
}
QLabel* UserEditDialog::errorLabel() const
{
    return m_ui->error;
}
QPushButton* UserEditDialog::okButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}

bool UserEditDialog::isBusy() const
{
    return m_busy->isBusy();
}

bool UserEditDialog::isFormValid() const
{
    return okButton()->isEnabled();
}

void UserEditDialog::loadTeams(const QString& selectTeamId)
{
    m_ui->team->clear();
    m_ui->team->addItem(tr("(no team)"), QString());
    auto teams = services::UserService(m_db, m_actor).teams();
    if (!teams.ok()) {
        showError(teams.message());
        return;
    }
    for (const services::Team& team : teams.value())
        m_ui->team->addItem(team.name, team.id);
    const int index = m_ui->team->findData(selectTeamId);
    m_ui->team->setCurrentIndex(index >= 0 ? index : 0);
}

bool UserEditDialog::addTeam(const QString& name)
{
    auto id = services::UserService(m_db, m_actor).createTeam(name.trimmed());
    if (!id.ok()) {
        showError(id.message());
        return false;
    }
    m_ui->error->setVisible(false);
    loadTeams(id.value());
    return true;
}

void UserEditDialog::askForNewTeam()
{
    auto* input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("New Team"));
    input->setLabelText(tr("Name of the new team:"));
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (!name.trimmed().isEmpty())
            addTeam(name);
    });
    input->open();
}

services::UserDraft UserEditDialog::draft() const
{
    services::UserDraft d;
    d.login = m_ui->login->text().trimmed();
    d.displayName = m_ui->displayName->text().trimmed();
    d.teamId = m_ui->team->currentData().toString();
    for (domain::Role role : domain::allRoles()) {
        if (m_roleBoxes.value(role)->isChecked())
            d.roles << role;
    }
    d.active = m_ui->active->isChecked();
    return d;
}

void UserEditDialog::updateValidity()
{
    const services::UserDraft d = draft();
    // A warning, not a block: small shops may have nobody else (DOMAIN.md).
    m_ui->sodWarning->setVisible(domain::violatesSeparationOfDuty(d.roles));

    QString problem;
    if (d.login.isEmpty())
        problem = tr("Enter a login.");
    else if (d.displayName.isEmpty())
        problem = tr("Enter a display name.");
    else if (d.roles.isEmpty())
        problem = tr("Give the user at least one role.");
    else if (isCreating()) {
        problem = services::UserService::passwordProblem(m_ui->password->text());
        if (problem.isEmpty() && m_ui->password->text() != m_ui->passwordConfirm->text())
            problem = tr("The two passwords do not match.");
    }
    m_ui->hint->setText(problem);
    m_ui->hint->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty() && !isBusy());
}

void UserEditDialog::setBusy(bool busy)
{
    if (busy)
        m_busy->start(isCreating() ? tr("Creating the user…") : tr("Saving…"));
    else
        m_busy->stop();
    m_ui->form->setEnabled(!busy);
    m_ui->buttons->setEnabled(!busy);
    updateValidity();
}

void UserEditDialog::showError(const QString& message)
{
    m_ui->error->setText(message);
    m_ui->error->setVisible(true);
}

void UserEditDialog::accept()
{
    updateValidity();
    if (isBusy() || !isFormValid())
        return;
    m_ui->error->setVisible(false);
    const services::UserDraft d = draft();
    const QString existingId = m_existing ? m_existing->id : QString();
    const QString password = isCreating() ? m_ui->password->text() : QString();
    setBusy(true);

    runOffThread(
        this,
        [db = &m_db, actor = m_actor, d, existingId, password]() -> Result<QString> {
            return withThreadConnection(*db, [&]() -> Result<QString> {
                services::UserService service(*db, actor);
                if (existingId.isEmpty())
                    return service.create(d, password);
                SW_TRY(service.update(existingId, d));
                return existingId;
            });
        },
        [this](Result<QString> result) {
            setBusy(false);
            if (!result.ok()) {
                showError(result.message());
                return;
            }
            m_savedUserId = result.value();
            m_ui->password->clear();
            m_ui->passwordConfirm->clear();
            QDialog::accept();
        });
}

void UserEditDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace sw::ui
