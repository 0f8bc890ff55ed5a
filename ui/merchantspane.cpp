#include "merchantspane.h"
#include "clock.h"

#include "csvexport.h"
#include "detailparts.h"
#include "merchantapplicationdialog.h"
#include "merchantqueuemodel.h"
#include "merchantreviewdetail.h"
#include "merchantviewlist.h"
#include "messages.h"
#include "offthread.h"
#include "services/merchantservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

using models::MerchantQueueModel;
using services::MerchantColumn;
using services::MerchantView;

bool MerchantsPane::isAvailableFor(const services::Actor& actor)
{
    using domain::Role;
    return actor.has(Role::Auditor) || actor.has(Role::Manager) || actor.has(Role::Admin);
}

MerchantsPane::MerchantsPane(storage::Database& db, const services::Actor& actor, const Clock* clock, QWidget* parent)
    : Pane(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_model(new MerchantQueueModel(db, actor, clock, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_expiring(new QCheckBox(tr("Documents expiring"), this))
    , m_views(new MerchantViewList(db, actor, clock, this))
    , m_table(new QTableView(this))
    , m_detail(new MerchantReviewDetail(db, actor, clock, this))
    , m_countLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_rereviewTimer(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search number, credit code or legal name… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_status->addItem(tr("Any status"), QString());
    for (auto s : {domain::MerchantAppStatus::Submitted, domain::MerchantAppStatus::InReview,
                   domain::MerchantAppStatus::InfoRequested, domain::MerchantAppStatus::SecondReview,
                   domain::MerchantAppStatus::Approved, domain::MerchantAppStatus::Rejected})
        m_status->addItem(domain::displayName(s), domain::code(s));
    m_category->addItem(tr("Any category"), QString());
    for (const QString& c : domain::merchantCategories())
        m_category->addItem(domain::merchantCategoryName(c), c);
    m_kind->addItem(tr("Applications and re-reviews"), QString());
    for (auto k : {domain::ReviewKind::Application, domain::ReviewKind::Rereview})
        m_kind->addItem(domain::displayName(k), domain::code(k));

    auto* newButton = new QToolButton(this);
    m_newApplication = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Application…"), this);
    m_newApplication->setShortcut(QKeySequence::New);
    m_newApplication->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newApplication->setVisible(actor.has(domain::Role::Auditor));
    connect(m_newApplication, &QAction::triggered, this, [this] { openNewApplicationDialog(); });
    addAction(m_newApplication);
    newButton->setDefaultAction(m_newApplication);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setVisible(actor.has(domain::Role::Auditor));
    auto* exportButton = new QToolButton(this);
    m_export = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV…"), this);
    m_export->setToolTip(tr("Write every review of the current view to a CSV file"));
    connect(m_export, &QAction::triggered, this, &MerchantsPane::exportWithDialog);
    exportButton->setDefaultAction(m_export);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(MerchantColumn::Due), Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    const QList<QPair<MerchantColumn, int>> widths = {
        {MerchantColumn::Number, 150},      {MerchantColumn::LegalName, 200}, {MerchantColumn::Status, 80},
        {MerchantColumn::Due, 120},         {MerchantColumn::Flags, 110},     {MerchantColumn::CreditCode, 160},
        {MerchantColumn::Category, 90},     {MerchantColumn::Kind, 80},       {MerchantColumn::SubmittedAt, 120},
        {MerchantColumn::FirstReviewer, 80}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(int(column), width);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(newButton);
    top->addWidget(exportButton);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_category);
    filters->addWidget(m_kind);
    filters->addWidget(m_expiring);
    filters->addStretch();
    centreLayout->addLayout(top);
    centreLayout->addLayout(filters);
    centreLayout->addWidget(m_table, 1);
    centreLayout->addWidget(m_countLabel);

    // Explicit minimums: the filters and the detail's tabs squeeze rather than widen the
    // main window (whose other panes are narrower).
    centre->setMinimumWidth(360);
    m_detail->setMinimumWidth(320);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(centre);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({viewListWidth(m_views), 860, 520});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MerchantsPane::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &MerchantsPane::applySearchNow);
    for (QComboBox* combo : {m_status, m_category, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &MerchantsPane::applyFilter);
    connect(m_expiring, &QCheckBox::toggled, this, &MerchantsPane::applyFilter);
    connect(m_views, &QListWidget::currentRowChanged, this, &MerchantsPane::applyFilter);
    connect(m_model, &MerchantQueueModel::modelReset, this, &MerchantsPane::loaded);
    connect(m_model, &MerchantQueueModel::loadingChanged, this, &MerchantsPane::loaded);
    connect(m_model, &MerchantQueueModel::error, this, [this](const QString& message) { m_countLabel->setText(message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MerchantsPane::currentRowChanged);
    connect(m_detail, &MerchantReviewDetail::reviewChanged, this, &MerchantsPane::reviewChanged);
    connect(m_detail, &MerchantReviewDetail::statusMessage, this, &MerchantsPane::statusMessage);
    connect(m_detail, &MerchantReviewDetail::openReview, this, [this](const QString& id) {
        setCurrentView(MerchantView::All);
        m_search->clear();
        applySearchNow();
        selectReview(id);
        m_detail->showReview(id);
    });

    m_rereviewTimer->setInterval(kRereviewCheckMs);
    connect(m_rereviewTimer, &QTimer::timeout, this, &MerchantsPane::generateRereviews);
    if (actor.has(domain::Role::Auditor))
        m_rereviewTimer->start();

    applyFilter();
    m_views->refreshCounts();
}

MerchantsPane::~MerchantsPane() = default;

QString MerchantsPane::title() const
{
    return tr("Merchant Review");
}

QIcon MerchantsPane::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void MerchantsPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    if (!m_shownOnce)
        generateRereviews();
    else if (!event->spontaneous())
        refresh();
    m_shownOnce = true;
}

MerchantView MerchantsPane::currentView() const
{
    return m_views->currentView();
}

void MerchantsPane::setCurrentView(MerchantView view)
{
    m_views->setCurrentView(view);
}

services::MerchantFilter MerchantsPane::currentFilter() const
{
    services::MerchantFilter f = m_views->currentFilter();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        f.statuses = {domain::fromCode<domain::MerchantAppStatus>(status)};
    f.category = m_category->currentData().toString();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        f.kind = domain::fromCode<domain::ReviewKind>(kind);
    f.expiringOnly = m_expiring->isChecked();
    f.text = m_search->text().trimmed();
    return f;
}

void MerchantsPane::applySearchNow()
{
    m_searchTimer->stop();
    applyFilter();
}

void MerchantsPane::applyFilter()
{
    m_model->setFilter(currentFilter());
    loaded();
}

void MerchantsPane::refresh()
{
    m_model->refresh();
    m_detail->reload();
    m_views->refreshCounts();
}

void MerchantsPane::reviewChanged(const QString& id)
{
    if (!id.isEmpty())
        m_selectAfterLoad = id;
    m_model->refresh();
    m_views->refreshCounts();
}

void MerchantsPane::generateRereviews()
{
    if (!m_actor.has(domain::Role::Auditor) || m_generating)
        return;
    m_generating = true;
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const QDate today = Clock::chinaToday(clock);
    runOffThread(
        this,
        [db, actor, clock, today]() {
            return withThreadConnection(*db, [&] { return services::MerchantService(*db, actor, clock).generateRereviews(today); });
        },
        [this](Result<int> made) {
            m_generating = false;
            if (!made.ok()) {
                Q_EMIT statusMessage(made.message());
                return;
            }
            if (*made > 0) {
                Q_EMIT statusMessage(tr("%n periodic re-review(s) added to the queue.", nullptr, *made));
                refresh();
            }
        });
}

void MerchantsPane::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    if (!id.isEmpty() && id != m_detail->reviewId())
        m_detail->showReview(id);
}

void MerchantsPane::loaded()
{
    QString text = tr("%1 of %n review(s) shown", nullptr, int(m_model->totalCount()))
                       .arg(QLocale().toString(m_model->rowCount()));
    if (m_model->isLoading())
        text = tr("%1 — loading…").arg(text);
    m_countLabel->setText(text);
    if (m_model->isLoading())
        return;
    const QString wanted = !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad : m_detail->reviewId();
    const int row = m_model->rowOfId(wanted);
    if (row >= 0) {
        m_selectAfterLoad.clear();
        const QModelIndex index = m_model->index(row, int(MerchantColumn::Number));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        if (m_detail->reviewId() != wanted)
            m_detail->showReview(wanted);
    }
}

void MerchantsPane::selectReview(const QString& id)
{
    m_selectAfterLoad = id;
    if (m_model->rowOfId(id) >= 0 && !m_model->isLoading())
        loaded();
    else
        m_model->refresh();
}

QString MerchantsPane::selectedReviewId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

MerchantApplicationDialog* MerchantsPane::openNewApplicationDialog()
{
    if (!m_actor.has(domain::Role::Auditor))
        return nullptr;
    auto* dialog = new MerchantApplicationDialog(m_db, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (currentView() != MerchantView::All)
            setCurrentView(MerchantView::NotTaken);
        reviewChanged(dialog->createdId());
        Q_EMIT statusMessage(tr("The merchant application was recorded."));
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void MerchantsPane::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              tr("merchant-reviews-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool MerchantsPane::exportCsv(const QString& path)
{
    if (m_exporting)
        return false;
    QList<MerchantColumn> columns;
    for (int c = 0; c < int(MerchantColumn::Count); ++c)
        if (!m_table->isColumnHidden(c))
            columns << MerchantColumn(c);
    m_exporting = true;
    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const services::MerchantFilter filter = m_model->filter();
    const services::MerchantSort sort = m_model->sortSpec();
    runOffThread(
        this,
        [db, actor, clock, filter, sort, columns, path]() -> Result<qint64> {
            return withThreadConnection(*db, [&]() -> Result<qint64> {
                services::MerchantQuery query(*db, actor, clock);
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    return makeError(ErrorCode::Io, tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                                     file.errorString());
                file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 Chinese only with the BOM
                QStringList header;
                for (MerchantColumn c : columns)
                    header << MerchantQueueModel::columnTitle(c);
                file.write(CsvExport::line(header));
                const QDateTime now = query.now();
                qint64 written = 0;
                for (int offset = 0;; offset += CsvExport::kPageSize) {
                    auto page = query.page(filter, sort, offset, CsvExport::kPageSize);
                    if (!page)
                        return page.error();
                    for (const services::MerchantRow& row : *page) {
                        QStringList fields;
                        for (MerchantColumn c : columns)
                            fields << MerchantQueueModel::displayText(row, c, now);
                        file.write(CsvExport::line(fields));
                        ++written;
                    }
                    if (page->size() < CsvExport::kPageSize)
                        break;
                }
                if (!file.commit())
                    return makeError(ErrorCode::Io, tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                                     file.errorString());
                return written;
            });
        },
        [this](Result<qint64> written) {
            m_exporting = false;
            if (written.ok())
                Q_EMIT statusMessage(tr("Exported %n review(s).", nullptr, int(*written)));
            else
                showError(this, tr("Export CSV"), written.error());
        });
    return true;
}

bool MerchantsPane::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (m_searchTimer->isActive())
        applySearchNow();
    while (m_views->isCounting() || m_exporting || m_generating || m_model->isLoading()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        m_views->waitForCountThread();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool MerchantsPane::copySelection()
{
    return copyCurrentRow(m_table);
}

} // namespace sw::ui
