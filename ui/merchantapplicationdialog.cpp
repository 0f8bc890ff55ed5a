#include "merchantapplicationdialog.h"

#include "domain/creditcode.h"
#include "services/merchantpolicies.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

using domain::DocumentKind;

MerchantApplicationDialog::MerchantApplicationDialog(storage::Database& db, const services::Actor& actor,
                                                     const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_legalName(new QLineEdit(this))
    , m_creditCode(new QLineEdit(this))
    , m_codeHint(new QLabel(this))
    , m_legalRep(new QLineEdit(this))
    , m_legalRepId(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_bank(new QLineEdit(this))
    , m_brand(new QLineEdit(this))
    , m_categories(new QListWidget(this))
    , m_documents(new QTableWidget(0, 4, this))
    , m_docKind(new QComboBox(this))
    , m_docNumber(new QLineEdit(this))
    , m_docValid(new QDateEdit(QDate::currentDate().addYears(1), this))
    , m_docLongTerm(new QCheckBox(tr("Long-term"), this))
    , m_required(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Merchant Application"));
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    m_creditCode->setMaxLength(24);
    m_legalRepId->setPlaceholderText(tr("18-character resident ID number"));
    m_codeHint->setWordWrap(true);
    m_codeHint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (const QString& code : domain::merchantCategories()) {
        auto* item = new QListWidgetItem(domain::merchantCategoryName(code), m_categories);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_categories->setMaximumHeight(150);

    auto* merchant = new QFormLayout;
    merchant->addRow(tr("&Legal name:"), m_legalName);
    merchant->addRow(tr("&Credit code:"), m_creditCode);
    merchant->addRow(QString(), m_codeHint);
    merchant->addRow(tr("Legal &representative:"), m_legalRep);
    merchant->addRow(tr("Representative's &ID:"), m_legalRepId);
    merchant->addRow(tr("C&ontact:"), m_contact);
    merchant->addRow(tr("&Phone:"), m_phone);
    merchant->addRow(tr("&Bank account:"), m_bank);
    merchant->addRow(tr("B&rand:"), m_brand);
    merchant->addRow(tr("Ca&tegories:"), m_categories);

    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Number"), tr("Valid until"), tr("Scan")});
    m_documents->horizontalHeader()->setStretchLastSection(true);
    m_documents->verticalHeader()->hide();
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (DocumentKind kind : domain::allDocumentKinds())
        m_docKind->addItem(domain::displayName(kind), domain::code(kind));
    m_docNumber->setPlaceholderText(tr("Document number"));
    m_docNumber->setMinimumWidth(160);
    m_docValid->setCalendarPopup(true);
    m_docValid->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_docLongTerm, &QCheckBox::toggled, m_docValid, &QWidget::setDisabled);
    auto* addButton = new QPushButton(tr("Add Document…"), this);
    auto* removeButton = new QPushButton(tr("Remove"), this);
    connect(addButton, &QPushButton::clicked, this, &MerchantApplicationDialog::chooseScan);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_documents->currentRow();
        if (row < 0)
            return;
        m_documents->removeRow(row);
        m_docs.removeAt(row);
    });
    auto* docRow = new QHBoxLayout;
    docRow->addWidget(m_docKind);
    docRow->addWidget(m_docNumber, 1);
    docRow->addWidget(m_docValid);
    docRow->addWidget(m_docLongTerm);
    docRow->addWidget(addButton);
    docRow->addWidget(removeButton);
    m_required->setWordWrap(true);
    auto* docs = new QGroupBox(tr("Documents"), this);
    auto* docLayout = new QVBoxLayout(docs);
    docLayout->addWidget(m_required);
    docLayout->addWidget(m_documents, 1);
    docLayout->addLayout(docRow);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    okButton()->setText(tr("&Submit"));

    auto* merchantColumn = new QVBoxLayout;
    merchantColumn->addLayout(merchant);
    merchantColumn->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(merchantColumn, 1);
    columns->addWidget(docs, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(1080, 600);

    connect(m_creditCode, &QLineEdit::textChanged, this, &MerchantApplicationDialog::checkCode);
    connect(m_categories, &QListWidget::itemChanged, this, &MerchantApplicationDialog::updateRequired);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MerchantApplicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRequired();
}

QPushButton* MerchantApplicationDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void MerchantApplicationDialog::setCategories(const QStringList& codes)
{
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem* item = m_categories->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void MerchantApplicationDialog::checkCode()
{
    const QString typed = m_creditCode->text();
    if (typed.trimmed().isEmpty()) {
        m_codeHint->clear();
        return;
    }
    const auto code = domain::CreditCode::validate(typed);
    m_codeHint->setStyleSheet(code ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_codeHint->setText(code ? tr("Valid credit code %1").arg(*code) : code.message());
}

void MerchantApplicationDialog::updateRequired()
{
    QStringList chosen;
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            chosen << m_categories->item(i)->data(Qt::UserRole).toString();
    if (chosen.isEmpty()) {
        m_required->setText(tr("Choose the categories to see which documents are required."));
        return;
    }
    QStringList names;
    for (DocumentKind kind : services::MerchantPolicies(m_db, m_actor, m_clock).documents().required(chosen))
        names << domain::displayName(kind);
    m_required->setText(tr("Required: %1").arg(names.join(QStringLiteral("、"))));
}

void MerchantApplicationDialog::chooseScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Scan"), QString(),
                                                      tr("Scans (*.png *.jpg *.jpeg *.pdf)"));
    if (path.isEmpty())
        return;
    addDocument(domain::fromCode<DocumentKind>(m_docKind->currentData().toString()), m_docNumber->text(),
                m_docLongTerm->isChecked() ? QDate() : m_docValid->date(), path);
}

bool MerchantApplicationDialog::addDocument(DocumentKind kind, const QString& number, QDate validUntil,
                                            const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("The file %1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    services::MerchantDocumentDraft d{kind, number.trimmed(), validUntil, QFileInfo(path).fileName(), file.readAll()};
    const int row = m_documents->rowCount();
    m_documents->insertRow(row);
    m_documents->setItem(row, 0, new QTableWidgetItem(domain::displayName(kind)));
    m_documents->setItem(row, 1, new QTableWidgetItem(d.number));
    m_documents->setItem(row, 2, new QTableWidgetItem(validUntil.isValid() ? validUntil.toString(Qt::ISODate)
                                                                           : tr("Long-term")));
    m_documents->setItem(row, 3, new QTableWidgetItem(d.fileName));
    m_documents->resizeColumnsToContents();
    m_docs << d;
    m_docNumber->clear();
    m_message->clear();
    return true;
}

services::MerchantApplicationDraft MerchantApplicationDialog::draft() const
{
    services::MerchantApplicationDraft d;
    d.legalName = m_legalName->text();
    d.creditCode = m_creditCode->text();
    d.legalRep = m_legalRep->text();
    d.legalRepId = m_legalRepId->text();
    d.contactName = m_contact->text();
    d.contactPhone = m_phone->text();
    d.bankAccount = m_bank->text();
    d.brand = m_brand->text();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            d.categories << m_categories->item(i)->data(Qt::UserRole).toString();
    d.documents = m_docs;
    return d;
}

void MerchantApplicationDialog::accept()
{
    auto id = services::MerchantService(m_db, m_actor, m_clock).submit(draft());
    if (!id) {
        m_message->setText(id.message());
        return;
    }
    m_createdId = *id;
    QDialog::accept();
}

} // namespace sw::ui
