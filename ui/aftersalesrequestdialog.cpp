#include "aftersalesrequestdialog.h"

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/aftersalesservice.h"
#include "services/attachmentfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sw::ui {

AfterSalesRequestDialog::AfterSalesRequestDialog(storage::Database& db, const services::Actor& actor,
                                                 const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_kind(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_reasonText(new QPlainTextEdit(this))
    , m_order(new QLineEdit(this))
    , m_delivered(new QDateEdit(this))
    , m_item(new QLineEdit(this))
    , m_warranty(new QSpinBox(this))
    , m_evidence(new QSpinBox(this))
    , m_evidenceList(new QListWidget(this))
    , m_addEvidence(new QPushButton(tr("Add &Evidence…"), this))
    , m_removeEvidence(new QPushButton(tr("Remo&ve"), this))
    , m_maxBytes(services::maxAttachmentBytes(db, actor, clock))
    , m_amount(new QLineEdit(this))
    , m_orderTotal(new QLineEdit(this))
    , m_refunded(new QLineEdit(this))
    , m_compensation(new QLineEdit(this))
    , m_ticketLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New After-Sales Request"));
    for (auto kind : domain::allAfterSalesKinds())
        m_kind->addItem(domain::displayName(kind), domain::code(kind));
    fillReasons();

    m_order->setMaxLength(40);
    m_order->setPlaceholderText(tr("e.g. SO-20260301-0001"));
    m_delivered->setCalendarPopup(true);
    m_delivered->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_delivered->setDate(Clock::chinaToday(clock).addDays(-3));
    m_item->setMaxLength(services::AfterSalesService::kMaxItemChars);
    m_item->setPlaceholderText(tr("The item as named on the order"));
    m_reasonText->setPlaceholderText(tr("What the customer reports"));
    m_reasonText->setTabChangesFocus(true);
    m_reasonText->setFixedHeight(64);
    // -1 is "the policy's default warranty" (AfterSalesFacts::kDefaultWarranty).
    m_warranty->setRange(-1, 3650);
    m_warranty->setValue(-1);
    m_warranty->setSpecialValueText(tr("Policy default"));
    m_warranty->setSuffix(tr(" days"));
    m_evidence->setRange(0, 999);
    m_evidence->setReadOnly(true);
    m_evidence->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_evidence->setToolTip(
        tr("The number of evidence files added below; quality claims need at least one"));
    m_evidenceList->setFixedHeight(64);
    m_removeEvidence->setEnabled(false);
    const QString moneyHint = tr("¥ amount, e.g. 1,234.50");
    for (QLineEdit* edit : {m_amount, m_orderTotal, m_refunded, m_compensation})
        edit->setPlaceholderText(moneyHint);
    m_refunded->setPlaceholderText(tr("¥0.00 when nothing was refunded"));
    m_compensation->setPlaceholderText(tr("Only when the platform is at fault"));
    m_ticketLabel->setText(tr("None (standalone request)"));

    auto* flags = new QWidget(this);
    auto* flagGrid = new QGridLayout(flags);
    flagGrid->setContentsMargins(0, 0, 0, 0);
    int at = 0;
    for (auto flag : domain::allItemFlags()) {
        auto* box = new QCheckBox(domain::displayName(flag), flags);
        m_flags.insert(domain::code(flag), box);
        flagGrid->addWidget(box, at / 2, at % 2);
        ++at;
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Ticket:"), m_ticketLabel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Description:"), m_reasonText);
    form->addRow(tr("&Order No.:"), m_order);
    form->addRow(tr("&Delivered on:"), m_delivered);
    form->addRow(tr("&Item:"), m_item);
    form->addRow(tr("Item restrictions:"), flags);
    form->addRow(tr("&Warranty:"), m_warranty);
    form->addRow(tr("Evidence items:"), m_evidence);
    auto* evidence = new QWidget(this);
    auto* evidenceLayout = new QHBoxLayout(evidence);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidenceList, 1);
    auto* evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch(1);
    evidenceLayout->addLayout(evidenceButtons);
    form->addRow(tr("Evidence files:"), evidence);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Order &total:"), m_orderTotal);
    form->addRow(tr("Already re&funded:"), m_refunded);
    form->addRow(tr("&Compensation:"), m_compensation);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    okButton()->setText(tr("&Create Request"));
    resize(560, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AfterSalesRequestDialog::fillReasons);
    connect(m_addEvidence, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Evidence"));
        for (const QString& path : paths)
            addEvidenceFile(path);
    });
    connect(m_removeEvidence, &QPushButton::clicked, this, &AfterSalesRequestDialog::removeSelectedEvidence);
    connect(m_evidenceList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeEvidence->setEnabled(row >= 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AfterSalesRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* AfterSalesRequestDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AfterSalesRequestDialog::fillReasons()
{
    // Only the reasons that fit the kind (a no-reason repair is refused as input).
    const QString previous = m_reason->currentData().toString();
    const auto kind = domain::fromCode<domain::AfterSalesKind>(m_kind->currentData().toString());
    m_reason->clear();
    for (auto reason : domain::reasonsFor(kind))
        m_reason->addItem(domain::displayName(reason), domain::code(reason));
    const int keep = m_reason->findData(previous);
    if (keep >= 0)
        m_reason->setCurrentIndex(keep);
}

bool AfterSalesRequestDialog::addEvidenceFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_message->setText(tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (info.size() > m_maxBytes) {
        m_message->setText(tr("The file %1 is too large: evidence files may be at most %2.")
                               .arg(info.fileName(), QLocale().formattedDataSize(m_maxBytes)));
        return false;
    }
    m_evidencePaths << path;
    m_evidenceList->addItem(tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    m_evidence->setValue(int(m_evidencePaths.size()));
    m_message->clear();
    return true;
}

void AfterSalesRequestDialog::removeSelectedEvidence()
{
    const int row = m_evidenceList->currentRow();
    if (row < 0 || row >= m_evidencePaths.size())
        return;
    m_evidencePaths.removeAt(row);
    delete m_evidenceList->takeItem(row);
    m_evidence->setValue(int(m_evidencePaths.size()));
}

void AfterSalesRequestDialog::setTicket(const QString& ticketId, const QString& ticketNumber,
                                        const QString& orderNo)
{
    m_ticketId = ticketId;
    m_ticketLabel->setText(ticketNumber);
    if (!orderNo.isEmpty())
        m_order->setText(orderNo);
    setWindowTitle(tr("New After-Sales Request for Ticket %1").arg(ticketNumber));
}

void AfterSalesRequestDialog::accept()
{
    services::AfterSalesDraft draft;
    draft.kind = domain::fromCode<domain::AfterSalesKind>(m_kind->currentData().toString());
    draft.reason = domain::fromCode<domain::AfterSalesReason>(m_reason->currentData().toString());
    draft.reasonText = m_reasonText->toPlainText();
    draft.ticketId = m_ticketId;
    draft.orderNo = m_order->text();
    draft.deliveredOn = m_delivered->date();
    draft.itemName = m_item->text();
    for (auto flag : domain::allItemFlags()) {
        if (m_flags.value(domain::code(flag))->isChecked())
            draft.itemFlags |= flag;
    }
    draft.warrantyDays = m_warranty->value();
    // The files are read here, at most a few at the size limit each.
    for (const QString& path : std::as_const(m_evidencePaths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_message->setText(tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        draft.evidence.append(services::AfterSalesFile{QFileInfo(path).fileName(), file.readAll()});
    }
    draft.amount = m_amount->text();
    draft.orderTotal = m_orderTotal->text();
    draft.refundedBefore = m_refunded->text();
    draft.compensation = m_compensation->text();
    const Result<QString> created = services::AfterSalesService(m_db, m_actor, m_clock).create(draft);
    if (!created.ok()) {
        m_message->setText(created.message());
        return;
    }
    m_createdId = *created;
    QDialog::accept();
}

} // namespace sw::ui
