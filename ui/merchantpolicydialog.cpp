#include "merchantpolicydialog.h"

#include "domain/merchantcatalogue.h"
#include "services/merchantpolicies.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

using domain::CreditEventKind;
using domain::DocumentKind;

namespace {

const QString kDefaultRow = QStringLiteral("*default*");

} // namespace

MerchantPolicyDialog::MerchantPolicyDialog(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_scoring(new QTableWidget(0, 2, this))
    , m_documents(new QTableWidget(0, int(domain::allDocumentKinds().size()), this))
    , m_version(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Merchant Review Policy"));
    m_scoring->setHorizontalHeaderLabels({tr("Credit event"), tr("Points")});
    m_scoring->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scoring->verticalHeader()->hide();
    m_scoring->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList kinds;
    for (DocumentKind k : domain::allDocumentKinds())
        kinds << domain::displayName(k);
    m_documents->setHorizontalHeaderLabels(kinds);
    m_documents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_version->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* scoringPage = new QWidget(this);
    auto* scoringLayout = new QVBoxLayout(scoringPage);
    scoringLayout->addWidget(m_version);
    scoringLayout->addWidget(m_scoring, 1);
    auto* documentsPage = new QWidget(this);
    auto* documentsLayout = new QVBoxLayout(documentsPage);
    auto* hint = new QLabel(tr("Tick the documents each category requires. A category's row replaces the default "
                               "for it; a merchant needs the documents of all its categories."),
                            this);
    hint->setWordWrap(true);
    documentsLayout->addWidget(hint);
    documentsLayout->addWidget(m_documents, 1);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(scoringPage, tr("Credit Scoring"));
    tabs->addTab(documentsPage, tr("Required Documents"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(880, 520);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MerchantPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

QPushButton* MerchantPolicyDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void MerchantPolicyDialog::load()
{
    const services::MerchantPolicies policies(m_db, m_actor, m_clock);
    const domain::CreditRules rules = policies.creditRules();
    m_loaded = rules;
    m_version->setText(tr("Version %1 is in force. Saving a change makes version %2; events already recorded keep "
                          "the points they were given.")
                           .arg(rules.version())
                           .arg(rules.version() + 1));
    const QList<CreditEventKind> events = domain::allCreditEventKinds();
    m_scoring->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        auto* name = new QTableWidgetItem(domain::displayName(events.at(row)));
        name->setData(Qt::UserRole, domain::code(events.at(row)));
        m_scoring->setItem(row, 0, name);
        auto* spin = new QSpinBox(m_scoring);
        spin->setRange(-domain::CreditRules::kMaxDelta, domain::CreditRules::kMaxDelta);
        spin->setValue(rules.delta(events.at(row)));
        m_scoring->setCellWidget(row, 1, spin);
    }
    const QJsonObject docs = policies.documents().toJson();
    const QJsonObject byCategory = docs.value(QStringLiteral("categories")).toObject();
    QStringList rows{kDefaultRow};
    rows << domain::merchantCategories();
    m_documents->setRowCount(int(rows.size()));
    QStringList headers;
    for (int row = 0; row < rows.size(); ++row) {
        const QString category = rows.at(row);
        headers << (category == kDefaultRow ? tr("Default") : domain::merchantCategoryName(category));
        const QJsonValue own = byCategory.value(category);
        const QJsonArray required = (category == kDefaultRow || !own.isArray() ? docs.value(QStringLiteral("default"))
                                                                              : own)
                                        .toArray();
        for (int col = 0; col < domain::allDocumentKinds().size(); ++col) {
            auto* cell = new QTableWidgetItem;
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            cell->setCheckState(required.contains(domain::code(domain::allDocumentKinds().at(col))) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
            cell->setData(Qt::UserRole, category);
            m_documents->setItem(row, col, cell);
        }
    }
    m_documents->setVerticalHeaderLabels(headers);
}

void MerchantPolicyDialog::setPoints(int row, int points)
{
    if (auto* spin = qobject_cast<QSpinBox*>(m_scoring->cellWidget(row, 1)))
        spin->setValue(points);
}

void MerchantPolicyDialog::accept()
{
    services::MerchantPolicies policies(m_db, m_actor, m_clock);
    // Credit rules: one new version for all the changes, on top of the version loaded (the
    // service refuses it when somebody saved a newer one meanwhile).
    const domain::CreditRules current = m_loaded;
    domain::CreditRules next = current;
    bool changed = false;
    for (int row = 0; row < m_scoring->rowCount(); ++row) {
        const auto kind = domain::fromCode<CreditEventKind>(m_scoring->item(row, 0)->data(Qt::UserRole).toString());
        const int points = qobject_cast<QSpinBox*>(m_scoring->cellWidget(row, 1))->value();
        if (points == next.delta(kind))
            continue;
        auto edited = next.withDelta(kind, points);
        if (!edited) {
            m_message->setText(edited.message());
            return;
        }
        next = *edited;
        changed = true;
    }
    QJsonObject json = next.toJson();
    json.insert(QStringLiteral("version"), current.version() + 1);
    auto rules = domain::CreditRules::fromJson(json);
    if (!rules) {
        m_message->setText(rules.message());
        return;
    }
    // Required documents: the default row and every category whose row differs from it.
    QJsonArray defaults;
    QJsonObject categories;
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        QJsonArray ticked;
        for (int col = 0; col < m_documents->columnCount(); ++col)
            if (m_documents->item(row, col)->checkState() == Qt::Checked)
                ticked.append(domain::code(domain::allDocumentKinds().at(col)));
        const QString category = m_documents->item(row, 0)->data(Qt::UserRole).toString();
        if (category == kDefaultRow)
            defaults = ticked;
        else if (ticked != defaults)
            categories.insert(category, ticked);
    }
    auto documents = domain::MerchantDocuments::fromJson(
        {{QStringLiteral("version"), 1}, {QStringLiteral("default"), defaults}, {QStringLiteral("categories"), categories}});
    if (!documents) {
        m_message->setText(documents.message());
        return;
    }
    if (changed) {
        if (const Status s = policies.saveCreditRules(*rules); !s) {
            m_message->setText(s.message());
            return;
        }
    }
    if (!(*documents == policies.documents())) {
        if (const Status s = policies.saveDocuments(*documents); !s) {
            m_message->setText(s.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace sw::ui
