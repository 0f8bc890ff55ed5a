#include "aftersalesfilterbar.h"

#include "domain/aftersalesenums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QToolButton>

namespace sw::ui {

namespace {

template <typename Enum> void fill(QComboBox* combo, const QString& any, const QList<Enum>& values)
{
    combo->addItem(any, QString());
    for (Enum value : values)
        combo->addItem(domain::displayName(value), domain::code(value));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

template <typename Enum> QList<Enum> selected(const QComboBox* combo)
{
    const QString code = combo->currentData().toString();
    if (code.isEmpty())
        return {};
    return {domain::fromCode<Enum>(code)};
}

} // namespace

AfterSalesFilterBar::AfterSalesFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_clear(new QToolButton(this))
{
    fill(m_status, tr("Any status"), domain::allAfterSalesStatuses());
    fill(m_kind, tr("Any kind"), domain::allAfterSalesKinds());
    fill(m_reason, tr("Any reason"), domain::allAfterSalesReasons());
    m_status->setToolTip(tr("Status"));
    m_kind->setToolTip(tr("Kind"));
    m_reason->setToolTip(tr("Reason"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromEnabled->setToolTip(tr("Only requests created on or after this day"));
    m_toEnabled->setToolTip(tr("Only requests created on or before this day"));
    m_overdue->setToolTip(tr("Only requests whose decision is past due"));
    m_clear->setText(tr("Clear Filters"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget* w : std::initializer_list<QWidget*>{m_status, m_kind, m_reason, m_fromEnabled, m_from,
                                                      m_toEnabled, m_to, m_overdue, m_clear})
        layout->addWidget(w);
    layout->addStretch(1);

    for (QComboBox* combo : {m_status, m_kind, m_reason})
        connect(combo, &QComboBox::currentIndexChanged, this, &AfterSalesFilterBar::changed);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromEnabled, m_toEnabled, m_overdue})
        connect(box, &QCheckBox::toggled, this, &AfterSalesFilterBar::changed);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AfterSalesFilterBar::changed);
    connect(m_clear, &QToolButton::clicked, this, &AfterSalesFilterBar::clear);
}

services::AfterSalesFilter AfterSalesFilterBar::applyTo(services::AfterSalesFilter base) const
{
    const auto statuses = selected<domain::AfterSalesStatus>(m_status);
    if (!statuses.isEmpty()) {
        // The view allows other statuses only: nothing can match (created before 1970).
        if (!base.statuses.isEmpty() && !base.statuses.contains(statuses.first()))
            base.createdTo = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        base.statuses = statuses;
    }
    if (const auto kinds = selected<domain::AfterSalesKind>(m_kind); !kinds.isEmpty())
        base.kinds = kinds;
    if (const auto reasons = selected<domain::AfterSalesReason>(m_reason); !reasons.isEmpty())
        base.reasons = reasons;
    if (m_fromEnabled->isChecked())
        base.createdFrom = m_from->date().startOfDay().toUTC();
    if (m_toEnabled->isChecked())
        base.createdTo = m_to->date().addDays(1).startOfDay().toUTC();
    if (m_overdue->isChecked())
        base.overdueOnly = true;
    return base;
}

void AfterSalesFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_status), b2(m_kind), b3(m_reason), b4(m_fromEnabled), b5(m_toEnabled),
            b6(m_overdue);
        m_status->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_reason->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        m_overdue->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    Q_EMIT changed();
}

} // namespace sw::ui
