#pragma once

// New after-sales request (新建售后申请), standalone from the after-sales pane or
// pre-filled from a ticket (order no. and the ticket link). Amounts are typed as ¥ text
// and read by Money::parse inside AfterSalesService::create(); everything the service
// refuses (negative amount, amount above the order total, a quality claim without
// evidence, a delivery date in the future, …) is shown inline with its translated
// message, the dialog stays open and nothing is saved. Saving is a few indexed writes,
// done on the GUI thread like the new-ticket dialog.
//
// Evidence files (photos, videos, inspection reports) are picked with "Add Evidence…"
// and listed with a Remove button; the evidence count beside them is read-only and is
// their number. The files are read when the request is created (each at most the
// attachment size limit, checked from the file size when picked).

#include "services/actor.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class AfterSalesRequestDialog : public QDialog
{
    Q_OBJECT
public:
    AfterSalesRequestDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                            QWidget* parent = nullptr);

    // Links the request to a ticket and fills in what the ticket knows.
    void setTicket(const QString& ticketId, const QString& ticketNumber, const QString& orderNo);
    QString ticketId() const { return m_ticketId; }
    QString createdId() const { return m_createdId; }

    // Test-facing accessors.
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* reasonCombo() const { return m_reason; }
    QPlainTextEdit* reasonTextEdit() const { return m_reasonText; }
    QLineEdit* orderEdit() const { return m_order; }
    QDateEdit* deliveredEdit() const { return m_delivered; }
    QLineEdit* itemEdit() const { return m_item; }
    QCheckBox* flagBox(const QString& code) const { return m_flags.value(code); }
    QSpinBox* warrantySpin() const { return m_warranty; }
    QSpinBox* evidenceSpin() const { return m_evidence; } // read-only: the number of files
    QListWidget* evidenceList() const { return m_evidenceList; }
    QPushButton* removeEvidenceButton() const { return m_removeEvidence; }
    // Adds a file to the evidence list (the Add Evidence… button asks for it first);
    // false, with the message shown, when it cannot be used.
    bool addEvidenceFile(const QString& path);
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* orderTotalEdit() const { return m_orderTotal; }
    QLineEdit* refundedEdit() const { return m_refunded; }
    QLineEdit* compensationEdit() const { return m_compensation; }
    QLabel* ticketLabel() const { return m_ticketLabel; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void fillReasons();
    void removeSelectedEvidence();

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QString m_ticketId;
    QComboBox* m_kind;
    QComboBox* m_reason;
    QPlainTextEdit* m_reasonText;
    QLineEdit* m_order;
    QDateEdit* m_delivered;
    QLineEdit* m_item;
    QMap<QString, QCheckBox*> m_flags;
    QSpinBox* m_warranty;
    QSpinBox* m_evidence;
    QListWidget* m_evidenceList;
    QPushButton* m_addEvidence;
    QPushButton* m_removeEvidence;
    QStringList m_evidencePaths;
    qint64 m_maxBytes;
    QLineEdit* m_amount;
    QLineEdit* m_orderTotal;
    QLineEdit* m_refunded;
    QLineEdit* m_compensation;
    QLabel* m_ticketLabel;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QString m_createdId;
};

} // namespace sw::ui
