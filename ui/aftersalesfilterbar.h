#pragma once

// The ad-hoc filters above the after-sales queue: status, kind, reason, creation date
// range and "overdue only", plus "clear". It only edits values; the pane combines them
// with the selected saved view and the search text into one AfterSalesFilter.

#include "services/aftersalesquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QToolButton;

namespace sw::ui {

class AfterSalesFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AfterSalesFilterBar(QWidget* parent = nullptr);

    // Overrides the fields of `base` the bar sets; leaves the rest alone. A status chosen
    // here narrows the view's statuses (an empty intersection matches nothing).
    services::AfterSalesFilter applyTo(services::AfterSalesFilter base) const;
    void clear();

    // Test-facing accessors.
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* reasonCombo() const { return m_reason; }
    QCheckBox* overdueBox() const { return m_overdue; }
    QCheckBox* fromBox() const { return m_fromEnabled; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toBox() const { return m_toEnabled; }
    QDateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_status;
    QComboBox* m_kind;
    QComboBox* m_reason;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QCheckBox* m_overdue;
    QToolButton* m_clear;
};

} // namespace sw::ui
