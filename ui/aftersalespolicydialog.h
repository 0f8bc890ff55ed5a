#pragma once

// After-sales policy (售后政策) for administrators: the approval ladder (limits typed as
// money, ¥ with the locale's grouping), the eligibility windows, exclusions and evidence
// minimum, and the dispute times (evidence period, appeal period). Saved through
// AfterSalesPolicies::save, which validates all of it (amounts more than ¥0.00, windows
// not below the legal minimum, …) and writes the three settings in one transaction: on a
// refusal the dialog stays open with the translated reason and nothing is saved.
// "Restore Defaults" fills in the domain defaults (saved only with Save). Saving writes
// three small rows, so it runs on the GUI thread.

#include "services/actor.h"
#include "services/aftersalespolicies.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class AfterSalesPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    AfterSalesPolicyDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                           QWidget* parent = nullptr);

    // As edited; an amount that does not parse is an error naming the field.
    Result<services::AfterSalesPolicySet> policies() const;
    void load(const services::AfterSalesPolicySet& policies);

    // Test-facing accessors.
    QLineEdit* agentLimitEdit() const { return m_agentLimit; }
    QLineEdit* leadLimitEdit() const { return m_leadLimit; }
    QLineEdit* multipleAboveEdit() const { return m_multipleAbove; }
    QSpinBox* approvalsSpin() const { return m_approvals; }
    QSpinBox* noReasonSpin() const { return m_noReason; }
    QSpinBox* qualityReturnSpin() const { return m_qualityReturn; }
    QSpinBox* qualityExchangeSpin() const { return m_qualityExchange; }
    QSpinBox* warrantySpin() const { return m_warranty; }
    QSpinBox* evidenceMinimumSpin() const { return m_evidenceMinimum; }
    QList<QCheckBox*> exclusionBoxes() const { return m_exclusions; }
    QSpinBox* evidenceHoursSpin() const { return m_evidenceHours; }
    QSpinBox* appealDaysSpin() const { return m_appealDays; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override; // validates and saves; closes only when saved

private:
    QSpinBox* spin(int minimum, int maximum, const QString& suffix);
    QWidget* ladderPage();
    QWidget* eligibilityPage();
    QWidget* disputesPage();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QLineEdit* m_agentLimit = nullptr;
    QLineEdit* m_leadLimit = nullptr;
    QLineEdit* m_multipleAbove = nullptr;
    QSpinBox* m_approvals = nullptr;
    QSpinBox* m_noReason = nullptr;
    QSpinBox* m_qualityReturn = nullptr;
    QSpinBox* m_qualityExchange = nullptr;
    QSpinBox* m_warranty = nullptr;
    QSpinBox* m_evidenceMinimum = nullptr;
    QList<QCheckBox*> m_exclusions; // allItemFlags() order
    QSpinBox* m_evidenceHours = nullptr;
    QSpinBox* m_appealDays = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sw::ui
