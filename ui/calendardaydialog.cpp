#include "calendardaydialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

using services::CalendarDayType;
using services::CalendarService;

CalendarDayDialog::CalendarDayDialog(QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_weekday(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Calendar Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(CalendarService::kMinYear, 1, 1), QDate(CalendarService::kMaxYear, 12, 31));
    for (CalendarDayType t : {CalendarDayType::Holiday, CalendarDayType::Workday, CalendarDayType::Normal})
        m_type->addItem(CalendarService::typeDisplayName(t), int(t));
    m_name->setMaxLength(CalendarService::kMaxNameLength);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_weekday, 1);
    // A row holding a layout gets no buddy from QFormLayout: give the label its own.
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto* form = new QFormLayout;
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    auto* hint = new QLabel(tr("Public holidays fall on weekdays and make-up working days on weekends; an "
                               "ordinary day cancels a built-in entry and may carry a note."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // greyed: a hint, not a field

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &CalendarDayDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CalendarDayDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CalendarDayDialog::updateState);
    updateState();
}

void CalendarDayDialog::setDay(const services::CalendarDay& day)
{
    m_date->setDate(day.date);
    m_date->setEnabled(false);
    m_type->setCurrentIndex(m_type->findData(int(day.type)));
    m_name->setText(day.name);
    updateState();
}

void CalendarDayDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

QDate CalendarDayDialog::date() const
{
    return m_date->date();
}

CalendarDayType CalendarDayDialog::type() const
{
    return CalendarDayType(m_type->currentData().toInt());
}

QString CalendarDayDialog::name() const
{
    return m_name->text().trimmed();
}

void CalendarDayDialog::updateState()
{
    m_weekday->setText(locale().dayName(date().dayOfWeek(), QLocale::LongFormat));
    m_name->setPlaceholderText(type() == CalendarDayType::Normal ? tr("Optional note, e.g. why the shop stays open")
                                                                 : tr("e.g. Spring Festival"));
    const Status valid = CalendarService::validate(date(), type(), name());
    m_problem->setText(valid.message());
    m_ok->setEnabled(valid.ok());
}

} // namespace sw::ui
