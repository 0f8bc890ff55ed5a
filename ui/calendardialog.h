#pragma once

// Settings → Business-Day Calendar (工作日历): the public holidays and make-up working
// days of one year as they are in effect — the built-in Chinese calendar with the
// administrators' custom entries over it — with weekday, type (colour and icon), name
// and source. Users with ManageSettings add, edit and remove entries and import or
// export CSV files; everybody else sees the same table read-only (export included).
// Everything goes through CalendarService; the import (a file of any size and many
// years) runs off the GUI thread.

#include "result.h"
#include "services/actor.h"
#include "services/calendarservice.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class BusyIndicator;
class CalendarDayDialog;

class CalendarDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { DateColumn, WeekdayColumn, TypeColumn, NameColumn, SourceColumn, ColumnCount };

    CalendarDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                   QWidget* parent = nullptr);

    int year() const;
    void setYear(int year);
    bool canEdit() const { return m_canEdit; }
    QList<services::CalendarDay> days() const { return m_days; } // as shown, by row

    // Opens the day editor (window-modal) for a new day / the selected day; on OK the
    // day is saved. Returns the editor, or nullptr when editing is not allowed.
    CalendarDayDialog* addDay();
    CalendarDayDialog* editSelected();
    // Saves one day / removes the selected custom entry; errors go to messageLabel().
    bool saveDay(QDate date, services::CalendarDayType type, const QString& name);
    bool removeSelected();
    // Imports a CSV file off the GUI thread; importFinished() tells the outcome.
    void importFile(const QString& path);
    bool isImporting() const { return m_importing; }
    // Writes the selected year as CSV (UTF-8 with BOM) through QSaveFile.
    bool exportFile(const QString& path);

    // Test-facing accessors.
    QSpinBox* yearSpin() const { return m_year; }
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* readOnlyLabel() const { return m_readOnly; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void importFinished(bool ok);

private:
    void reload();
    void selectDate(QDate date);
    void updateButtons();
    void showProblem(const QString& text);
    void showInfo(const QString& text);
    void chooseImportFile();
    void chooseExportFile();
    int selectedRow() const;

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    bool m_canEdit;
    bool m_importing = false;
    QList<services::CalendarDay> m_days;
    QSpinBox* m_year;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_readOnly;
    QLabel* m_message;
    BusyIndicator* m_busy;
};

} // namespace sw::ui
