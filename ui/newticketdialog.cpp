#include "newticketdialog.h"

#include "domain/ticketenums.h"
#include "services/ticketservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

using services::TicketService;

NewTicketDialog::NewTicketDialog(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_kind(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyCounter(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_order(new QLineEdit(this))
    , m_merchant(new QLineEdit(this))
    , m_special(new QCheckBox(tr("Special case (48 h first-response target)"), this))
    , m_specialReason(new QLineEdit(this))
    , m_assignToMe(new QCheckBox(tr("Assign to me"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Ticket"));
    for (auto kind : domain::allTicketKinds())
        m_kind->addItem(domain::displayName(kind), domain::code(kind));
    for (auto channel : domain::allTicketChannels())
        m_channel->addItem(domain::displayName(channel), domain::code(channel));
    for (auto priority : domain::allTicketPriorities())
        m_priority->addItem(domain::displayName(priority), domain::code(priority));
    m_channel->setCurrentIndex(m_channel->findData(domain::code(domain::TicketChannel::Phone)));
    m_priority->setCurrentIndex(m_priority->findData(domain::code(domain::TicketPriority::Normal)));

    m_subject->setMaxLength(TicketService::kMaxSubjectChars);
    m_subject->setPlaceholderText(tr("What the customer wants, in one line"));
    m_body->setPlaceholderText(tr("What the customer said"));
    m_body->setTabChangesFocus(true);
    m_customer->setMaxLength(64);
    m_customer->setPlaceholderText(tr("Name of the customer"));
    m_phone->setPlaceholderText(tr("e.g. 138 1234 5678"));
    m_order->setMaxLength(40);
    m_specialReason->setPlaceholderText(tr("Why this is a special case"));
    m_specialReason->setEnabled(false);
    // Agents usually create tickets for the contact they are handling themselves.
    m_assignToMe->setChecked(actor.has(domain::Role::Agent));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Description:"), m_body);
    form->addRow(QString(), m_bodyCounter);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Order No.:"), m_order);
    form->addRow(tr("&Merchant:"), m_merchant);
    form->addRow(QString(), m_special);
    form->addRow(tr("&Reason:"), m_specialReason);
    form->addRow(QString(), m_assignToMe);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_special, &QCheckBox::toggled, m_specialReason, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_subject, m_customer, m_specialReason})
        connect(edit, &QLineEdit::textChanged, this, &NewTicketDialog::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewTicketDialog::validate);
    connect(m_special, &QCheckBox::toggled, this, &NewTicketDialog::validate);
    validate();
}

QPushButton* NewTicketDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewTicketDialog::validate()
{
    const int bodyChars = int(m_body->toPlainText().size());
    m_bodyCounter->setText(tr("%1 of at most %2 characters")
                               .arg(QLocale().toString(bodyChars), QLocale().toString(TicketService::kMaxBodyChars)));
    QString problem;
    if (m_subject->text().trimmed().isEmpty())
        problem = tr("Enter a subject.");
    else if (m_customer->text().trimmed().isEmpty())
        problem = tr("Enter the customer's name.");
    else if (bodyChars > TicketService::kMaxBodyChars)
        problem = tr("The description is too long: at most %1 characters.")
                      .arg(QLocale().toString(TicketService::kMaxBodyChars));
    else if (m_special->isChecked() && m_specialReason->text().trimmed().isEmpty())
        problem = tr("Give the reason for the special case.");
    m_message->setText(problem);
    okButton()->setEnabled(problem.isEmpty());
}

void NewTicketDialog::accept()
{
    validate();
    if (!okButton()->isEnabled())
        return;
    services::TicketDraft draft;
    draft.kind = domain::fromCode<domain::TicketKind>(m_kind->currentData().toString());
    draft.channel = domain::fromCode<domain::TicketChannel>(m_channel->currentData().toString());
    draft.priority = domain::fromCode<domain::TicketPriority>(m_priority->currentData().toString());
    draft.subject = m_subject->text().trimmed();
    draft.body = m_body->toPlainText();
    draft.customerName = m_customer->text().trimmed();
    draft.customerPhone = m_phone->text().trimmed();
    draft.customerEmail = m_email->text().trimmed();
    draft.orderNo = m_order->text().trimmed();
    draft.merchantName = m_merchant->text().trimmed();
    draft.specialCase = m_special->isChecked();
    draft.specialReason = m_specialReason->text().trimmed();
    if (m_assignToMe->isChecked())
        draft.ownerId = m_actor.userId;
    TicketService service(m_db, m_actor, m_clock);
    const Result<QString> created = service.create(draft);
    if (!created.ok()) {
        m_message->setText(created.message());
        return;
    }
    m_createdId = *created;
    QDialog::accept();
}

} // namespace sw::ui
