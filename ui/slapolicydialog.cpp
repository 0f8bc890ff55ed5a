#include "slapolicydialog.h"

#include "busyindicator.h"
#include "offthread.h"
#include "services/ticketservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

using domain::SlaPolicy;

SlaPolicyDialog::SlaPolicyDialog(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_firstResponse(hoursSpin())
    , m_specialCase(hoursSpin())
    , m_warn(new QSpinBox(this))
    , m_calendar(new QComboBox(this))
    , m_resolution(new QTableWidget(int(domain::allTicketKinds().size()),
                                    int(domain::allTicketPriorities().size()), this))
    , m_message(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_form(new QWidget(this))
{
    setWindowTitle(tr("SLA Policy"));
    const SlaPolicy current = services::TicketService(db, actor, clock).slaPolicy();
    m_firstResponse->setValue(current.firstResponseHours());
    m_specialCase->setValue(current.specialCaseFirstResponseHours());
    m_warn->setRange(1, 99);
    m_warn->setSuffix(tr(" %"));
    m_warn->setValue(current.warnAtPercent());
    m_calendar->addItem(tr("Calendar hours (7 × 24)"), int(SlaPolicy::CalendarMode::CalendarHours));
    m_calendar->addItem(tr("Working days only (holidays and make-up days)"),
                        int(SlaPolicy::CalendarMode::BusinessDays));
    m_calendar->setCurrentIndex(m_calendar->findData(int(current.calendarMode())));

    QStringList kinds;
    for (auto kind : domain::allTicketKinds())
        kinds << domain::displayName(kind);
    QStringList priorities;
    for (auto priority : domain::allTicketPriorities())
        priorities << domain::displayName(priority);
    m_resolution->setVerticalHeaderLabels(kinds);
    m_resolution->setHorizontalHeaderLabels(priorities);
    m_resolution->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int k = 0; k < kinds.size(); ++k) {
        for (int p = 0; p < priorities.size(); ++p) {
            QSpinBox* spin = hoursSpin();
            spin->setValue(current.resolutionHours(domain::allTicketKinds().at(k), domain::allTicketPriorities().at(p)));
            m_resolution->setCellWidget(k, p, spin);
        }
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));

    // The editable part in one widget, so a running save disables all of it at once.
    auto* form = new QFormLayout;
    form->addRow(tr("&First response:"), m_firstResponse);
    form->addRow(tr("First response, &special case:"), m_specialCase);
    form->addRow(tr("&Warn at:"), m_warn);
    form->addRow(tr("&Count time in:"), m_calendar);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(new QLabel(tr("Resolution targets by kind and priority:"), m_form));
    formLayout->addWidget(m_resolution);
    auto* note = new QLabel(tr("Saving applies the new targets to every ticket that is not yet resolved: "
                               "their due and warning times are recalculated at once."),
                            m_form);
    note->setWordWrap(true);
    formLayout->addWidget(note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(620, 420);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlaPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QSpinBox* SlaPolicyDialog::hoursSpin()
{
    auto* spin = new QSpinBox(this);
    spin->setRange(1, SlaPolicy::kMaxTargetHours);
    spin->setSuffix(tr(" h", "hours"));
    return spin;
}

SlaPolicy SlaPolicyDialog::policy() const
{
    SlaPolicy policy;
    policy.setFirstResponseHours(m_firstResponse->value());
    policy.setSpecialCaseFirstResponseHours(m_specialCase->value());
    policy.setWarnAtPercent(m_warn->value());
    policy.setCalendarMode(SlaPolicy::CalendarMode(m_calendar->currentData().toInt()));
    const auto kinds = domain::allTicketKinds();
    const auto priorities = domain::allTicketPriorities();
    for (int k = 0; k < kinds.size(); ++k) {
        for (int p = 0; p < priorities.size(); ++p) {
            const auto* spin = qobject_cast<QSpinBox*>(m_resolution->cellWidget(k, p));
            policy.setResolutionHours(kinds.at(k), priorities.at(p), spin->value());
        }
    }
    return policy;
}

void SlaPolicyDialog::setEditable(bool editable)
{
    m_form->setEnabled(editable);
    m_buttons->setEnabled(editable);
}

void SlaPolicyDialog::accept()
{
    if (m_busy->isBusy())
        return;
    m_message->clear();
    setEditable(false);
    m_busy->start(tr("Saving the policy and recalculating the due times of open tickets…"));
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const SlaPolicy edited = policy();
    runOffThread(
        this,
        [db, actor, clock, edited]() -> Status {
            return withThreadConnection(
                *db, [&]() -> Status { return services::TicketService(*db, actor, clock).setSlaPolicy(edited); });
        },
        [this](Status status) {
            m_busy->stop();
            setEditable(true);
            if (!status.ok()) {
                m_message->setText(status.message());
                return;
            }
            QDialog::accept();
        });
}

void SlaPolicyDialog::reject()
{
    if (m_busy->isBusy())
        return;
    QDialog::reject();
}

} // namespace sw::ui
