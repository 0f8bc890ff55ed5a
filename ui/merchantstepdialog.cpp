#include "merchantstepdialog.h"

#include "domain/merchantworkflow.h"
#include "services/merchantservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

using Mode = MerchantStepDialog::Mode;

MerchantStepDialog::MerchantStepDialog(storage::Database& db, const services::Actor& actor, const QString& reviewId,
                                       const QString& reviewNumber, Mode mode, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_id(reviewId)
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
    case Mode::RequestInfo:
        title = tr("Request Information for %1").arg(reviewNumber);
        label = tr("&What the merchant must supply:");
        okText = tr("&Request");
        m_text->setPlaceholderText(tr("e.g. a legible scan of the business licence, both sides"));
        for (auto r : domain::allInfoRequestReasons())
            m_reason->addItem(domain::displayName(r), domain::code(r));
        break;
    case Mode::InfoReceived:
        title = tr("Information Received for %1").arg(reviewNumber);
        label = tr("&Note:");
        okText = tr("&Resume Review");
        m_text->setPlaceholderText(tr("What arrived (optional)"));
        break;
    case Mode::FirstApprove:
        title = tr("First Approval of %1").arg(reviewNumber);
        label = tr("&Note:");
        okText = tr("&Approve");
        m_text->setPlaceholderText(tr("Optional note for the second reviewer"));
        break;
    case Mode::SecondApprove:
        title = tr("Second Review of %1").arg(reviewNumber);
        label = tr("&Note:");
        okText = tr("&Approve Merchant");
        m_text->setPlaceholderText(tr("Optional note"));
        break;
    case Mode::Reject:
        title = tr("Reject %1").arg(reviewNumber);
        label = tr("&Explanation:");
        okText = tr("&Reject");
        m_text->setPlaceholderText(tr("Why the application is rejected; the merchant is told this"));
        for (auto r : domain::allMerchantRejectReasons())
            m_reason->addItem(domain::displayName(r), domain::code(r));
        break;
    }
    setWindowTitle(title);
    m_text->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    okButton()->setText(okText);

    auto* form = new QFormLayout;
    if (mode == Mode::RequestInfo || mode == Mode::Reject)
        form->addRow(tr("&Reason:"), m_reason);
    else
        m_reason->hide();
    form->addRow(label, m_text);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(500, 290);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MerchantStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* MerchantStepDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void MerchantStepDialog::accept()
{
    services::MerchantService service(m_db, m_actor, m_clock);
    const QString text = m_text->toPlainText();
    const QString reason = m_reason->currentData().toString();
    Status status;
    switch (m_mode) {
    case Mode::RequestInfo:
        status = service.requestInfo(m_id, domain::fromCode<domain::InfoRequestReason>(reason), text);
        break;
    case Mode::InfoReceived:
        status = service.infoReceived(m_id, text);
        break;
    case Mode::FirstApprove:
        status = service.firstApprove(m_id, text);
        break;
    case Mode::SecondApprove:
        status = service.secondApprove(m_id, text);
        break;
    case Mode::Reject:
        status = service.reject(m_id, domain::fromCode<domain::MerchantRejectReason>(reason), text);
        break;
    }
    if (!status.ok()) {
        m_message->setText(status.message());
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
