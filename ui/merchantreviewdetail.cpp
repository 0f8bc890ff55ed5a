#include "merchantreviewdetail.h"

#include "clock.h"
#include "creditfilewidget.h"
#include "merchantstepdialog.h"
#include "detailparts.h"
#include "messages.h"
#include "offthread.h"
#include "scanviewer.h"

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
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

using domain::MerchantAppAction;
using domain::MerchantAppStatus;

namespace {

const QList<MerchantAppAction> kActions = {MerchantAppAction::Take,         MerchantAppAction::RequestInfo,
                                           MerchantAppAction::InfoReceived, MerchantAppAction::FirstApprove,
                                           MerchantAppAction::SecondApprove, MerchantAppAction::Reject};

QString buttonText(MerchantAppAction action)
{
    switch (action) {
    case MerchantAppAction::Take:
        return MerchantReviewDetail::tr("&Take");
    case MerchantAppAction::RequestInfo:
        return MerchantReviewDetail::tr("Request &Information…");
    case MerchantAppAction::InfoReceived:
        return MerchantReviewDetail::tr("Information Re&ceived…");
    case MerchantAppAction::FirstApprove:
        return MerchantReviewDetail::tr("First &Approval…");
    case MerchantAppAction::SecondApprove:
        return MerchantReviewDetail::tr("&Second Review: Approve…");
    case MerchantAppAction::Reject:
        return MerchantReviewDetail::tr("&Reject…");
    }
    return {};
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString stepName(const QString& action)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("submitted"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Submitted")},
        {QStringLiteral("taken"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Taken")},
        {QStringLiteral("info_requested"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Information requested")},
        {QStringLiteral("info_received"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Information received")},
        {QStringLiteral("first_approved"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "First approval")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Approved (second review)")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Rejected")},
        {QStringLiteral("document_added"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Document added")},
        {QStringLiteral("document_verified"), QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Document verified")},
        {QStringLiteral("document_unverified"),
         QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Document tick removed")},
        {QStringLiteral("rereview_created"),
         QT_TRANSLATE_NOOP("sw::ui::MerchantReviewDetail", "Periodic re-review created")},
    };
    const char* name = names.value(action);
    return name ? MerchantReviewDetail::tr(name) : action;
}

// The catalogue name of a step's reason code (information request, rejection or document).
QString reasonName(const QString& code)
{
    bool ok = false;
    const auto info = domain::fromCode<domain::InfoRequestReason>(code, &ok);
    if (ok)
        return domain::displayName(info);
    const auto reject = domain::fromCode<domain::MerchantRejectReason>(code, &ok);
    if (ok)
        return domain::displayName(reject);
    const auto kind = domain::fromCode<domain::DocumentKind>(code, &ok);
    return ok ? domain::displayName(kind) : code;
}


} // namespace

MerchantReviewDetail::MerchantReviewDetail(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                           QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_duplicates(new QListWidget(this))
    , m_documents(makeDetailTable({tr("Document"), tr("Required"), tr("Number"), tr("Valid until"), tr("State"), tr("Verified"),
                         tr("Scan")},
                        this))
    , m_timeline(makeDetailTable({tr("When"), tr("Who"), tr("Step"), tr("Reason"), tr("Status after"), tr("Text")}, this))
    , m_credit(new CreditFileWidget(db, actor, clock, this))
    , m_viewScan(new QPushButton(tr("&View Scan…"), this))
    , m_addDocument(new QPushButton(tr("Add or Re&place…"), this))
    , m_verify(new QPushButton(tr("Toggle &Verified"), this))
{
    auto* empty = new QLabel(tr("Select a review in the queue."), this);
    empty->setAlignment(Qt::AlignCenter);

    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    auto* buttons = new QHBoxLayout;
    for (MerchantAppAction action : kActions) {
        auto* b = new QPushButton(buttonText(action), this);
        b->hide();
        connect(b, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_buttons.insert(action, b);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    // Application tab: the merchant data as submitted, then duplicates.
    auto* application = new QWidget(this);
    auto* form = new QFormLayout;
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("kind"), tr("Kind:")},
        {QStringLiteral("legal_name"), tr("Legal name:")},
        {QStringLiteral("credit_code"), tr("Credit code:")},
        {QStringLiteral("legal_rep"), tr("Legal representative:")},
        {QStringLiteral("legal_rep_id"), tr("Representative's ID:")},
        {QStringLiteral("contact"), tr("Contact:")},
        {QStringLiteral("bank_account"), tr("Bank account:")},
        {QStringLiteral("categories"), tr("Categories:")},
        {QStringLiteral("brand"), tr("Brand:")},
        {QStringLiteral("submitted"), tr("Submitted:")},
        {QStringLiteral("status"), tr("Status:")},
        {QStringLiteral("due"), tr("Due:")},
        {QStringLiteral("reviewers"), tr("Reviewers:")},
        {QStringLiteral("rejection"), tr("Rejection:")},
    };
    for (const auto& [key, label] : rows) {
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_fields.insert(key, value);
        form->addRow(label, value);
    }
    auto* dupBox = new QGroupBox(tr("Duplicates on other merchants"), this);
    auto* dupLayout = new QVBoxLayout(dupBox);
    dupLayout->addWidget(m_duplicates);
    m_duplicates->setToolTip(tr("Double-click to open the other merchant's review."));
    connect(m_duplicates, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT openReview(id);
    });
    auto* appLayout = new QVBoxLayout(application);
    appLayout->addLayout(form);
    appLayout->addWidget(dupBox, 1);

    auto* documents = new QWidget(this);
    auto* docButtons = new QHBoxLayout;
    docButtons->addWidget(m_viewScan);
    docButtons->addWidget(m_addDocument);
    docButtons->addWidget(m_verify);
    docButtons->addStretch();
    auto* docLayout = new QVBoxLayout(documents);
    docLayout->addWidget(m_documents, 1);
    docLayout->addLayout(docButtons);
    connect(m_viewScan, &QPushButton::clicked, this, [this] { viewScan(m_documents->currentRow()); });
    connect(m_documents, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { viewScan(row); });
    connect(m_addDocument, &QPushButton::clicked, this, &MerchantReviewDetail::chooseDocumentFile);
    connect(m_verify, &QPushButton::clicked, this, [this] { toggleVerified(m_documents->currentRow()); });

    m_tabs->addTab(application, tr("Application"));
    m_tabs->addTab(documents, tr("Documents"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_credit, tr("Credit File"));
    connect(m_credit, &CreditFileWidget::statusMessage, this, &MerchantReviewDetail::statusMessage);

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_header);
    pageLayout->addLayout(buttons);
    pageLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(empty);
    m_pages->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

void MerchantReviewDetail::showReview(const QString& id)
{
    if (id.isEmpty()) {
        m_review.reset();
        m_pages->setCurrentIndex(0);
        return;
    }
    auto r = services::MerchantService(m_db, m_actor, m_clock).get(id);
    if (!r) {
        m_review.reset();
        m_pages->setCurrentIndex(0);
        Q_EMIT statusMessage(r.message());
        return;
    }
    fill(*r);
    m_pages->setCurrentIndex(1);
}

void MerchantReviewDetail::reload()
{
    if (m_review)
        showReview(m_review->id);
}

void MerchantReviewDetail::fill(const services::MerchantReview& r)
{
    const bool sameReview = m_review && m_review->id == r.id;
    m_review = r;
    const QDateTime now = Clock::nowOf(m_clock);
    QString due;
    if (r.status == MerchantAppStatus::InfoRequested)
        due = tr("paused while waiting for the merchant");
    else if (r.dueAt.isValid())
        due = r.dueAt < now ? tr("%1 (overdue)").arg(timeText(r.dueAt)) : timeText(r.dueAt);
    m_header->setText(tr("<b>%1</b> — %2 — <b>%3</b>").arg(r.number, r.legalName.toHtmlEscaped(),
                                                          domain::displayName(r.status)));
    QStringList categories;
    for (const QString& c : r.categories)
        categories << domain::merchantCategoryName(c);
    QString kind = domain::displayName(r.kind);
    if (r.rereviewCause)
        kind += QStringLiteral(" — ") + (*r.rereviewCause == domain::RereviewCause::Anniversary
                                             ? tr("12 months since approval")
                                             : tr("a document expires within 30 days"));
    const auto events = services::MerchantService(m_db, m_actor, m_clock).events(r.id);
    auto names = [&](const QString& id) -> QString {
        if (id.isEmpty())
            return QStringLiteral("—");
        for (const services::MerchantReviewEvent& e : events ? *events : QList<services::MerchantReviewEvent>{})
            if (e.actorId == id && !e.actorName.isEmpty())
                return e.actorName;
        return id;
    };
    m_fields[QStringLiteral("kind")]->setText(kind);
    m_fields[QStringLiteral("legal_name")]->setText(r.legalName);
    m_fields[QStringLiteral("credit_code")]->setText(r.creditCode);
    m_fields[QStringLiteral("legal_rep")]->setText(r.legalRep);
    m_fields[QStringLiteral("legal_rep_id")]->setText(r.legalRepId);
    m_fields[QStringLiteral("contact")]->setText(QStringList{r.contactName, r.contactPhone}.join(QStringLiteral("  ")));
    m_fields[QStringLiteral("bank_account")]->setText(r.bankAccount);
    m_fields[QStringLiteral("categories")]->setText(categories.join(QStringLiteral("、")));
    m_fields[QStringLiteral("brand")]->setText(r.brand);
    m_fields[QStringLiteral("submitted")]->setText(timeText(r.submittedAt));
    m_fields[QStringLiteral("status")]->setText(domain::displayName(r.status));
    m_fields[QStringLiteral("due")]->setText(due);
    m_fields[QStringLiteral("reviewers")]->setText(
        tr("first %1, second %2").arg(names(r.firstReviewerId), names(r.secondReviewerId)));
    m_fields[QStringLiteral("rejection")]->setText(
        r.rejectReason ? QStringLiteral("%1: %2").arg(domain::displayName(*r.rejectReason), r.rejectText) : QString());
    fillDuplicates();
    fillDocuments();
    fillTimeline(events ? *events : QList<services::MerchantReviewEvent>{});
    if (!sameReview || m_credit->merchantId() != r.merchantId)
        m_credit->showMerchant(r.merchantId);
    else
        m_credit->reload();
    updateButtons();
}

void MerchantReviewDetail::fillDuplicates()
{
    m_duplicates->clear();
    auto dups = services::MerchantService(m_db, m_actor, m_clock).duplicates(m_review->id);
    if (!dups)
        return;
    for (const services::MerchantDuplicate& d : *dups) {
        auto* item = new QListWidgetItem(
            tr("Same %1 (%2) as %3 %4").arg(domain::displayName(d.field), d.value, d.number, d.legalName),
            m_duplicates);
        item->setData(Qt::UserRole, d.reviewId);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (dups->isEmpty())
        new QListWidgetItem(tr("No other merchant shares these values."), m_duplicates);
}

void MerchantReviewDetail::fillDocuments()
{
    services::MerchantService service(m_db, m_actor, m_clock);
    auto docs = service.documents(m_review->id);
    auto checks = service.checklist(m_review->id);
    m_documents->setRowCount(0);
    m_docRows.clear();
    if (!docs || !checks)
        return;
    for (const domain::DocumentCheck& c : *checks) {
        const int row = m_documents->rowCount();
        m_documents->insertRow(row);
        services::MerchantDocumentRow doc;
        for (const services::MerchantDocumentRow& d : *docs)
            if (d.kind == c.kind)
                doc = d;
        m_docRows << doc;
        QString state = tr("Present");
        QColor color;
        if (!c.present) {
            state = tr("Missing");
            color = QColor(0xc6, 0x28, 0x28);
        } else if (c.expired) {
            state = tr("Expired");
            color = QColor(0xc6, 0x28, 0x28);
        } else if (c.expiringSoon) {
            state = tr("Expires within 30 days");
            color = QColor(0xef, 0x6c, 0x00);
        }
        const QStringList cells = {domain::displayName(c.kind),
                                   c.required ? tr("Required") : tr("Optional"),
                                   doc.number,
                                   doc.id.isEmpty() ? QString()
                                   : doc.validUntil.isValid() ? doc.validUntil.toString(Qt::ISODate)
                                                              : tr("Long-term"),
                                   state,
                                   c.verified ? tr("✔ Verified") : QString(),
                                   doc.id.isEmpty() ? QString()
                                   : doc.hasContent ? doc.fileName
                                                    : tr("%1 (not downloaded yet)").arg(doc.fileName)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == 4 && color.isValid())
                item->setForeground(color);
            m_documents->setItem(row, col, item);
        }
    }
    m_documents->resizeColumnsToContents();
}

void MerchantReviewDetail::fillTimeline(const QList<services::MerchantReviewEvent>& events)
{
    m_timeline->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const services::MerchantReviewEvent& e = events.at(i);
        const QStringList cells = {timeText(e.at), e.actorName, stepName(e.action),
                                   e.reason.isEmpty() ? QString() : reasonName(e.reason), domain::displayName(e.status),
                                   e.text};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_timeline->setItem(i, col, item);
        }
    }
    m_timeline->resizeColumnsToContents();
}

void MerchantReviewDetail::updateButtons()
{
    auto allowed = services::MerchantService(m_db, m_actor, m_clock).allowedActions(m_review->id);
    m_offered = allowed ? *allowed : QList<Action>{};
    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it)
        it.value()->setVisible(m_offered.contains(it.key()));
    const bool auditor = m_actor.has(domain::Role::Auditor);
    const bool open = !domain::MerchantWorkflow::isFinal(m_review->status)
                      && m_review->status != MerchantAppStatus::SecondReview;
    const bool mine = m_review->firstReviewerId == m_actor.userId;
    m_addDocument->setVisible(auditor);
    m_addDocument->setEnabled(open && (m_review->status == MerchantAppStatus::Submitted || mine));
    m_verify->setVisible(auditor);
    m_verify->setEnabled(m_review->status == MerchantAppStatus::InReview && mine);
}

bool MerchantReviewDetail::applied(const Status& status, const QString& title, const QString& done)
{
    if (!status.ok()) {
        showError(this, title, status.error());
        return false;
    }
    const QString id = reviewId();
    reload();
    Q_EMIT reviewChanged(id);
    Q_EMIT statusMessage(done);
    return true;
}

MerchantStepDialog* MerchantReviewDetail::trigger(Action action)
{
    if (!m_review)
        return nullptr;
    const QString id = m_review->id;
    const QString number = m_review->number;
    using Mode = MerchantStepDialog::Mode;
    Mode mode = Mode::RequestInfo;
    switch (action) {
    case Action::Take:
        applied(services::MerchantService(m_db, m_actor, m_clock).take(id), tr("Take"),
                tr("You are reviewing %1.").arg(number));
        return nullptr;
    case Action::RequestInfo:
        mode = Mode::RequestInfo;
        break;
    case Action::InfoReceived:
        mode = Mode::InfoReceived;
        break;
    case Action::FirstApprove:
        mode = Mode::FirstApprove;
        break;
    case Action::SecondApprove:
        mode = Mode::SecondApprove;
        break;
    case Action::Reject:
        mode = Mode::Reject;
        break;
    }
    auto* dialog = new MerchantStepDialog(m_db, m_actor, id, number, mode, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, id, number, action] {
        if (reviewId() == id)
            reload();
        Q_EMIT reviewChanged(id);
        Q_EMIT statusMessage(tr("%1: %2.").arg(number, domain::displayName(action)));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

ScanViewer* MerchantReviewDetail::lastViewer() const
{
    return m_viewer.data();
}

bool MerchantReviewDetail::viewScan(int documentRow)
{
    if (m_readingScan || documentRow < 0 || documentRow >= m_docRows.size() || m_docRows.at(documentRow).id.isEmpty())
        return false;
    const services::MerchantDocumentRow doc = m_docRows.at(documentRow);
    // Up to 10 MB decrypted and checked: read off the GUI thread.
    m_readingScan = true;
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    runOffThread(
        this,
        [db, actor, clock, id = doc.id]() {
            return withThreadConnection(*db, [&] { return services::MerchantService(*db, actor, clock).scanContent(id); });
        },
        [this, doc](Result<QByteArray> content) {
            m_readingScan = false;
            if (!content) {
                showError(this, tr("View Scan"), content.error());
                return;
            }
            auto* viewer = new ScanViewer(this);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            QString why;
            if (!viewer->setScan(*content, doc.mimeType,
                                 tr("%1 %2 — %3").arg(domain::displayName(doc.kind), doc.number, doc.fileName), &why)) {
                delete viewer;
                showWarning(this, tr("View Scan"), why);
                return;
            }
            viewer->show();
            m_viewer = viewer;
            Q_EMIT scanShown(viewer);
        });
    return true;
}

bool MerchantReviewDetail::addDocumentFile(domain::DocumentKind kind, const QString& number, QDate validUntil,
                                           const QString& path)
{
    if (!m_review)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showWarning(this, tr("Add Document"),
                    tr("The file %1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const auto added = services::MerchantService(m_db, m_actor, m_clock)
                           .addDocument(m_review->id, {kind, number, validUntil, QFileInfo(path).fileName(), file.readAll()});
    return applied(added ? Status() : Status(added.error()), tr("Add Document"),
                   tr("%1 added to %2.").arg(domain::displayName(kind), m_review->number));
}

void MerchantReviewDetail::chooseDocumentFile()
{
    if (!m_review)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Add or Replace a Document of %1").arg(m_review->number));
    auto* kind = new QComboBox(&ask);
    for (auto k : domain::allDocumentKinds())
        kind->addItem(domain::displayName(k), domain::code(k));
    auto* number = new QLineEdit(&ask);
    auto* valid = new QDateEdit(QDate::currentDate().addYears(1), &ask);
    valid->setCalendarPopup(true);
    valid->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* longTerm = new QCheckBox(tr("Long-term"), &ask);
    connect(longTerm, &QCheckBox::toggled, valid, &QWidget::setDisabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose the Scan…"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Document:"), kind);
    form->addRow(tr("Number:"), number);
    form->addRow(tr("Valid until:"), valid);
    form->addRow(QString(), longTerm);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Scan"), QString(),
                                                      tr("Scans (*.png *.jpg *.jpeg *.pdf)"));
    if (path.isEmpty())
        return;
    addDocumentFile(domain::fromCode<domain::DocumentKind>(kind->currentData().toString()), number->text(),
                    longTerm->isChecked() ? QDate() : valid->date(), path);
}

void MerchantReviewDetail::toggleVerified(int documentRow)
{
    if (!m_review || documentRow < 0 || documentRow >= m_docRows.size() || m_docRows.at(documentRow).id.isEmpty())
        return;
    const services::MerchantDocumentRow& doc = m_docRows.at(documentRow);
    applied(services::MerchantService(m_db, m_actor, m_clock).setVerified(doc.id, !doc.verified), tr("Verify Document"),
            doc.verified ? tr("%1: tick removed.").arg(domain::displayName(doc.kind))
                         : tr("%1 verified.").arg(domain::displayName(doc.kind)));
}

} // namespace sw::ui
