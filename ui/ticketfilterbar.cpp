#include "ticketfilterbar.h"

#include "domain/ticketenums.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

namespace sw::ui {

using services::SlaFilter;

namespace {

// Owner combo data: a user id, or one of these markers.
const QString kAnyOwner = QStringLiteral(":any");
const QString kUnassigned = QStringLiteral(":unassigned");

QDateTime startOfLocalDay(const QDate& date)
{
    return date.startOfDay().toUTC();
}

} // namespace

TicketFilterBar::TicketFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_statusButton = addMultiSelect(tr("Status"), domain::allTicketStatuses(), &m_statusActions);
    m_kindButton = addMultiSelect(tr("Kind"), domain::allTicketKinds(), &m_kindActions);
    m_channelButton = addMultiSelect(tr("Channel"), domain::allTicketChannels(), &m_channelActions);
    m_priorityButton = addMultiSelect(tr("Priority"), domain::allTicketPriorities(), &m_priorityActions);
    for (QToolButton* button : {m_statusButton, m_kindButton, m_channelButton, m_priorityButton})
        layout->addWidget(button);

    m_owner = new QComboBox(this);
    m_owner->setToolTip(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setOwners(QString(), {});
    layout->addWidget(m_owner);

    m_team = new QComboBox(this);
    m_team->setToolTip(tr("Team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_team);
    setTeams({});

    m_sla = new QComboBox(this);
    m_sla->setToolTip(tr("SLA state"));
    m_sla->addItem(tr("Any SLA state"), int(SlaFilter::Any));
    m_sla->addItem(tr("Within target"), int(SlaFilter::Ok));
    m_sla->addItem(tr("SLA warning"), int(SlaFilter::Warning));
    m_sla->addItem(tr("SLA breached"), int(SlaFilter::Breached));
    m_sla->addItem(tr("Breaching within 2 h"), int(SlaFilter::BreachingWithin2h));
    m_sla->addItem(tr("Paused"), int(SlaFilter::Paused));
    layout->addWidget(m_sla);

    m_fromEnabled = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_toEnabled = new QCheckBox(tr("To"), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromEnabled->setToolTip(tr("Only tickets received on or after this day"));
    m_toEnabled->setToolTip(tr("Only tickets received on or before this day"));
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);

    m_includeMerged = new QCheckBox(tr("Merged"), this);
    m_includeMerged->setToolTip(tr("Also show tickets that were merged into another ticket"));
    layout->addWidget(m_includeMerged);

    auto* clearButton = new QToolButton(this);
    m_clear = new QAction(tr("Clear Filters"), this);
    m_clear->setToolTip(tr("Remove every filter of this bar"));
    clearButton->setDefaultAction(m_clear);
    layout->addWidget(clearButton);
    layout->addStretch(1);

    // clear() changes many fields at once and announces the result once.
    const auto emitChanged = [this] {
        if (!m_updating)
            Q_EMIT changed();
    };
    connect(m_clear, &QAction::triggered, this, &TicketFilterBar::clear);
    for (QComboBox* combo : {m_owner, m_team, m_sla})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromEnabled, m_toEnabled, m_includeMerged})
        connect(box, &QCheckBox::toggled, this, emitChanged);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, emitChanged);
    updateButtonTexts();
}

template <typename Enum>
QToolButton* TicketFilterBar::addMultiSelect(const QString& title, const QList<Enum>& values,
                                             QList<QAction*>* actions)
{
    auto* button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setProperty("filterTitle", title);
    auto* menu = new QMenu(button);
    for (Enum value : values) {
        QAction* action = menu->addAction(domain::displayName(value));
        action->setCheckable(true);
        action->setData(domain::code(value));
        connect(action, &QAction::toggled, this, [this] {
            updateButtonTexts();
            if (!m_updating)
                Q_EMIT changed();
        });
        *actions << action;
    }
    button->setMenu(menu);
    return button;
}

template <typename Enum> QList<Enum> TicketFilterBar::checked(const QList<QAction*>& actions) const
{
    QList<Enum> out;
    for (QAction* action : actions) {
        if (action->isChecked())
            out << domain::fromCode<Enum>(action->data().toString());
    }
    return out;
}

