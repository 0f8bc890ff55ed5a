#include "creditdialogs.h"

#include "clock.h"
#include "domain/creditscore.h"
#include "domain/merchantcatalogue.h"
#include "services/creditfileservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QDateEdit* makeDateEdit(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

CreditEventDialog::CreditEventDialog(storage::Database& db, const services::Actor& actor, const QString& merchantId,
                                     const QString& merchantName, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_merchantId(merchantId)
    , m_kind(new QComboBox(this))
    , m_date(makeDateEdit(Clock::chinaToday(clock), this))
    , m_text(new QPlainTextEdit(this))
    , m_whatIf(new QLabel(this))
    , m_message(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record Credit Event for %1").arg(merchantName));
    for (auto kind : domain::allCreditEventKinds())
        m_kind->addItem(domain::displayName(kind), domain::code(kind));
    m_date->setMaximumDate(Clock::chinaToday(clock));
    m_text->setPlaceholderText(tr("What happened, with the reference (complaint, spot-check report …)"));
    m_text->setTabChangesFocus(true);
    m_whatIf->setWordWrap(true);
    okButton()->setText(tr("&Record"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Event:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("E&xplanation:"), m_text);
    form->addRow(tr("What-if:"), m_whatIf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 320);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreditEventDialog::updateWhatIf);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditEventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateWhatIf();
}

QPushButton* CreditEventDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CreditEventDialog::updateWhatIf()
{
    const auto kind = domain::fromCode<domain::CreditEventKind>(m_kind->currentData().toString());
    const auto change = services::CreditFileService(m_db, m_actor, m_clock).whatIf(m_merchantId, kind);
    if (!change) {
        m_whatIf->setText(change.message());
        return;
    }
    m_whatIf->setText(tr("Score %1 → %2 (%3 points, rules version %4); level %5 → %6")
                          .arg(change->before)
                          .arg(change->after)
                          .arg(change->delta > 0 ? QStringLiteral("+%1").arg(change->delta) : QString::number(change->delta))
                          .arg(change->rulesVersion)
                          .arg(domain::code(change->levelBefore), domain::code(change->levelAfter)));
}

void CreditEventDialog::accept()
{
    const auto kind = domain::fromCode<domain::CreditEventKind>(m_kind->currentData().toString());
    auto id = services::CreditFileService(m_db, m_actor, m_clock)
                  .recordEvent(m_merchantId, kind, m_text->toPlainText(), m_date->date());
    if (!id) {
        m_message->setText(id.message());
        return;
    }
    QDialog::accept();
}

CreditActionDialog::CreditActionDialog(storage::Database& db, const services::Actor& actor, const QString& merchantId,
                                       const QString& merchantName, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_merchantId(merchantId)
    , m_kind(new QComboBox(this))
    , m_start(makeDateEdit(Clock::chinaToday(clock), this))
    , m_end(makeDateEdit(Clock::chinaToday(clock).addDays(30), this))
    , m_reason(new QPlainTextEdit(this))
    , m_message(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Measure against %1").arg(merchantName));
    for (auto kind : domain::allCreditActionKinds())
        m_kind->addItem(domain::displayName(kind), domain::code(kind));
    m_reason->setPlaceholderText(tr("Why, with the rule of the platform it follows"));
    m_reason->setTabChangesFocus(true);
    okButton()->setText(tr("&Add"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Measure:"), m_kind);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&Until:"), m_end);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, 300);
    auto updateEnd = [this] {
        m_end->setEnabled(domain::CreditActions::hasEndDate(
            domain::fromCode<domain::CreditActionKind>(m_kind->currentData().toString())));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateEnd);
    updateEnd();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* CreditActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CreditActionDialog::accept()
{
    const auto kind = domain::fromCode<domain::CreditActionKind>(m_kind->currentData().toString());
    auto id = services::CreditFileService(m_db, m_actor, m_clock)
                  .addAction(m_merchantId, kind, m_reason->toPlainText(), m_start->date(),
                             m_end->isEnabled() ? m_end->date() : QDate());
    if (!id) {
        m_message->setText(id.message());
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
