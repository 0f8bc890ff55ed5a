#include "aftersalesdecisiondialog.h"

#include "domain/aftersalesenums.h"
#include "services/aftersalesservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

using Mode = AfterSalesDecisionDialog::Mode;

AfterSalesDecisionDialog::AfterSalesDecisionDialog(storage::Database& db, const services::Actor& actor,
                                                   const QString& requestId, const QString& requestNumber,
                                                   Mode mode, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_id(requestId)
    , m_mode(mode)
    , m_reason(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    QString title;
    QString label;
    QString okText;
    switch (mode) {
    case Mode::Reject:
        title = tr("Reject After-Sales Request %1").arg(requestNumber);
        label = tr("&Explanation:");
        okText = tr("&Reject");
        m_text->setPlaceholderText(
            tr("Why the request is rejected; the customer service agent passes this on"));
        break;
    case Mode::ReturnForInfo:
        title = tr("Return %1 for More Information").arg(requestNumber);
        label = tr("&What is missing:");
        okText = tr("&Return");
        m_text->setPlaceholderText(tr("e.g. a photo of the damaged part and the delivery note"));
        break;
    case Mode::Override:
        title = tr("Override Failed Checks of %1").arg(requestNumber);
        label = tr("&Reason for the override:");
        okText = tr("&Override");
        m_text->setPlaceholderText(tr("Why this request should be approved although a check failed"));
        break;
    case Mode::Withdraw:
        title = tr("Withdraw After-Sales Request %1").arg(requestNumber);
        label = tr("&Why it is withdrawn:");
        okText = tr("&Withdraw");
        m_text->setPlaceholderText(tr("e.g. the customer withdrew the request"));
        break;
    }
    setWindowTitle(title);
    for (auto reason : domain::allRejectionReasons())
        m_reason->addItem(domain::displayName(reason), domain::code(reason));
    m_text->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    okButton()->setText(okText);

    auto* form = new QFormLayout;
    if (mode == Mode::Reject)
        form->addRow(tr("Rejection &reason:"), m_reason);
    else
        m_reason->hide();
    form->addRow(label, m_text);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, 280);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AfterSalesDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* AfterSalesDecisionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AfterSalesDecisionDialog::accept()
{
    services::AfterSalesService service(m_db, m_actor, m_clock);
    const QString text = m_text->toPlainText();
    Status status;
    switch (m_mode) {
    case Mode::Reject:
        status = service.reject(
            m_id, domain::fromCode<domain::RejectionReason>(m_reason->currentData().toString()), text);
        break;
    case Mode::ReturnForInfo:
        status = service.returnForInfo(m_id, text);
        break;
    case Mode::Override:
        status = service.overrideEligibility(m_id, text);
        break;
    case Mode::Withdraw:
        // The service refuses a withdrawal without a note (AfterSalesWorkflow).
        status = service.close(m_id, text);
        break;
    }
    if (!status.ok()) {
        m_message->setText(status.message());
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
