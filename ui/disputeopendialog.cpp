#include "disputeopendialog.h"

#include "domain/money.h"
#include "messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

DisputeOpenDialog::DisputeOpenDialog(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_number(new QLineEdit(this))
    , m_lookUp(new QPushButton(tr("&Look Up"), this))
    , m_buyer(new QLineEdit(this))
    , m_merchant(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_claim(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Dispute"));
    m_number->setPlaceholderText(tr("CS-… or AS-…"));
    m_buyer->setMaxLength(services::DisputeService::kMaxNameChars);
    m_merchant->setMaxLength(services::DisputeService::kMaxNameChars);
    m_subject->setMaxLength(services::DisputeService::kMaxSubjectChars);
    m_claim->setPlaceholderText(tr("¥0.00"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_lookUp);
    auto* form = new QFormLayout;
    form->addRow(tr("&Ticket or after-sales no.:"), numberRow);
    form->addRow(tr("&Buyer:"), m_buyer);
    form->addRow(tr("&Merchant:"), m_merchant);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Amount claimed:"), m_claim);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, 0);
    connect(m_lookUp, &QPushButton::clicked, this, &DisputeOpenDialog::lookUp);
    connect(m_number, &QLineEdit::returnPressed, this, &DisputeOpenDialog::lookUp);
    connect(m_number, &QLineEdit::textEdited, this, [this] { m_draft = {}; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisputeOpenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool DisputeOpenDialog::isOfferedFor(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                     const QString& aftersalesId, const QString& ticketId)
{
    if (!services::DisputeService::canOpen(actor))
        return false;
    const auto unfinished = services::DisputeService(db, actor, clock).unfinishedFor(aftersalesId, ticketId);
    return unfinished.ok() && unfinished->isEmpty();
}

DisputeOpenDialog* DisputeOpenDialog::openFor(storage::Database& db, const services::Actor& actor,
                                              const Clock* clock, const QString& number, QWidget* parent)
{
    const auto draft = services::DisputeService(db, actor, clock).draftFor(number);
    if (!draft) {
        showError(parent, tr("Open Dispute"), draft.error());
        return nullptr;
    }
    auto* dialog = new DisputeOpenDialog(db, actor, clock, parent);
    dialog->setSource(number, *draft);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void DisputeOpenDialog::setDraft(const services::DisputeDraft& draft)
{
    m_draft = draft;
    m_buyer->setText(draft.buyerName);
    m_merchant->setText(draft.merchantName);
    m_subject->setText(draft.subject);
    const auto claim = domain::Money::parse(draft.claimAmount);
    m_claim->setText(claim.ok() ? claim.value().format() : draft.claimAmount);
}

void DisputeOpenDialog::setSource(const QString& number, const services::DisputeDraft& draft)
{
    m_number->setText(number);
    m_number->setReadOnly(true);
    m_lookUp->setEnabled(false);
    setDraft(draft);
    m_subject->setFocus();
}

void DisputeOpenDialog::lookUp()
{
    m_message->clear();
    auto draft = services::DisputeService(m_db, m_actor, m_clock).draftFor(m_number->text());
    if (!draft) {
        m_draft = {};
        m_message->setText(draft.message());
        return;
    }
    setDraft(*draft);
}

void DisputeOpenDialog::accept()
{
    m_message->clear();
    if (m_draft.ticketId.isEmpty() && m_draft.aftersalesId.isEmpty() && !m_number->text().trimmed().isEmpty())
        lookUp();
    if (m_draft.ticketId.isEmpty() && m_draft.aftersalesId.isEmpty()) {
        if (m_message->text().isEmpty())
            m_message->setText(
                tr("Enter the number of the ticket or after-sales request the dispute is about."));
        return;
    }
    services::DisputeDraft draft = m_draft;
    draft.buyerName = m_buyer->text();
    draft.merchantName = m_merchant->text();
    draft.subject = m_subject->text();
    draft.claimAmount = m_claim->text();
    auto id = services::DisputeService(m_db, m_actor, m_clock).open(draft);
    if (!id) {
        m_message->setText(id.message());
        return;
    }
    m_openedId = *id;
    QDialog::accept();
}

} // namespace sw::ui
