#pragma once

// Add or edit one day of the business-day calendar: date, what the day is (public
// holiday, make-up working day, ordinary day) and its name. The input is checked as
// the user types with the same rules the service applies (CalendarService::validate);
// OK stays disabled and the line above the buttons says why until it is valid. The
// dialog only collects the day; CalendarDialog saves it.

#include "services/calendarservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sw::ui {

class CalendarDayDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarDayDialog(QWidget* parent = nullptr);

    // Editing an existing day: the date is fixed (another date is another day).
    void setDay(const services::CalendarDay& day);
    void setDate(QDate date);

    QDate date() const;
    services::CalendarDayType type() const;
    QString name() const;

    // Test-facing accessors.
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }

private:
    void updateState();

    QDateEdit* m_date;
    QLabel* m_weekday;
    QComboBox* m_type;
    QLineEdit* m_name;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace sw::ui
