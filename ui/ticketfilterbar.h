#pragma once

// The ad-hoc filters above the ticket queue: status, kind, channel and priority
// (multi-select menus), owner, team, received date range and SLA state, plus "clear".
// It only edits values; the pane combines them with the selected saved view and the
// search text into one TicketFilter.

#include "services/ticketquery.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QMenu;
class QToolButton;

namespace sw::ui {

class TicketFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TicketFilterBar(QWidget* parent = nullptr);

    // (id, name) of the people shown in the owner list; the bar adds "anyone",
    // "me" and "unassigned" itself.
    void setOwners(const QString& myId, const QList<QPair<QString, QString>>& owners);
    // Hidden when empty (the actor may not list teams).
    void setTeams(const QList<QPair<QString, QString>>& teams);

    // Overrides the fields of `base` that the bar sets; leaves the rest alone.
    services::TicketFilter applyTo(services::TicketFilter base) const;
    bool isEmpty() const;

    void clear();
    void setStatuses(const QList<domain::TicketStatus>& statuses);
    void setSla(services::SlaFilter sla);

    // Test-facing accessors.
    QToolButton* statusButton() const { return m_statusButton; }
    QComboBox* ownerCombo() const { return m_owner; }
    QComboBox* slaCombo() const { return m_sla; }
    QAction* clearAction() const { return m_clear; }

Q_SIGNALS:
    void changed();

private:
    template <typename Enum>
    QToolButton* addMultiSelect(const QString& title, const QList<Enum>& values, QList<QAction*>* actions);
    template <typename Enum> QList<Enum> checked(const QList<QAction*>& actions) const;
    void updateButtonTexts();

    QToolButton* m_statusButton = nullptr;
    QToolButton* m_kindButton = nullptr;
    QToolButton* m_channelButton = nullptr;
    QToolButton* m_priorityButton = nullptr;
    QList<QAction*> m_statusActions;
    QList<QAction*> m_kindActions;
    QList<QAction*> m_channelActions;
    QList<QAction*> m_priorityActions;
    QComboBox* m_owner = nullptr;
    QComboBox* m_team = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_sla = nullptr;
    QCheckBox* m_includeMerged = nullptr;
    QAction* m_clear = nullptr;
    QString m_myId;
    bool m_updating = false;
};

} // namespace sw::ui