void TicketFilterBar::updateButtonTexts()
{
    const auto update = [](QToolButton* button, const QList<QAction*>& actions) {
        QStringList names;
        for (QAction* action : actions) {
            if (action->isChecked())
                names << action->text();
        }
        const QString title = button->property("filterTitle").toString();
        button->setText(names.isEmpty() ? title : tr("%1: %2").arg(title, names.join(tr(", "))));
    };
    update(m_statusButton, m_statusActions);
    update(m_kindButton, m_kindActions);
    update(m_channelButton, m_channelActions);
    update(m_priorityButton, m_priorityActions);
}

void TicketFilterBar::setOwners(const QString& myId, const QList<QPair<QString, QString>>& owners)
{
    const QSignalBlocker blocker(m_owner);
    const QString current = m_owner->currentData().toString();
    m_myId = myId;
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), kAnyOwner);
    if (!myId.isEmpty())
        m_owner->addItem(tr("Me"), myId);
    m_owner->addItem(tr("Unassigned"), kUnassigned);
    for (const auto& [id, name] : owners) {
        if (id != myId)
            m_owner->addItem(name, id);
    }
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
}

void TicketFilterBar::setTeams(const QList<QPair<QString, QString>>& teams)
{
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("Any team"), QString());
    for (const auto& [id, name] : teams)
        m_team->addItem(name, id);
    m_team->setVisible(!teams.isEmpty());
}

services::TicketFilter TicketFilterBar::applyTo(services::TicketFilter base) const
{
    if (const auto statuses = checked<domain::TicketStatus>(m_statusActions); !statuses.isEmpty())
        base.statuses = statuses;
    if (const auto kinds = checked<domain::TicketKind>(m_kindActions); !kinds.isEmpty())
        base.kinds = kinds;
    if (const auto channels = checked<domain::TicketChannel>(m_channelActions); !channels.isEmpty())
        base.channels = channels;
    if (const auto priorities = checked<domain::TicketPriority>(m_priorityActions); !priorities.isEmpty())
        base.priorities = priorities;
    const QString owner = m_owner->currentData().toString();
    if (owner == kUnassigned) {
        base.ownerId.clear();
        base.unassignedOnly = true;
    } else if (owner != kAnyOwner && !owner.isEmpty()) {
        base.ownerId = owner;
        base.unassignedOnly = false;
    }
    if (const QString team = m_team->currentData().toString(); !team.isEmpty())
        base.teamId = team;
    if (const auto sla = SlaFilter(m_sla->currentData().toInt()); sla != SlaFilter::Any)
        base.sla = sla;
    if (m_fromEnabled->isChecked())
        base.receivedFrom = startOfLocalDay(m_from->date());
    if (m_toEnabled->isChecked())
        base.receivedTo = startOfLocalDay(m_to->date().addDays(1)); // "to" is inclusive for people
    if (m_includeMerged->isChecked())
        base.includeMerged = true;
    return base;
}

bool TicketFilterBar::isEmpty() const
{
    return applyTo(services::TicketFilter()) == services::TicketFilter();
}

void TicketFilterBar::clear()
{
    m_updating = true;
    for (const QList<QAction*>* list : {&m_statusActions, &m_kindActions, &m_channelActions, &m_priorityActions}) {
        for (QAction* action : *list)
            action->setChecked(false);
    }
    m_owner->setCurrentIndex(0);
    m_team->setCurrentIndex(0);
    m_sla->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_includeMerged->setChecked(false);
    m_updating = false;
    Q_EMIT changed();
}

void TicketFilterBar::setStatuses(const QList<domain::TicketStatus>& statuses)
{
    m_updating = true;
    for (QAction* action : std::as_const(m_statusActions))
        action->setChecked(statuses.contains(domain::fromCode<domain::TicketStatus>(action->data().toString())));
    m_updating = false;
    Q_EMIT changed();
}

void TicketFilterBar::setSla(SlaFilter sla)
{
    m_sla->setCurrentIndex(qMax(0, m_sla->findData(int(sla))));
}

} // namespace sw::ui
