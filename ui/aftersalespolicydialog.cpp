#include "aftersalespolicydialog.h"

#include "domain/money.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sw::ui {

using domain::Money;
using services::AfterSalesPolicySet;

AfterSalesPolicyDialog::AfterSalesPolicyDialog(storage::Database& db, const services::Actor& actor,
                                               const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("After-Sales Policy"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(ladderPage(), tr("&Approval Ladder"));
    tabs->addTab(eligibilityPage(), tr("&Eligibility"));
    tabs->addTab(disputesPage(), tr("&Disputes"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    load(services::AfterSalesPolicies(db, actor, clock).all());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AfterSalesPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        load(AfterSalesPolicySet());
        m_message->clear();
    });
}

QSpinBox* AfterSalesPolicyDialog::spin(int minimum, int maximum, const QString& suffix)
{
    // Wide ranges on purpose: a value below the legal minimum is explained by the
    // policy's own message on Save instead of being silently clamped.
    auto* box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QWidget* AfterSalesPolicyDialog::ladderPage()
{
    auto* page = new QWidget(this);
    m_agentLimit = new QLineEdit(page);
    m_leadLimit = new QLineEdit(page);
    m_multipleAbove = new QLineEdit(page);
    m_approvals = spin(0, 10, QString());
    auto* form = new QFormLayout(page);
    form->addRow(
        new QLabel(tr("Who approves a request depends on its amount. A higher role may always approve "
                      "a lower level."),
                   page));
    form->addRow(tr("A&gents approve up to:"), m_agentLimit);
    form->addRow(tr("&Leads approve up to:"), m_leadLimit);
    form->addRow(new QLabel(tr("Above the lead limit a manager approves."), page));
    form->addRow(tr("Several approvals a&bove:"), m_multipleAbove);
    form->addRow(tr("&Number of approvals there:"), m_approvals);
    return page;
}

QWidget* AfterSalesPolicyDialog::eligibilityPage()
{
    auto* page = new QWidget(this);
    const QString days = tr(" days");
    m_noReason = spin(0, 3650, days);
    m_qualityReturn = spin(0, 3650, days);
    m_qualityExchange = spin(0, 3650, days);
    m_warranty = spin(0, 36500, days);
    m_evidenceMinimum = spin(-1, 100, QString());
    auto* form = new QFormLayout(page);
    form->addRow(tr("No-reason &return within:"), m_noReason);
    form->addRow(tr("&Quality problem, return within:"), m_qualityReturn);
    form->addRow(tr("Quality problem, e&xchange within:"), m_qualityExchange);
    form->addRow(tr("Default &warranty (repair):"), m_warranty);
    form->addRow(tr("E&vidence for a quality claim (attachments):"), m_evidenceMinimum);
    auto* box = new QGroupBox(tr("Excluded from no-reason returns"), page);
    auto* boxLayout = new QVBoxLayout(box);
    for (domain::ItemFlag flag : domain::allItemFlags()) {
        auto* check = new QCheckBox(domain::displayName(flag), box);
        boxLayout->addWidget(check);
        m_exclusions << check;
    }
    form->addRow(box);
    auto* note = new QLabel(tr("Windows count days after delivery. The law's minimums (7 days; 15 days for a "
                               "quality exchange) cannot be shortened."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* AfterSalesPolicyDialog::disputesPage()
{
    auto* page = new QWidget(this);
    m_evidenceHours = spin(0, 10000, tr(" h", "hours"));
    m_appealDays = spin(0, 3650, tr(" days"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("E&vidence period after opening:"), m_evidenceHours);
    form->addRow(tr("&Appeal period after the decision:"), m_appealDays);
    auto* note = new QLabel(tr("The evidence period follows the SLA clock: in business-day mode only working "
                               "hours count."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

void AfterSalesPolicyDialog::load(const AfterSalesPolicySet& p)
{
    m_agentLimit->setText(p.ladder.agentLimit().format());
    m_leadLimit->setText(p.ladder.leadLimit().format());
    m_multipleAbove->setText(p.ladder.multipleApprovalsAbove().format());
    m_approvals->setValue(p.ladder.approvalsAboveThreshold());
    m_noReason->setValue(p.eligibility.noReasonReturnDays());
    m_qualityReturn->setValue(p.eligibility.qualityReturnDays());
    m_qualityExchange->setValue(p.eligibility.qualityExchangeDays());
    m_warranty->setValue(p.eligibility.defaultWarrantyDays());
    m_evidenceMinimum->setValue(p.eligibility.minimumQualityEvidence());
    const auto flags = domain::allItemFlags();
    for (int i = 0; i < flags.size(); ++i)
        m_exclusions.at(i)->setChecked(p.eligibility.excludedItemFlags().testFlag(flags.at(i)));
    m_evidenceHours->setValue(p.disputes.evidenceHours());
    m_appealDays->setValue(p.disputes.appealDays());
}

Result<AfterSalesPolicySet> AfterSalesPolicyDialog::policies() const
{
    auto amount = [](const QLineEdit* edit, const QString& field) -> Result<Money> {
        auto money = Money::parse(edit->text());
        if (!money)
            return makeError(ErrorCode::InvalidInput, tr("%1: %2").arg(field, money.message()));
        return money;
    };
    AfterSalesPolicySet p;
    auto agent = amount(m_agentLimit, tr("Agent limit"));
    if (!agent)
        return agent.error();
    auto lead = amount(m_leadLimit, tr("Lead limit"));
    if (!lead)
        return lead.error();
    auto above = amount(m_multipleAbove, tr("Several approvals above"));
    if (!above)
        return above.error();
    p.ladder.setAgentLimit(*agent);
    p.ladder.setLeadLimit(*lead);
    p.ladder.setMultipleApprovalsAbove(*above);
    p.ladder.setApprovalsAboveThreshold(m_approvals->value());
    p.eligibility.setNoReasonReturnDays(m_noReason->value());
    p.eligibility.setQualityReturnDays(m_qualityReturn->value());
    p.eligibility.setQualityExchangeDays(m_qualityExchange->value());
    p.eligibility.setDefaultWarrantyDays(m_warranty->value());
    p.eligibility.setMinimumQualityEvidence(m_evidenceMinimum->value());
    domain::ItemFlags excluded;
    const auto flags = domain::allItemFlags();
    for (int i = 0; i < flags.size(); ++i) {
        if (m_exclusions.at(i)->isChecked())
            excluded |= flags.at(i);
    }
    p.eligibility.setExcludedItemFlags(excluded);
    p.disputes.setEvidenceHours(m_evidenceHours->value());
    p.disputes.setAppealDays(m_appealDays->value());
    return p;
}

void AfterSalesPolicyDialog::accept()
{
    m_message->clear();
    auto edited = policies();
    if (!edited) {
        m_message->setText(edited.message());
        return;
    }
    const Status saved = services::AfterSalesPolicies(m_db, m_actor, m_clock).save(*edited);
    if (!saved.ok()) {
        m_message->setText(saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
