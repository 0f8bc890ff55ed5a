#include "disputestepdialog.h"

#include "services/disputeservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sw::ui {

using domain::DisputeOutcome;
using domain::DisputeParty;

DisputeStepDialog::DisputeStepDialog(Mode mode, storage::Database& db, const services::Actor& actor,
                                     const QString& disputeId, const QString& disputeNumber,
                                     const Clock* clock, const QList<DisputeParty>& parties, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_db(db)
    , m_actor(actor)
    , m_disputeId(disputeId)
    , m_clock(clock)
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    auto* form = new QFormLayout;
    switch (mode) {
    case Mode::Statement:
        setWindowTitle(tr("Add Statement — %1").arg(disputeNumber));
        m_choice = new QComboBox(this);
        for (DisputeParty party : parties)
            m_choice->addItem(domain::displayName(party), int(party));
        m_attachments = new QSpinBox(this);
        m_attachments->setRange(0, services::DisputeService::kMaxAttachments);
        form->addRow(tr("&Party:"), m_choice);
        form->addRow(tr("&Statement and evidence:"), m_text);
        form->addRow(tr("Evidence &attachments:"), m_attachments);
        break;
    case Mode::Decision:
        setWindowTitle(tr("Decide — %1").arg(disputeNumber));
        m_choice = new QComboBox(this);
        for (DisputeOutcome outcome : domain::allDisputeOutcomes())
            m_choice->addItem(domain::displayName(outcome), int(outcome));
        m_amount = new QLineEdit(this);
        m_amount->setPlaceholderText(tr("¥0.00"));
        form->addRow(tr("&Outcome:"), m_choice);
        form->addRow(tr("Partial refund &amount:"), m_amount);
        form->addRow(tr("&Reasoning:"), m_text);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &DisputeStepDialog::updateAmount);
        updateAmount();
        break;
    case Mode::Appeal:
        setWindowTitle(tr("Appeal — %1").arg(disputeNumber));
        m_choice = new QComboBox(this);
        for (DisputeParty party : parties)
            m_choice->addItem(domain::displayName(party), int(party));
        form->addRow(tr("Appeal &by:"), m_choice);
        form->addRow(tr("&Reason:"), m_text);
        break;
    case Mode::Close:
        setWindowTitle(tr("Close — %1").arg(disputeNumber));
        form->addRow(tr("&Note (how it was settled, or that the buyer withdrew):"), m_text);
        break;
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, 320);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisputeStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DisputeStepDialog::updateAmount()
{
    const bool partial = DisputeOutcome(m_choice->currentData().toInt()) == DisputeOutcome::PartialRefund;
    m_amount->setEnabled(partial);
    if (!partial)
        m_amount->clear();
}

Status DisputeStepDialog::submit()
{
    services::DisputeService service(m_db, m_actor, m_clock);
    const QString text = m_text->toPlainText();
    switch (m_mode) {
    case Mode::Statement: {
        if (m_choice->currentIndex() < 0)
            return makeError(ErrorCode::IllegalTransition, tr("No party may add a statement any more."));
        auto id = service.addStatement(m_disputeId, DisputeParty(m_choice->currentData().toInt()), text,
                                       m_attachments->value());
        return id ? Status() : Status(id.error());
    }
    case Mode::Decision: {
        services::DisputeDecisionDraft draft;
        draft.outcome = DisputeOutcome(m_choice->currentData().toInt());
        draft.partialAmount = m_amount->text();
        draft.reasoning = text;
        return service.decide(m_disputeId, draft);
    }
    case Mode::Appeal:
        if (m_choice->currentIndex() < 0)
            return makeError(ErrorCode::IllegalTransition, tr("Nobody may appeal this dispute."));
        return service.appeal(m_disputeId, DisputeParty(m_choice->currentData().toInt()), text);
    case Mode::Close:
        return service.close(m_disputeId, text);
    }
    return {};
}

void DisputeStepDialog::accept()
{
    m_message->clear();
    const Status status = submit();
    if (!status.ok()) {
        m_message->setText(status.message());
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
