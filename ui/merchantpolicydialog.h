#pragma once

// Settings → Merchant Review Policy… (administrators, ManageSettings): the two tables of
// merchant review every workstation shares (MerchantPolicies).
//
// - Credit scoring (信用评分规则): the points of each credit event, with the version in
//   force. Saving any change makes the next version; recorded events keep the points
//   they were scored with.
// - Required documents (必需证照): per category (and for categories without their own
//   row, the default), which documents an application must include.
//
// Save validates and writes both at once through the services; a refusal (someone saved
// meanwhile, a value out of range) is shown inline and nothing changes.

#include "domain/creditscore.h"
#include "services/actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class MerchantPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    MerchantPolicyDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                         QWidget* parent = nullptr);

    QTableWidget* scoringTable() const { return m_scoring; }   // column 1: points (spin box)
    QTableWidget* documentsTable() const { return m_documents; } // checkable cells
    QLabel* versionLabel() const { return m_version; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;
    // Sets the points of one event kind (what editing the spin box does).
    void setPoints(int row, int points);

public Q_SLOTS:
    void accept() override;

private:
    void load();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    domain::CreditRules m_loaded; // the version the edits start from
    QTableWidget* m_scoring;
    QTableWidget* m_documents;
    QLabel* m_version;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
