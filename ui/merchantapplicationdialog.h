#pragma once

// Records a merchant application as received (商家入驻申请): the merchant data, its
// categories and the documents with their scans. The required documents for the chosen
// categories are listed as a hint; MerchantService::submit checks everything (credit code
// check digit, ID number, required and expired documents, scan type and size) and a
// refusal is shown inline with its translated message while nothing is saved.
//
// Scans are read from files the auditor picks (PNG, JPEG or PDF); their bytes go into the
// encrypted database with the application.

#include "services/actor.h"
#include "services/merchantservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::ui {

class MerchantApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    MerchantApplicationDialog(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                              QWidget* parent = nullptr);

    QString createdId() const { return m_createdId; }

    // Adds a document row with the scan read from `path`; false (message shown) when the
    // file cannot be read. The file dialog of "Add Document…" ends here too.
    bool addDocument(domain::DocumentKind kind, const QString& number, QDate validUntil, const QString& path);
    void setCategories(const QStringList& codes);

    // Test-facing accessors.
    QLineEdit* legalNameEdit() const { return m_legalName; }
    QLineEdit* creditCodeEdit() const { return m_creditCode; }
    QLabel* creditCodeHint() const { return m_codeHint; }
    QLineEdit* legalRepEdit() const { return m_legalRep; }
    QLineEdit* legalRepIdEdit() const { return m_legalRepId; }
    QLineEdit* contactEdit() const { return m_contact; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* bankEdit() const { return m_bank; }
    QLineEdit* brandEdit() const { return m_brand; }
    QListWidget* categoryList() const { return m_categories; }
    QTableWidget* documentTable() const { return m_documents; }
    QLabel* requiredLabel() const { return m_required; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    void chooseScan();
    void updateRequired();
    void checkCode();
    services::MerchantApplicationDraft draft() const;

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    QString m_createdId;
    QList<services::MerchantDocumentDraft> m_docs;
    QLineEdit* m_legalName;
    QLineEdit* m_creditCode;
    QLabel* m_codeHint;
    QLineEdit* m_legalRep;
    QLineEdit* m_legalRepId;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_bank;
    QLineEdit* m_brand;
    QListWidget* m_categories;
    QTableWidget* m_documents;
    QComboBox* m_docKind;
    QLineEdit* m_docNumber;
    QDateEdit* m_docValid;
    QCheckBox* m_docLongTerm;
    QLabel* m_required;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace sw::ui
