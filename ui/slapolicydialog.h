#pragma once

// SLA policy (服务时效) for administrators: first-response targets (normal and special
// case), resolution targets per kind and priority, the warning level and the calendar
// mode. Saved through TicketService::setSlaPolicy, which validates and audits it and
// recomputes the due times of every open ticket in the same transaction. That takes
// seconds at a million tickets, so the save runs off the GUI thread behind a busy line;
// the dialog stays open (and cannot be cancelled) until it is done, closes on success
// and shows the error otherwise.
//
// Importing the business-day calendar from CSV has no service API yet; the dialog does
// not offer it.

#include "domain/slapolicy.h"
#include "services/actor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class BusyIndicator;

class SlaPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    SlaPolicyDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                    QWidget* parent = nullptr);

    domain::SlaPolicy policy() const; // as edited

    // Test-facing accessors.
    QSpinBox* firstResponseSpin() const { return m_firstResponse; }
    QSpinBox* specialCaseSpin() const { return m_specialCase; }
    QSpinBox* warnSpin() const { return m_warn; }
    QComboBox* calendarCombo() const { return m_calendar; }
    QTableWidget* resolutionTable() const { return m_resolution; }
    QLabel* messageLabel() const { return m_message; }
    BusyIndicator* busyIndicator() const { return m_busy; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override; // saves off the GUI thread; closes when saved
    void reject() override; // ignored while saving: the change would commit anyway

private:
    QSpinBox* hoursSpin();
    void setEditable(bool editable);

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QSpinBox* m_firstResponse;
    QSpinBox* m_specialCase;
    QSpinBox* m_warn;
    QComboBox* m_calendar;
    QTableWidget* m_resolution;
    QLabel* m_message;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    QWidget* m_form;
};

} // namespace sw::ui
